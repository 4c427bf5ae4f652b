use std::time::Duration;

pub async fn wait() -> bool {
    tokio::time::sleep(Duration::from_millis(10)).await;
    tokio::task::yield_now().await;
    let quick = tokio::time::timeout(Duration::from_millis(20), async { 1 }).await;
    quick.is_ok()
}

pub async fn ticks() {
    let _interval = async_std::stream::interval(Duration::from_millis(5));
}

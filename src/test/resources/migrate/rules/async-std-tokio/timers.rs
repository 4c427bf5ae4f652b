use async_std::future;
use async_std::task;
use std::time::Duration;

pub async fn wait() -> bool {
    task::sleep(Duration::from_millis(10)).await;
    task::yield_now().await;
    let quick = future::timeout(Duration::from_millis(20), async { 1 }).await;
    quick.is_ok()
}

pub async fn ticks() {
    let _interval = async_std::stream::interval(Duration::from_millis(5));
}

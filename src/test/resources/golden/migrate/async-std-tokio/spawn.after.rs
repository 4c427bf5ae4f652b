use async_std::task;

pub async fn work() -> u32 {
    let direct = tokio::spawn(async { 1 }).await.unwrap();
    let handle = tokio::spawn(async { 2 });
    tokio::spawn(async { println!("detached") });
    let _ = tokio::spawn(async {});
    let blocking = tokio::task::spawn_blocking(|| 3).await.unwrap();
    let mut handles = Vec::new();
    handles.push(task::spawn(async { 4 }));
    let later = handle.await.unwrap();
    direct + later + blocking
}

pub async fn cancel() {
    let h = async_std::task::spawn(async { 5 });
    h.cancel().await;
}

use async_std::task;

pub async fn work() -> u32 {
    let direct = task::spawn(async { 1 }).await;
    let handle = task::spawn(async { 2 });
    task::spawn(async { println!("detached") });
    let _ = task::spawn(async {});
    let blocking = task::spawn_blocking(|| 3).await;
    let mut handles = Vec::new();
    handles.push(task::spawn(async { 4 }));
    let later = handle.await;
    direct + later + blocking
}

pub async fn cancel() {
    let h = async_std::task::spawn(async { 5 });
    h.cancel().await;
}

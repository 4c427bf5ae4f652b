use async_std::channel::{bounded, Receiver};
use async_std::future;
use async_std::task;
use std::time::Duration;

pub async fn run(rx: Receiver<u32>) -> u32 {
    let (tx, rx2) = bounded(1);
    tx.send(1).await.unwrap();
    let unused = task::spawn(async {});
    let slept = task::sleep(Duration::from_millis(1)).await;
    let _ = future::timeout(Duration::from_millis(1), async {}).await;
    drop((unused, slept));
    rx.recv().await.unwrap() + rx2.recv().await.unwrap()
}

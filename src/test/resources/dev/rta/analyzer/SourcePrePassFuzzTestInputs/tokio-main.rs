use std::sync::Mutex;
use tokio::{task, time::{sleep, Duration}};

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let m = Mutex::new(0);
    let guard = m.lock().unwrap();
    sleep(Duration::from_millis(1)).await;
    drop(guard);
    task::spawn(async move { std::thread::sleep(std::time::Duration::from_secs(1)); });
    futures::executor::block_on(async {});
}

use std::thread;
use std::time::Duration;

pub async fn poll_until_ready() -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    tokio::time::sleep(Duration::from_millis(10)).await;
    std::fs::read_to_string("ready.txt").unwrap_or_default()
}

pub fn not_async() {
    thread::sleep(Duration::from_millis(1));
    let _ = std::fs::read_to_string("x");
}

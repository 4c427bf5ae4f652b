use std::thread;
use std::time::Duration;

pub async fn poll_until_ready() -> String {
    thread::sleep(Duration::from_millis(10));
    std::thread::sleep(Duration::from_millis(10));
    std::fs::read_to_string("ready.txt").unwrap_or_default()
}

pub fn not_async() {
    thread::sleep(Duration::from_millis(1));
    let _ = std::fs::read_to_string("x");
}

pub async fn read() {
    std::thread::sleep(std::time::Duration::from_millis(1));
}

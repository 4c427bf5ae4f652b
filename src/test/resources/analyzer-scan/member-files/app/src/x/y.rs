pub async fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(2));
}

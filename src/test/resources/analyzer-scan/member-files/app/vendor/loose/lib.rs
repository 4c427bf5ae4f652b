pub async fn vendored() {
    std::thread::sleep(std::time::Duration::from_secs(1));
    async_std::task::block_on(async {});
}

async fn parse() {
    std::thread::sleep(std::time::Duration::from_secs(1));
    async_std::task::block_on(async {});
}

fn main() {
    async_std::task::block_on(parse());
}

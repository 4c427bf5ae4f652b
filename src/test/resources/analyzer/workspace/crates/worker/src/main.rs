use std::fs;

fn main() {
    smol::block_on(async {
        let config = fs::read_to_string("worker.toml").unwrap_or_default();
        println!("{} {}", shared::greeting(), config.len());
    });
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async { shared::greeting() });
}

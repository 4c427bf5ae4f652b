use std::sync::Arc;
use async_std::task;

async fn run(shared: Arc<u32>) -> u32 {
    *shared
}

fn main() {
    let v = tokio::runtime::Runtime::new().expect("a Tokio runtime").block_on(run(Arc::new(1)));
    let list = vec![Arc::new(2)];
    println!("{} {}", v, list.len());
}

pub fn helper() -> u32 {
    task::block_on(async { 3 })
}

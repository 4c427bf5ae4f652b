use async_std::task;
use std::time::Duration;

macro_rules! nap {
    ($ms:expr) => {
        async_std::task::sleep(Duration::from_millis($ms))
    };
}

pub async fn run() {
    nap!(1).await;
    futures::select! {
        _ = task::sleep(Duration::from_millis(1)).fuse() => {},
    }
    println!("{:?}", task::block_on(async { 1 }));
}

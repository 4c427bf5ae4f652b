//! A client that runs on smol by default, or on Tokio with the rt-tokio feature.

#[cfg(feature = "rt-smol")]
pub fn run<F: std::future::Future>(f: F) -> F::Output {
    smol::block_on(f)
}

#[cfg(feature = "rt-tokio")]
pub fn run<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(f)
}

pub async fn get(key: &str) -> Option<String> {
    futures_lite::future::yield_now().await;
    Some(key.to_string())
}

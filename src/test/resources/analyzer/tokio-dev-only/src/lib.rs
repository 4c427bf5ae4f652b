//! A runtime-agnostic rate limiter.
use std::future::Future;

pub struct Limiter {
    pub per_second: u32,
}

impl Limiter {
    pub async fn run<F: Future>(&self, f: F) -> F::Output {
        f.await
    }
}

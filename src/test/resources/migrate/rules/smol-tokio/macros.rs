use async_compat::Compat;
use macro_rules_attribute::apply;
use smol::io;
use smol::stream::StreamExt;
use smol_macros::{main, test};

async fn count(mut s: impl smol::stream::Stream<Item = u32> + Unpin) -> io::Result<u32> {
    let mut n = 0;
    while let Some(v) = s.next().await {
        n += v;
    }
    let _ = Compat::new(async { 1 }).await;
    Ok(n)
}

#[apply(main!)]
async fn main() {
    println!("{:?}", count(smol::stream::iter(vec![1, 2])).await);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[apply(test!)]
    async fn counts() {
        assert!(count(smol::stream::iter(vec![1])).await.is_ok());
    }
}

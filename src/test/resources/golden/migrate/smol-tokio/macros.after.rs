use macro_rules_attribute::apply;
use smol::stream::StreamExt;

async fn count(mut s: impl smol::stream::Stream<Item = u32> + Unpin) -> std::io::Result<u32> {
    let mut n = 0;
    while let Some(v) = s.next().await {
        n += v;
    }
    let _ = async { 1 }.await;
    Ok(n)
}

#[tokio::main]
async fn main() {
    println!("{:?}", count(smol::stream::iter(vec![1, 2])).await);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counts() {
        assert!(count(smol::stream::iter(vec![1])).await.is_ok());
    }
}

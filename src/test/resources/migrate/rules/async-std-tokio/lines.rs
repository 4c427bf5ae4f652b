use async_std::fs::File;
use async_std::io::BufReader;
use async_std::prelude::*;

pub async fn count(path: &str) -> std::io::Result<usize> {
    let file = File::open(path).await?;
    let mut lines = BufReader::new(file).lines();
    let mut n = 0;
    while let Some(line) = lines.next().await {
        let line = line?;
        n += line.len();
    }
    Ok(n)
}

pub async fn first(path: &str) -> std::io::Result<Option<String>> {
    let file = File::open(path).await?;
    let lines = BufReader::new(file).lines();
    let mut lines = lines;
    Ok(lines.next().await.transpose()?)
}

use tokio::fs::File;
use tokio::io::BufReader;
use tokio::io::AsyncBufReadExt;

pub async fn count(path: &str) -> std::io::Result<usize> {
    let file = File::open(path).await?;
    let mut lines = BufReader::new(file).lines();
    let mut n = 0;
    while let Some(line) = lines.next_line().await.transpose() {
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

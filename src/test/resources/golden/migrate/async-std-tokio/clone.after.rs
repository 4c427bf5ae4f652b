use tokio::io::BufReader;
use tokio::net::TcpStream;
use tokio::io::{AsyncWriteExt, AsyncBufReadExt};

pub async fn handle(stream: TcpStream) -> std::io::Result<()> {
    let reader = BufReader::new(stream.clone());
    let mut writer = stream;
    let mut lines = reader.lines();
    while let Some(line) = lines.next_line().await.transpose() {
        writer.write_all(line?.as_bytes()).await?;
    }
    Ok(())
}

fn main() {
    tokio::runtime::Runtime::new().expect("a Tokio runtime").block_on(async {
        let _ = TcpStream::connect("127.0.0.1:1").await;
    });
}

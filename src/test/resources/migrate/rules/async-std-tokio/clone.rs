use async_std::io::BufReader;
use async_std::net::TcpStream;
use async_std::prelude::*;

pub async fn handle(stream: TcpStream) -> std::io::Result<()> {
    let reader = BufReader::new(stream.clone());
    let mut writer = stream;
    let mut lines = reader.lines();
    while let Some(line) = lines.next().await {
        writer.write_all(line?.as_bytes()).await?;
    }
    Ok(())
}

fn main() {
    async_std::task::block_on(async {
        let _ = TcpStream::connect("127.0.0.1:1").await;
    });
}

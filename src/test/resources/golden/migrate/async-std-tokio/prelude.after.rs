use tokio::net::TcpStream;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use std::sync::Arc;
use tokio::sync::Mutex;

pub async fn talk(addr: &str, shared: Arc<Mutex<u32>>) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(b"ping\n").await?;
    let mut out = String::new();
    stream.read_to_string(&mut out).await?;
    *shared.lock().await += 1;
    Ok(out)
}

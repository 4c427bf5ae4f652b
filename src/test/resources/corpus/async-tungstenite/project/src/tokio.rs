// rta reduction of src/tokio.rs (feature tokio-runtime)
use tokio::net::TcpStream;

use super::WebSocketStream;

pub async fn connect_async(addr: &str) -> std::io::Result<WebSocketStream<TcpStream>> {
    let socket = TcpStream::connect(addr).await?;
    Ok(WebSocketStream(socket))
}

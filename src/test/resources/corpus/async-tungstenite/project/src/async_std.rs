// rta reduction of src/async_std.rs (feature async-std-runtime)
use async_std::net::TcpStream;

use super::WebSocketStream;

pub async fn connect_async(addr: &str) -> std::io::Result<WebSocketStream<TcpStream>> {
    let socket = TcpStream::connect(addr).await?;
    Ok(WebSocketStream(socket))
}

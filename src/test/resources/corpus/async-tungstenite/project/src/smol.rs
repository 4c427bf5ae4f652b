// rta reduction of src/smol.rs (feature smol-runtime, implemented with async-net)
use async_net::TcpStream;

use super::WebSocketStream;

pub async fn connect_async(addr: &str) -> std::io::Result<WebSocketStream<TcpStream>> {
    let socket = TcpStream::connect(addr).await?;
    Ok(WebSocketStream(socket))
}

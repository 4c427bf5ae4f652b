// rta reduction of src/gio.rs (feature gio-runtime): GIO sockets driven by the glib main context
use gio::prelude::*;

use super::WebSocketStream;

pub async fn connect_async(host: &str, port: u16) -> Result<WebSocketStream<gio::SocketConnection>, glib::Error> {
    let client = gio::SocketClient::new();
    let connectable = gio::NetworkAddress::new(host, port);
    let socket = client.connect_future(&connectable).await?;
    Ok(WebSocketStream(socket))
}

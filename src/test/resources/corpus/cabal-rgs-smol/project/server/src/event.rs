// rta reduction of server/src/event.rs: accept loop on smol::Async<TcpListener>
use smol::Async;
use std::net::TcpListener;

use crate::executor;

pub struct Listener {
    tcp_listener: Async<TcpListener>,
}

impl Listener {
    pub fn new(tcp_listener: Async<TcpListener>) -> Self {
        Listener { tcp_listener }
    }

    pub async fn listen(&mut self) -> std::io::Result<()> {
        loop {
            let (stream, _) = self.tcp_listener.accept().await?;
            executor::spawn_local(async move {
                let _ = stream;
            })
            .detach();
        }
    }
}

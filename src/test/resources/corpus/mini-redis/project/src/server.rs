// rta reduction of src/server.rs: accept loop spawning one Tokio task per connection
use std::future::Future;
use tokio::net::{TcpListener, TcpStream};

pub async fn run(listener: TcpListener, shutdown: impl Future) {
    tokio::select! {
        res = accept_loop(&listener) => { let _ = res; }
        _ = shutdown => {}
    }
}

async fn accept_loop(listener: &TcpListener) -> crate::Result<()> {
    let db = crate::db::Db::new();
    loop {
        let (socket, _) = listener.accept().await?;
        let db = db.clone();
        tokio::spawn(async move {
            handle(db, socket).await;
        });
    }
}

async fn handle(db: crate::db::Db, _socket: TcpStream) {
    let _ = db.get("key");
}

//! A TCP echo server on Tokio. Usage: `{{name}} [ADDRESS]` (default 127.0.0.1:8080).

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8080".to_string());
    let listener = TcpListener::bind(&address).await?;
    println!("listening on {}", listener.local_addr()?);

    loop {
        let (mut socket, peer) = listener.accept().await?;
        // The task is detached: dropping its JoinHandle does not cancel it.
        tokio::spawn(async move {
            let mut buf = [0u8; 1024];
            loop {
                match socket.read(&mut buf).await {
                    Ok(0) => return,
                    Ok(n) => {
                        if let Err(e) = socket.write_all(&buf[..n]).await {
                            eprintln!("{}: {}", peer, e);
                            return;
                        }
                    }
                    Err(e) => {
                        eprintln!("{}: {}", peer, e);
                        return;
                    }
                }
            }
        });
    }
}

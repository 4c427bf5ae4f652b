//! A TCP echo server on smol. Usage: `{{name}} [ADDRESS]` (default 127.0.0.1:8080).

use smol::net::{TcpListener, TcpStream};

async fn echo(stream: TcpStream) -> std::io::Result<()> {
    // smol's TcpStream is Clone: one handle reads, the other writes.
    let mut writer = stream.clone();
    smol::io::copy(stream, &mut writer).await?;
    Ok(())
}

fn main() -> std::io::Result<()> {
    smol::block_on(async {
        let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8080".to_string());
        let listener = TcpListener::bind(address.as_str()).await?;
        println!("listening on {}", listener.local_addr()?);

        loop {
            let (stream, peer) = listener.accept().await?;
            // Dropping a smol Task cancels it, so detach it to let it run on its own.
            smol::spawn(async move {
                if let Err(e) = echo(stream).await {
                    eprintln!("{}: {}", peer, e);
                }
            })
            .detach();
        }
    })
}

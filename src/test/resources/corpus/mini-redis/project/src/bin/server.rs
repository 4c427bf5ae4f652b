// rta reduction of src/bin/server.rs: clap args, #[tokio::main], TcpListener::bind, server::run
use mini_redis::{server, DEFAULT_PORT};

use clap::Parser;
use tokio::net::TcpListener;
use tokio::signal;

#[tokio::main]
pub async fn main() -> mini_redis::Result<()> {
    let cli = Cli::parse();
    let port = cli.port.unwrap_or(DEFAULT_PORT);
    let listener = TcpListener::bind(&format!("127.0.0.1:{port}")).await?;
    server::run(listener, signal::ctrl_c()).await;
    Ok(())
}

#[derive(Parser, Debug)]
struct Cli {
    #[arg(long)]
    port: Option<u16>,
}

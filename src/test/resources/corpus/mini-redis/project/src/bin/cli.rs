// rta reduction of src/bin/cli.rs: a client binary, current_thread runtime
use mini_redis::{clients::Client, DEFAULT_PORT};

use clap::Parser;

#[derive(Parser, Debug)]
struct Cli {
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    #[arg(long, default_value_t = DEFAULT_PORT)]
    port: u16,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> mini_redis::Result<()> {
    let cli = Cli::parse();
    let addr = format!("{}:{}", cli.host, cli.port);
    let mut client = Client::connect(&addr).await?;
    client.ping().await?;
    Ok(())
}

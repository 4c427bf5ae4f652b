// rta reduction of examples/smol-echo.rs (required-features = ["smol-runtime", "smol"])
use async_tungstenite::smol::connect_async;

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let _ws = connect_async("echo.websocket.org:80").await?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    smol::block_on(run())
}

// rta reduction of examples/tokio-echo.rs (required-features = ["tokio-runtime"])
use async_tungstenite::tokio::connect_async;

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let _ws = connect_async("echo.websocket.org:80").await?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rt = tokio::runtime::Runtime::new()?;
    rt.block_on(run())
}

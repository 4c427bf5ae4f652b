// rta reduction of examples/async-std-echo.rs (required-features = ["async-std-runtime"])
use async_std::task;
use async_tungstenite::async_std::connect_async;

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let _ws = connect_async("echo.websocket.org:80").await?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    task::block_on(run())
}

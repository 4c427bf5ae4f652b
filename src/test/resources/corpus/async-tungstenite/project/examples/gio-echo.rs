// rta reduction of examples/gio-echo.rs (required-features = ["gio-runtime"])
use async_tungstenite::gio::connect_async;

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let _ws = connect_async("echo.websocket.org", 80).await?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Get the default main context and run our async function on it
    let main_context = glib::MainContext::default();
    main_context.block_on(run())
}

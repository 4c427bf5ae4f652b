use std::time::Duration;
use tokio::signal;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shutdown = async {
        signal::ctrl_c().await.ok();
    };
    tokio::select! {
        _ = serve() => {}
        _ = shutdown => {
            // a blocking sleep hidden in a macro body: only a token scan sees it
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    Ok(())
}

async fn serve() {
    metrics::counter!("starts").increment(1);
    tracing::info!("serving");
}

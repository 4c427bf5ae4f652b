use async_std::prelude::*;
use async_std::task;

#[async_std::main]
async fn main() -> std::io::Result<()> {
    let notes = task::spawn(async { load().await });
    let text = notes.await;
    let mut out = async_std::io::stdout();
    out.write_all(text.as_bytes()).await?;
    Ok(())
}

async fn load() -> String {
    std::fs::read_to_string("notes.txt").unwrap_or_default()
}

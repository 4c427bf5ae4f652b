use async_std::net::TcpStream;
use async_std::prelude::*;
use std::sync::Arc;
use async_std::sync::{Arc as _Unused, Mutex};

pub async fn talk(addr: &str, shared: Arc<Mutex<u32>>) -> async_std::io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(b"ping\n").await?;
    let mut out = String::new();
    stream.read_to_string(&mut out).await?;
    *shared.lock().await += 1;
    Ok(out)
}

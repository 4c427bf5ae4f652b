//! A Tokio server that uses macro_rules_attribute for its own macros: nothing to do with smol.
use macro_rules_attribute::{apply, attribute_alias};

attribute_alias! {
    #[apply(handler!)] = #[allow(dead_code)] #[inline(never)];
}

macro_rules! main {
    ($item:item) => { $item };
}

#[apply(handler!)]
async fn health() -> &'static str {
    "ok"
}

#[apply(main!)]
async fn serve(listener: tokio::net::TcpListener) {
    while let Ok((_socket, _peer)) = listener.accept().await {
        let _ = health().await;
    }
}

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await.unwrap();
    serve(listener).await;
}

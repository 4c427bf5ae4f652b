use std::sync::{Arc, Mutex};

use axum::{extract::State, routing::get, Router};
use tokio::net::TcpListener;

mod catalog;

#[derive(Clone, Default)]
struct AppState {
    hits: Arc<Mutex<u64>>,
}

async fn count(State(state): State<AppState>) -> String {
    let mut hits = state.hits.lock().unwrap();
    *hits += 1;
    catalog::refresh().await;
    format!("{}", *hits)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Router::new()
        .route("/count", get(count))
        .route("/items/{id}", get(catalog::item))
        .with_state(AppState::default());
    tokio::spawn(async {
        loop {
            catalog::refresh().await;
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    });
    let listener = TcpListener::bind("127.0.0.1:3000").await?;
    axum::serve(listener, app).await
}

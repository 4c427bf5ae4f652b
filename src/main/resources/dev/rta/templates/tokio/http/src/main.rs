//! An HTTP server on axum 0.8 and Tokio. Usage: `{{name}} [ADDRESS]` (default 127.0.0.1:3000).

use axum::extract::Path;
use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() {
    // axum 0.8 path syntax: `/{id}`, not `/:id`.
    let app = Router::new()
        .route("/", get(root))
        .route("/users/{id}", get(user));

    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:3000".to_string());
    let listener = tokio::net::TcpListener::bind(&address).await.unwrap();
    println!("listening on http://{}", listener.local_addr().unwrap());
    axum::serve(listener, app).await.unwrap();
}

async fn root() -> &'static str {
    "Hello from {{name}}\n"
}

async fn user(Path(id): Path<u64>) -> String {
    format!("user {}\n", id)
}

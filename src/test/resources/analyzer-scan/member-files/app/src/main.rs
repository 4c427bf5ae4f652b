// The binary's module tree: net.rs and net/wire.rs below it, x/y.rs and ../../common/clock.rs through #[path].
// src/unused.rs is in no module: rustc never compiles it.
mod net;
#[path = "x/y.rs"]
mod moved;
#[path = "../../common/clock.rs"]
mod clock;

#[tokio::main]
async fn main() {
    net::serve().await;
    moved::tick().await;
    clock::now().await;
}

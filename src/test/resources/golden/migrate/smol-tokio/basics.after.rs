use tokio::net::TcpListener;
use smol::Task;
use std::time::Duration;

async fn serve(listener: TcpListener) {
    let t: Task<()> = smol::spawn(async {});
    t.detach();
    tokio::spawn(async { println!("bg") });
    let v = tokio::spawn(async { 1 }).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1)).await;
    let _ = v;
    drop(listener);
}

fn main() {
    tokio::runtime::Runtime::new().expect("a Tokio runtime").block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        serve(listener).await;
    });
}

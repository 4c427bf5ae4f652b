use smol::net::TcpListener;
use smol::{Timer, Task};
use std::time::Duration;

async fn serve(listener: TcpListener) {
    let t: Task<()> = smol::spawn(async {});
    t.detach();
    smol::spawn(async { println!("bg") }).detach();
    let v = smol::spawn(async { 1 }).await;
    Timer::after(Duration::from_millis(1)).await;
    let _ = v;
    drop(listener);
}

fn main() {
    smol::block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        serve(listener).await;
    });
}

use smol::net::TcpListener;
use smol::Timer;
use std::time::Duration;

fn main() -> std::io::Result<()> {
    smol::block_on(async {
        let (tx, rx) = async_channel::bounded::<String>(16);
        smol::spawn(async move {
            while let Ok(line) = rx.recv().await {
                println!("{line}");
            }
        })
        .detach();
        let listener = TcpListener::bind("127.0.0.1:7000").await?;
        loop {
            let (_stream, peer) = listener.accept().await?;
            tx.send(peer.to_string()).await.ok();
            Timer::after(Duration::from_millis(10)).await;
            flush();
        }
    })
}

fn flush() {
    // fine: a plain function, not async
    smol::block_on(async {});
}

async fn nested() {
    // wrong: block_on inside async code
    let _ = smol::block_on(async { 1 });
}

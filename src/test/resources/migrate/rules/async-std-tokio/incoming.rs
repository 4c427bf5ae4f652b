use async_std::net::TcpListener;
use async_std::prelude::*;
use async_std::task;

async fn serve(listener: TcpListener) -> std::io::Result<()> {
    let mut incoming = listener.incoming();
    while let Some(stream) = incoming.next().await {
        let mut stream = stream?;
        task::spawn(async move {
            let _ = stream.write_all(b"hello\n").await;
        });
    }
    Ok(())
}

async fn serve_direct(listener: &TcpListener) {
    while let Some(Ok(stream)) = listener.incoming().next().await {
        drop(stream);
    }
}

async fn for_each(listener: TcpListener) {
    listener.incoming().for_each(|_| async {}).await;
}

use tokio::net::TcpListener;
use tokio::io::AsyncWriteExt;

async fn serve(listener: TcpListener) -> std::io::Result<()> {
    loop {
        let stream = listener.accept().await.map(|(stream, _)| stream);
        let mut stream = stream?;
        tokio::spawn(async move {
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

use async_std::channel;

pub async fn sum() -> u32 {
    let (tx, mut rx) = tokio::sync::mpsc::channel(4);
    tokio::spawn(async move {
        for i in 0..4 {
            tx.send(i).await.unwrap();
        }
    });
    let mut total = 0;
    while let Some(v) = rx.recv().await {
        total += v;
    }
    total
}

pub async fn events() -> Option<u32> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    tx.send(7).ok()?;
    let first = rx.recv().await.unwrap();
    Some(first)
}

pub async fn shared() {
    let (tx, rx) = channel::bounded::<u32>(1);
    let rx2 = rx.clone();
    drop((tx, rx, rx2));
}

pub async fn zero() {
    let (tx, rx) = channel::bounded::<u32>(0);
    drop((tx, rx));
}

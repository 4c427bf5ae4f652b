use async_std::channel;
use async_std::task;

pub async fn sum() -> u32 {
    let (tx, rx) = channel::bounded(4);
    task::spawn(async move {
        for i in 0..4 {
            tx.send(i).await.unwrap();
        }
    });
    let mut total = 0;
    while let Ok(v) = rx.recv().await {
        total += v;
    }
    total
}

pub async fn events() -> Option<u32> {
    let (tx, rx) = channel::unbounded();
    tx.send(7).await.ok()?;
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

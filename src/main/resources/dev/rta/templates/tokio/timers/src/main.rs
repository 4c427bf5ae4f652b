//! Timers on Tokio: sleep, interval, timeout and a channel between two tasks.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{self, MissedTickBehavior};

#[tokio::main]
async fn main() {
    // A one-shot timer.
    time::sleep(Duration::from_millis(200)).await;
    println!("slept");

    // An interval. Its first tick completes immediately; the next ones come every period.
    let mut interval = time::interval(Duration::from_millis(200));
    interval.set_missed_tick_behavior(MissedTickBehavior::Delay);
    for i in 0..3 {
        interval.tick().await;
        println!("tick {}", i);
    }

    // A timeout around a future that takes too long.
    let slow = time::sleep(Duration::from_secs(10));
    if time::timeout(Duration::from_millis(100), slow).await.is_err() {
        println!("timed out");
    }

    // A producer and a consumer. recv() returns None once every sender is dropped.
    let (tx, mut rx) = mpsc::channel::<i32>(16);
    let producer = tokio::spawn(async move {
        for i in 0..5 {
            tx.send(i).await.expect("the consumer is alive");
            time::sleep(Duration::from_millis(50)).await;
        }
    });
    while let Some(v) = rx.recv().await {
        println!("received {}", v);
    }
    producer.await.expect("the producer did not panic");
}

//! Timers on smol: Timer::after, Timer::interval, a timeout and a channel between two futures.

use smol::channel::bounded;
use smol::future::FutureExt;
use smol::stream::StreamExt;
use smol::Timer;
use std::time::Duration;

fn main() {
    smol::block_on(async {
        // A one-shot timer.
        Timer::after(Duration::from_millis(200)).await;
        println!("slept");

        // An interval: a Stream whose first event comes one period from now.
        let mut interval = Timer::interval(Duration::from_millis(200));
        for i in 0..3 {
            interval.next().await;
            println!("tick {}", i);
        }

        // A timeout: race the work against a timer (or() prefers the left side).
        let slow = async {
            Timer::after(Duration::from_secs(10)).await;
            true
        };
        let finished = slow
            .or(async {
                Timer::after(Duration::from_millis(100)).await;
                false
            })
            .await;
        if !finished {
            println!("timed out");
        }

        // A producer and a consumer; zip waits for both. recv() fails once the sender is dropped.
        let (tx, rx) = bounded::<i32>(16);
        let producer = async move {
            for i in 0..5 {
                tx.send(i).await.expect("the consumer is alive");
                Timer::after(Duration::from_millis(50)).await;
            }
        };
        let consumer = async move {
            while let Ok(v) = rx.recv().await {
                println!("received {}", v);
            }
        };
        smol::future::zip(producer, consumer).await;
    });
}

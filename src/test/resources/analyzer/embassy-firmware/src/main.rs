#![no_std]
#![no_main]

use embassy_executor::Spawner;
use embassy_sync::blocking_mutex::raw::ThreadModeRawMutex;
use embassy_sync::channel::Channel;
use embassy_time::{Duration, Ticker, Timer};

static READINGS: Channel<ThreadModeRawMutex, i32, 8> = Channel::new();

#[embassy_executor::main]
async fn main(spawner: Spawner) {
    let _p = embassy_stm32::init(Default::default());
    spawner.spawn(sample().unwrap());
    loop {
        let v = READINGS.receive().await;
        defmt::info!("reading {}", v);
        Timer::after(Duration::from_millis(100)).await;
    }
}

#[embassy_executor::task]
async fn sample() {
    let mut ticker = Ticker::every(Duration::from_secs(1));
    let mut n = 0;
    loop {
        ticker.next().await;
        n += 1;
        READINGS.send(n).await;
    }
}

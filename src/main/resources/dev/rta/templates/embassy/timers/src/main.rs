//! {{name}}: a blinky on embassy (no_std). The main task blinks the LED; a spawned task logs every second.
#![no_std]
#![no_main]

use defmt::info;
use embassy_executor::Spawner;
use embassy_stm32::gpio::{Level, Output, Speed};
use embassy_time::{Duration, Ticker, Timer};
use {defmt_rtt as _, panic_probe as _};

#[embassy_executor::task]
async fn heartbeat() {
    let mut ticker = Ticker::every(Duration::from_secs(1));
    let mut n: u32 = 0;
    loop {
        ticker.next().await;
        n += 1;
        info!("tick {}", n);
    }
}

#[embassy_executor::main]
async fn main(spawner: Spawner) {
    let p = embassy_stm32::init(Default::default());
    // embassy-executor 0.10: the task function returns Result<SpawnToken, SpawnError>; spawn() returns ().
    spawner.spawn(heartbeat().unwrap());

    // The user LED of a NUCLEO-F446RE (LD2) is on PA5.
    let mut led = Output::new(p.PA5, Level::Low, Speed::Low);
    loop {
        led.set_high();
        Timer::after(Duration::from_millis(300)).await;
        led.set_low();
        Timer::after(Duration::from_millis(300)).await;
    }
}

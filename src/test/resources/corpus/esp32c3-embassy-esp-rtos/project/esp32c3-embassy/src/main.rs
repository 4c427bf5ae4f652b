// rta corpus model of esp32c3-embassy/src/main.rs (claudiomattera/esp32c3-embassy 8c8acf8).
// The entry attribute is esp-rtos' `main` (imported by name), not `#[embassy_executor::main]`.
#![no_std]
#![no_main]

use embassy_executor::Spawner;
use embassy_sync::blocking_mutex::raw::NoopRawMutex;
use embassy_sync::channel::{Channel, Receiver};
use embassy_time::{Duration, Timer};
use esp_hal::interrupt::software::SoftwareInterruptControl;
use esp_hal::timer::timg::TimerGroup;
use esp_rtos::main;
use esp_rtos::start as start_rtos;
use static_cell::StaticCell;

mod http;
mod sleep;
mod wifi;

const AWAKE_PERIOD: Duration = Duration::from_secs(300);

static CHANNEL: StaticCell<Channel<NoopRawMutex, u32, 3>> = StaticCell::new();

/// upstream main.rs:181-205
#[main]
async fn main(spawner: Spawner) {
    if let Err(_error) = main_fallible(spawner).await {}
}

/// upstream main.rs:207-265
async fn main_fallible(spawner: Spawner) -> Result<(), ()> {
    let peripherals = esp_hal::init(esp_hal::Config::default());
    esp_alloc::heap_allocator!(size: 72 * 1024);

    let timg1 = TimerGroup::new(peripherals.TIMG1);
    let sw_int = SoftwareInterruptControl::new(peripherals.SW_INTERRUPT);
    start_rtos(timg1.timer0, sw_int.software_interrupt0);

    let _stack = wifi::connect(spawner, peripherals.WIFI).await?;

    let channel: &'static mut _ = CHANNEL.init(Channel::new());
    spawner.must_spawn(update_display_task(channel.receiver()));

    Timer::after(AWAKE_PERIOD).await;
    sleep::enter_deep(peripherals.LPWR);
}

#[embassy_executor::task]
async fn update_display_task(receiver: Receiver<'static, NoopRawMutex, u32, 3>) {
    loop {
        let _reading = receiver.receive().await;
    }
}

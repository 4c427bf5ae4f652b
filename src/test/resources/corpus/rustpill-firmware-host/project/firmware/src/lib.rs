// rta corpus model of firmware/src/lib.rs (rustpill 909ae85): shared firmware helpers.
#![no_std]
#![no_main]

use embassy_stm32::{peripherals, usb};
use embassy_sync::blocking_mutex::raw::ThreadModeRawMutex;
use embassy_time::Timer;
use embassy_usb::UsbDevice;
use postcard_rpc::server::impls::embassy_usb_v0_4::dispatch_impl::{WireRxImpl, WireStorage, WireTxImpl};

pub type AppDriver = usb::Driver<'static, peripherals::USB>;
pub type AppStorage = WireStorage<ThreadModeRawMutex, AppDriver, 256, 256, 64, 256>;
pub type AppTx = WireTxImpl<ThreadModeRawMutex, AppDriver>;
pub type AppRx = WireRxImpl<AppDriver>;

pub static STORAGE: AppStorage = AppStorage::new();

pub async fn reset_condition() {
    Timer::after_millis(10).await;
}

#[embassy_executor::task]
pub async fn idle_task() {
    loop {
        embassy_futures::yield_now().await;
    }
}

#[embassy_executor::task]
pub async fn usb_task(mut usb: UsbDevice<'static, AppDriver>) {
    usb.run().await;
}

// rta reduction of src/bin/ekv.rs: #[embassy_executor::main] + ekv key-value store on flash
#![no_std]
#![no_main]
#![feature(type_alias_impl_trait)]
#![feature(async_fn_in_trait)]
#![allow(incomplete_features)]

use ekv::Database;
use embassy_executor::Spawner;
use embassy_rp::flash::Flash;
use embassy_sync::blocking_mutex::raw::NoopRawMutex;
use embassy_time::Duration;
use {defmt_rtt as _, panic_probe as _};

const FLASH_SIZE: usize = 2 * 1024 * 1024;

#[embassy_executor::main]
async fn main(_spawner: Spawner) {
    let p = embassy_rp::init(Default::default());
    let flash = Flash::<_, FLASH_SIZE>::new(p.FLASH);
    let _db = Database::<_, NoopRawMutex>::new(flash, ekv::Config::default());
    embassy_time::Timer::after(Duration::from_secs(1)).await;
}

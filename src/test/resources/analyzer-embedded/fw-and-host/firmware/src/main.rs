#![no_std]
#![no_main]

#[embassy_executor::main]
async fn main(_spawner: embassy_executor::Spawner) {}

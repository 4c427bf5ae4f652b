// rta corpus model of firmware/src/bin/minimal.rs (rustpill 909ae85)
#![no_std]
#![no_main]

use embassy_executor::Spawner;
use embassy_stm32::{bind_interrupts, peripherals, usb, Config};
use postcard_rpc::server::Server;
use {defmt_rtt as _, panic_probe as _};

use firmware::*;
use protocol::minimal::*;

bind_interrupts!(struct Irqs {
    USB_LP_CAN1_RX0 => usb::InterruptHandler<peripherals::USB>;
});

#[embassy_executor::main]
async fn main(spawner: Spawner) {
    let p = embassy_stm32::init(Config::default());
    reset_condition().await;
    let driver = usb::Driver::new(p.USB, Irqs, p.PA12, p.PA11);
    let (device, tx_impl, rx_impl) = STORAGE.init(driver, get_usb_config(USB_DEVICE_NAME), &mut []);
    let server = Server::new(tx_impl, rx_impl, &mut [], App::new(Context {}, spawner.into()), 1);

    spawner.must_spawn(usb_task(device));
    spawner.must_spawn(server_task(server));
    spawner.must_spawn(idle_task());
}

#[embassy_executor::task]
async fn server_task(mut server: AppServer) {
    loop {
        let _ = server.run().await;
    }
}

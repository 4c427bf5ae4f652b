// rta corpus model of esp32c3-embassy/src/wifi.rs: esp-radio WiFi + embassy-net stack tasks
use embassy_executor::Spawner;
use embassy_net::{new as new_network_stack, Runner, Stack, StackResources};
use esp_radio::wifi::{WifiController, WifiDevice};
use static_cell::StaticCell;

static RESOURCES: StaticCell<StackResources<3>> = StaticCell::new();

/// upstream wifi.rs:67-110
pub async fn connect(spawner: Spawner, wifi: esp_hal::peripherals::WIFI<'static>) -> Result<Stack<'static>, ()> {
    let (controller, interfaces) = esp_radio::wifi::new(wifi).map_err(|_| ())?;
    let (stack, runner) = new_network_stack(interfaces.sta, Default::default(), RESOURCES.init(StackResources::new()), 1234);
    spawner.must_spawn(connection(controller));
    spawner.must_spawn(net_task(runner));
    stack.wait_config_up().await;
    Ok(stack)
}

#[embassy_executor::task]
async fn net_task(mut runner: Runner<'static, WifiDevice<'static>>) {
    runner.run().await
}

#[embassy_executor::task]
async fn connection(mut controller: WifiController<'static>) {
    let _ = controller.connect_async().await;
}

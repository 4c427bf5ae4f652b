// rta corpus model of esp32c3-embassy/src/sleep.rs: deep sleep never returns
pub fn enter_deep(_lpwr: esp_hal::peripherals::LPWR<'static>) -> ! {
    loop {}
}

// rta corpus model of waveshare-154bv2-rs/src/async.rs
use embedded_hal_async::delay::DelayNs;
use embedded_hal_async::spi::SpiDevice;

pub struct Display154BV2<SPI, DELAY> {
    spi: SPI,
    delay: DELAY,
}

impl<SPI: SpiDevice, DELAY: DelayNs> Display154BV2<SPI, DELAY> {
    pub async fn reset(&mut self) -> Result<(), SPI::Error> {
        self.delay.delay_ms(10).await;
        self.spi.write(&[0x12]).await
    }
}

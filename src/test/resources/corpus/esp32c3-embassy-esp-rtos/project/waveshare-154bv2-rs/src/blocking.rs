// rta corpus model of waveshare-154bv2-rs/src/blocking.rs
use embedded_hal::delay::DelayNs;
use embedded_hal::spi::SpiDevice;

pub struct Display154BV2<SPI, DELAY> {
    spi: SPI,
    delay: DELAY,
}

impl<SPI: SpiDevice, DELAY: DelayNs> Display154BV2<SPI, DELAY> {
    pub fn reset(&mut self) -> Result<(), SPI::Error> {
        self.delay.delay_ms(10);
        self.spi.write(&[0x12])
    }
}

// rta corpus model of waveshare-154bv2-rs/src/lib.rs: a no_std e-paper driver with a blocking and
// an async (embedded-hal-async) interface selected by features; it contains no executor.
#![no_std]

#[cfg(feature = "async")]
mod r#async;
#[cfg(feature = "async")]
pub use self::r#async::Display154BV2 as AsyncDisplay154BV2;

#[cfg(feature = "blocking")]
mod blocking;
#[cfg(feature = "blocking")]
pub use self::blocking::Display154BV2;

// rta reduction of tokio-rs/mini-redis src/lib.rs (module layout only)
pub mod clients;
pub mod server;
mod db;

pub const DEFAULT_PORT: u16 = 6379;
pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T> = std::result::Result<T, Error>;

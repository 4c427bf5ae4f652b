mod auth;
mod compress;
mod logger;

pub use self::auth::AuthChecker;
pub use self::compress::CompressionHandler;
pub use self::logger::RequestLogger;

mod client;
pub use client::Client;

mod blocking_client;
pub use blocking_client::BlockingClient;

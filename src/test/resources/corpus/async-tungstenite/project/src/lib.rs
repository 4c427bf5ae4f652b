// rta reduction of src/lib.rs: runtime integrations are modules gated by Cargo features
pub struct WebSocketStream<S>(pub S);

#[cfg(feature = "async-std-runtime")]
pub mod async_std;
#[cfg(feature = "gio-runtime")]
pub mod gio;
#[cfg(feature = "smol-runtime")]
pub mod smol;
#[cfg(feature = "tokio-runtime")]
pub mod tokio;

// rta corpus model of api/rust/src/lib.rs (pinnacle e6bdb017). MPL-2.0 upstream; this is a
// reduction written for the corpus, keeping names and call structure only.
use std::sync::OnceLock;

use futures::{channel::mpsc::UnboundedReceiver, future::BoxFuture, stream::FuturesUnordered, StreamExt};
use tonic::transport::{Endpoint, Uri};
use tower::service_fn;

pub mod input;
pub mod output;
pub mod pinnacle;
pub mod process;
pub mod tag;
pub mod window;

pub use pinnacle_api_macros::config;
pub use tokio;
pub use xkbcommon;

use input::Input;
use output::Output;
use pinnacle::Pinnacle;
use tag::Tag;
use window::Window;

static PINNACLE: OnceLock<Pinnacle> = OnceLock::new();
static WINDOW: OnceLock<Window> = OnceLock::new();
static INPUT: OnceLock<Input> = OnceLock::new();
static OUTPUT: OnceLock<Output> = OnceLock::new();
static TAG: OnceLock<Tag> = OnceLock::new();

#[derive(Debug, Clone, Copy)]
pub struct ApiModules {
    pub pinnacle: &'static Pinnacle,
    pub window: &'static Window,
    pub input: &'static Input,
    pub output: &'static Output,
    pub tag: &'static Tag,
}

/// Inserted at the top of the user's config by `#[pinnacle_api::config]`.
pub async fn connect(
) -> Result<(ApiModules, UnboundedReceiver<BoxFuture<'static, ()>>), Box<dyn std::error::Error>> {
    // tonic channel over a Tokio UnixStream: needs a Tokio runtime
    let channel = Endpoint::try_from("http://[::]:50051")?
        .connect_with_connector(service_fn(|_: Uri| {
            tokio::net::UnixStream::connect(std::env::var("PINNACLE_GRPC_SOCKET").unwrap())
        }))
        .await?;

    let (fut_sender, fut_recv) = futures::channel::mpsc::unbounded::<BoxFuture<()>>();

    let modules = ApiModules {
        pinnacle: PINNACLE.get_or_init(|| Pinnacle::new(channel.clone())),
        window: WINDOW.get_or_init(|| Window::new(channel.clone())),
        input: INPUT.get_or_init(|| Input::new(channel.clone(), fut_sender.clone())),
        output: OUTPUT.get_or_init(|| Output::new(channel.clone(), fut_sender.clone())),
        tag: TAG.get_or_init(|| Tag::new(channel.clone(), fut_sender.clone())),
    };
    Ok((modules, fut_recv))
}

/// Inserted at the end of the user's config: polls every callback future (keybinds,
/// connect_for_all, process callbacks) on the Tokio main task.
pub async fn listen(fut_recv: UnboundedReceiver<BoxFuture<'static, ()>>) {
    let mut future_set = FuturesUnordered::<BoxFuture<'static, ()>>::new();
    let mut fut_recv = fut_recv;
    while let Some(fut) = fut_recv.next().await {
        future_set.push(fut);
        while let Some(()) = future_set.next().await {}
    }
}

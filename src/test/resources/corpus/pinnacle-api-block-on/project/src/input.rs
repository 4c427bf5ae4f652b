// rta corpus model of api/rust/src/input.rs (pinnacle e6bdb017)
use futures::{channel::mpsc::UnboundedSender, executor::block_on, future::BoxFuture, FutureExt, StreamExt};
use pinnacle_api_defs::pinnacle::input::v0alpha1::input_service_client::InputServiceClient;
use tonic::transport::Channel;

#[derive(Debug, Clone)]
pub struct Input {
    channel: Channel,
    fut_sender: UnboundedSender<BoxFuture<'static, ()>>,
}

#[derive(Clone, Copy)]
pub enum Mod {
    Shift,
    Ctrl,
    Alt,
    Super,
}

impl Input {
    pub(crate) fn new(channel: Channel, fut_sender: UnboundedSender<BoxFuture<'static, ()>>) -> Self {
        Self { channel, fut_sender }
    }

    fn create_input_client(&self) -> InputServiceClient<Channel> {
        InputServiceClient::new(self.channel.clone())
    }

    // upstream input.rs:154-185: the user's callback `action` runs inside a future polled
    // by `listen` on the Tokio main task
    pub fn keybind(&self, mods: impl IntoIterator<Item = Mod>, key: char, mut action: impl FnMut() + Send + 'static) {
        let mut client = self.create_input_client();
        let modifiers: Vec<i32> = mods.into_iter().map(|m| m as i32).collect();
        self.fut_sender
            .unbounded_send(
                async move {
                    let mut stream = client.set_keybind((modifiers, key)).await.unwrap().into_inner();
                    while let Some(Ok(_response)) = stream.next().await {
                        action();
                    }
                }
                .boxed(),
            )
            .unwrap();
    }

    // upstream input.rs:259-270
    pub fn set_xkb_config(&self, layout: &str) {
        let mut client = self.create_input_client();
        block_on(client.set_xkb_config(layout.to_string())).unwrap();
    }
}

// rta corpus model of api/rust/src/output.rs (pinnacle e6bdb017)
use futures::{channel::mpsc::UnboundedSender, executor::block_on, future::BoxFuture, FutureExt, StreamExt};
use pinnacle_api_defs::pinnacle::output::v0alpha1::{output_service_client::OutputServiceClient, GetRequest};
use tonic::transport::Channel;

#[derive(Debug, Clone)]
pub struct Output {
    channel: Channel,
    fut_sender: UnboundedSender<BoxFuture<'static, ()>>,
}

#[derive(Debug, Clone)]
pub struct OutputHandle {
    pub(crate) client: OutputServiceClient<Channel>,
    pub(crate) name: String,
}

impl Output {
    pub(crate) fn new(channel: Channel, fut_sender: UnboundedSender<BoxFuture<'static, ()>>) -> Self {
        Self { channel, fut_sender }
    }

    fn create_output_client(&self) -> OutputServiceClient<Channel> {
        OutputServiceClient::new(self.channel.clone())
    }

    // upstream output.rs:63-66: sync API, futures::executor::block_on on a tonic (Tokio) future
    pub fn get_all(&self) -> impl Iterator<Item = OutputHandle> {
        let mut client = self.create_output_client();
        block_on(client.get(GetRequest {}))
            .unwrap()
            .into_inner()
            .output_names
            .into_iter()
            .map(move |name| OutputHandle { client: client.clone(), name })
    }

    pub fn get_focused(&self) -> Option<OutputHandle> {
        self.get_all().find(|output| output.props().focused == Some(true))
    }

    // upstream output.rs:126-160: called from the user's async config main
    pub fn connect_for_all(&self, mut for_all: impl FnMut(OutputHandle) + Send + 'static) {
        for output in self.get_all() {
            for_all(output);
        }

        let mut client = self.create_output_client();
        self.fut_sender
            .unbounded_send(
                async move {
                    let mut stream = client.connect_for_all(Default::default()).await.unwrap().into_inner();
                    while let Some(Ok(response)) = stream.next().await {
                        let Some(name) = response.output_name else { continue };
                        for_all(OutputHandle { client: client.clone(), name });
                    }
                }
                .boxed(),
            )
            .unwrap();
    }
}

pub struct OutputProperties {
    pub focused: Option<bool>,
    pub tags: Vec<crate::tag::TagHandle>,
}

impl OutputHandle {
    // upstream output.rs:381-390
    pub fn props(&self) -> OutputProperties {
        let mut client = self.client.clone();
        let response = block_on(client.get_properties(Default::default())).unwrap().into_inner();
        OutputProperties { focused: response.focused, tags: Vec::new() }
    }
}

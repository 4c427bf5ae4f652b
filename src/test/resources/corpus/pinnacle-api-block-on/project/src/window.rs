// rta corpus model of api/rust/src/window.rs (pinnacle e6bdb017)
use futures::executor::block_on;
use pinnacle_api_defs::pinnacle::window::v0alpha1::window_service_client::WindowServiceClient;
use tonic::transport::Channel;

#[derive(Debug, Clone)]
pub struct Window {
    channel: Channel,
}

#[derive(Debug, Clone)]
pub struct WindowHandle {
    client: WindowServiceClient<Channel>,
    id: u32,
}

impl Window {
    pub(crate) fn new(channel: Channel) -> Self {
        Self { channel }
    }

    fn create_window_client(&self) -> WindowServiceClient<Channel> {
        WindowServiceClient::new(self.channel.clone())
    }

    // upstream window.rs:122-140
    pub fn get_all(&self) -> impl Iterator<Item = WindowHandle> {
        let mut client = self.create_window_client();
        block_on(client.get(Default::default()))
            .unwrap()
            .into_inner()
            .window_ids
            .into_iter()
            .map(move |id| WindowHandle { client: client.clone(), id })
    }

    pub fn get_focused(&self) -> Option<WindowHandle> {
        self.get_all().find(|window| window.props().focused == Some(true))
    }
}

impl WindowHandle {
    // upstream window.rs:238-243
    pub fn close(mut self) {
        block_on(self.client.close(Default::default())).unwrap();
    }

    pub fn props(&self) -> WindowProperties {
        let mut client = self.client.clone();
        let response = block_on(client.get_properties(Default::default())).unwrap().into_inner();
        WindowProperties { focused: response.focused }
    }
}

pub struct WindowProperties {
    pub focused: Option<bool>,
}

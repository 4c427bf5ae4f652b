// rta corpus model of api/rust/src/tag.rs (pinnacle e6bdb017)
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use futures::{channel::mpsc::UnboundedSender, executor::block_on, future::BoxFuture};
use pinnacle_api_defs::pinnacle::tag::v0alpha1::tag_service_client::TagServiceClient;
use tonic::transport::Channel;

use crate::output::{Output, OutputHandle};

#[derive(Clone, Debug)]
pub struct Tag {
    channel: Channel,
    fut_sender: UnboundedSender<BoxFuture<'static, ()>>,
}

#[derive(Clone, Debug)]
pub struct TagHandle {
    pub(crate) client: TagServiceClient<Channel>,
    pub(crate) id: u32,
}

#[derive(Clone, Copy)]
pub enum Layout {
    MasterStack,
    Dwindle,
}

pub struct LayoutCycler {
    pub prev: Box<dyn Fn(Option<&OutputHandle>) + Send + Sync + 'static>,
    pub next: Box<dyn Fn(Option<&OutputHandle>) + Send + Sync + 'static>,
}

impl Tag {
    pub(crate) fn new(channel: Channel, fut_sender: UnboundedSender<BoxFuture<'static, ()>>) -> Self {
        Self { channel, fut_sender }
    }

    fn create_tag_client(&self) -> TagServiceClient<Channel> {
        TagServiceClient::new(self.channel.clone())
    }

    // upstream tag.rs:92-110
    pub fn add(&self, output: &OutputHandle, tag_names: impl IntoIterator<Item = impl Into<String>>) -> impl Iterator<Item = TagHandle> {
        let mut client = self.create_tag_client();
        let _ = (output, tag_names.into_iter().map(Into::into).collect::<Vec<String>>());
        let response = block_on(client.add(Default::default())).unwrap().into_inner();
        response.tag_ids.into_iter().map(move |id| TagHandle { client: client.clone(), id })
    }

    // upstream tag.rs:245-300: closures with a std Mutex, sync code only
    pub fn new_layout_cycler(&self, layouts: impl IntoIterator<Item = Layout>) -> LayoutCycler {
        let indices = Arc::new(Mutex::new(HashMap::<u32, usize>::new()));
        let layouts = layouts.into_iter().collect::<Vec<_>>();
        let output_module = Output::new(self.channel.clone(), self.fut_sender.clone());

        let next = move |output: Option<&OutputHandle>| {
            let Some(output) = output.cloned().or_else(|| output_module.get_focused()) else {
                return;
            };
            let Some(first_tag) = output.props().tags.into_iter().next() else { return };
            let mut indices = indices.lock().expect("layout next mutex lock failed");
            let index = indices.entry(first_tag.id).or_insert(0);
            *index = (*index + 1) % layouts.len();
            first_tag.set_layout(layouts[*index]);
        };
        LayoutCycler { prev: Box::new(|_| {}), next: Box::new(next) }
    }
}

impl TagHandle {
    // upstream tag.rs:413-420
    pub fn set_active(&self, set: bool) {
        let mut client = self.client.clone();
        block_on(client.set_active(Default::default())).unwrap();
        let _ = set;
    }

    pub fn set_layout(&self, layout: Layout) {
        let mut client = self.client.clone();
        let _ = layout as i32;
        block_on(client.set_layout(Default::default())).unwrap();
    }
}

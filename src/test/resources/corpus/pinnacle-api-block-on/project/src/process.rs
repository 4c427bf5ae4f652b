// rta corpus model of api/rust/src/process.rs (pinnacle e6bdb017)
use futures::{channel::mpsc::UnboundedSender, executor::block_on, future::BoxFuture};
use pinnacle_api_defs::pinnacle::process::v0alpha1::process_service_client::ProcessServiceClient;
use tonic::transport::Channel;

#[derive(Debug, Clone)]
pub struct Process {
    channel: Channel,
    fut_sender: UnboundedSender<BoxFuture<'static, ()>>,
}

impl Process {
    fn create_process_client(&self) -> ProcessServiceClient<Channel> {
        ProcessServiceClient::new(self.channel.clone())
    }

    // upstream process.rs:170-180
    pub fn set_env(&self, key: impl Into<String>, value: impl Into<String>) {
        let mut client = self.create_process_client();
        block_on(client.set_env((key.into(), value.into()))).unwrap();
    }
}

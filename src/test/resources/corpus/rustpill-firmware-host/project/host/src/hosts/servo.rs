// rta corpus model of host/src/hosts/servo.rs (rustpill 909ae85)
use macros::blocking_async;
use postcard_rpc::{host_client::HostClient, standard_icd::WireError};
use pyo3::prelude::*;

use crate::common::{connect_to_board, BoardResult};

pub struct ServoConfig {
    pub frequency: u32,
}

#[pyclass]
pub struct ServoClient {
    client: HostClient<WireError>,
    config: ServoConfig,
}

#[blocking_async]
#[pymethods]
impl ServoClient {
    // upstream servo.rs:33 — becomes `fn new` + get_runtime().block_on(..)
    #[new]
    async fn new(serial_number: Option<&str>) -> BoardResult<Self> {
        let client = connect_to_board("bluepill-servo", serial_number).await?;
        let config = client.send_resp::<GetServoConfig>(&()).await.unwrap();
        Ok(Self { client, config })
    }

    // upstream servo.rs:82-102 — sync fn calling the (macro-made sync) configure_channel
    fn set_angle(&mut self, channel: u8, angle: u8) -> BoardResult<()> {
        self.configure_channel(channel, Some(true), Some(angle as u16))?;
        Ok(())
    }

    // upstream servo.rs:136-161
    async fn configure_channel(&mut self, channel: u8, enabled: Option<bool>, duty: Option<u16>) -> BoardResult<()> {
        self.client.send_resp::<ConfigureChannel>(&(channel, enabled, duty)).await.unwrap();
        Ok(())
    }

    // upstream servo.rs:166-170
    async fn update_config(&mut self) -> BoardResult<()> {
        let config = self.client.send_resp::<GetServoConfig>(&()).await.unwrap();
        self.config = config;
        Ok(())
    }

    // upstream servo.rs:178-183 — after expansion this body runs inside
    // get_runtime().block_on(async move { .. }) and calls update_config(), which is itself
    // get_runtime().block_on(..): a nested block_on on the same Tokio runtime.
    async fn set_frequency(&mut self, frequency: u32) -> BoardResult<()> {
        self.client.send_resp::<SetFrequencyEndpoint>(&frequency).await.unwrap();
        self.update_config()
    }
}

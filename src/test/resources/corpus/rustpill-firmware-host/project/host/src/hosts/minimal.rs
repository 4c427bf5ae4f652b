// rta corpus model of host/src/hosts/minimal.rs (rustpill 909ae85)
use macros::blocking_async;
use postcard_rpc::{host_client::HostClient, standard_icd::WireError};
use protocol::minimal::*;
use pyo3::prelude::*;

use crate::common::{connect_to_board, BoardResult};

#[pyclass]
pub struct MinimalClient {
    client: HostClient<WireError>,
}

// every `async fn` below becomes a sync fn calling get_runtime().block_on(..)
#[blocking_async]
#[pymethods]
impl MinimalClient {
    #[new]
    async fn new(serial_number: Option<&str>) -> BoardResult<Self> {
        let client = connect_to_board(USB_DEVICE_NAME, serial_number).await?;
        Ok(Self { client })
    }

    fn close(&self) {
        self.client.close();
    }

    async fn get_serial_number(&self) -> BoardResult<String> {
        let id = self.client.send_resp::<GetUniqueIdEndpoint>(&()).await.unwrap();
        Ok(String::from_utf8_lossy(&id).into_owned())
    }
}

// rta corpus model of host/src/common.rs (rustpill 909ae85)
use postcard_rpc::{
    header::VarSeqKind,
    host_client::HostClient,
    standard_icd::{LoggingTopic, WireError, ERROR_PATH},
};

pub type BoardResult<T> = Result<T, String>;

// upstream common.rs:10-84
pub async fn connect_to_board(product_string: &str, serial_number: Option<&str>) -> BoardResult<HostClient<WireError>> {
    let client = HostClient::new_raw_nusb(
        |d| match serial_number {
            Some(sn) => d.serial_number() == Some(sn),
            None => d.product_string() == Some(product_string),
        },
        ERROR_PATH,
        8,
        VarSeqKind::Seq2,
    );

    let mut logsub = client.subscribe_multi::<LoggingTopic>(64).await.unwrap();

    // upstream :66 — a Tokio task (the caller runs inside pyo3-async-runtimes' Tokio runtime)
    core::mem::drop(tokio::task::spawn(async move {
        while let Ok(log) = logsub.recv().await {
            log::info!("FIRMWARE: {}", log);
        }
    }));

    Ok(client)
}

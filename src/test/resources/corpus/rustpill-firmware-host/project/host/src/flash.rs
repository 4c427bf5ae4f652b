// rta corpus model of host/src/flash.rs (rustpill 909ae85): sync, std::process + blocking S3
use std::process::Command;

use pyo3::prelude::*;
use s3_utils::get_bucket;

#[pyfunction]
pub fn flash_binary(binary_name: &str) -> PyResult<()> {
    let bucket = get_bucket().unwrap();
    let _object = bucket.get_object(["stm32f103c8", binary_name].join("/")).unwrap();
    Command::new("probe-rs").arg("download").arg("--chip=STM32F103C8").arg(binary_name).status()?;
    Ok(())
}

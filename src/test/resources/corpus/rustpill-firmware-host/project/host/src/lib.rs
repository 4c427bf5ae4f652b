// rta corpus model of host/src/lib.rs (rustpill 909ae85): a pyo3 extension module.
use pyo3::prelude::*;

mod common;
mod flash;
mod hosts;

use pyo3_stub_gen::define_stub_info_gatherer;

use hosts::minimal::MinimalClient;
use hosts::servo::ServoClient;

#[pymodule]
fn rustpill_clients(m: &Bound<'_, PyModule>) -> PyResult<()> {
    pyo3_log::init();
    m.add_function(wrap_pyfunction!(flash::flash_binary, m)?)?;
    m.add_class::<MinimalClient>()?;
    m.add_class::<ServoClient>()?;
    Ok(())
}

define_stub_info_gatherer!(stub_info);

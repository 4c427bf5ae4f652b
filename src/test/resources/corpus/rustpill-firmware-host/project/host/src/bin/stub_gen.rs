// rta corpus model of host/src/bin/stub_gen.rs (rustpill 909ae85): plain sync main
use pyo3_stub_gen::Result;

fn main() -> Result<()> {
    env_logger::init();
    let stub = rustpill_clients::stub_info()?;
    stub.generate()?;
    Ok(())
}

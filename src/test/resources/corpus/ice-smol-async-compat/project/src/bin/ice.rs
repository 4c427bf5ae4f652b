// rta corpus model of src/bin/ice.rs (AzurIce/ice 9e369d3)
mod cli;
use async_compat::Compat;
use clap::Parser;
use cli::Cli;

fn main() {
    // the whole CLI future runs on smol's block_on inside async-compat's Tokio context
    smol::block_on(Compat::new(Cli::parse().exec()));
}

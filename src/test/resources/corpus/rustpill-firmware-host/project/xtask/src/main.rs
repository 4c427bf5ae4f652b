// rta corpus model of xtask/src/main.rs (rustpill 909ae85): sync build helper (cargo, probe-rs, maturin)
use std::{env, process::Command};

use s3_utils::get_bucket;

fn main() {
    dotenvy::dotenv().ok();
    match env::args().nth(1).as_deref() {
        Some("flash") => {
            Command::new("cargo").args(["build", "-p", "firmware", "--release"]).status().unwrap();
            Command::new("probe-rs").args(["run", "--chip=STM32F103C8"]).status().unwrap();
        }
        Some("publish") => {
            let _bucket = get_bucket().unwrap();
        }
        _ => eprintln!("flash <name> | pygen | publish"),
    }
}

// rta reduction of src/main.rs: clap-driven synchronous CLI reading a file or stdin
use std::fs::File;
use std::io::{self, prelude::*, BufWriter};
use std::path::PathBuf;

use anyhow::Result;
use clap::Parser;

use hexyl::Printer;

#[derive(Debug, Parser)]
struct Opt {
    file: Option<PathBuf>,
}

fn run() -> Result<()> {
    let opt = Opt::parse();
    let stdin = io::stdin();
    let mut reader: Box<dyn Read> = match opt.file {
        Some(filename) => Box::new(File::open(filename)?),
        None => Box::new(stdin.lock()),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    Printer::new(&mut out).print_all(&mut reader)?;
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("Error: {e}");
        std::process::exit(1);
    }
}

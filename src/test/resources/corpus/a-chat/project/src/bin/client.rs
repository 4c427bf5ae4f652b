// rta reduction of src/bin/client.rs: async-std client reading stdin and the socket
use std::net::ToSocketAddrs;

use async_std::{
    io::{stdin, BufReader},
    net::TcpStream,
    prelude::*,
    task,
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn main() -> Result<()> {
    task::block_on(try_main("127.0.0.1:8080"))
}

async fn try_main(addr: impl ToSocketAddrs) -> Result<()> {
    let stream = TcpStream::connect(addr).await?;
    let _lines_from_server = BufReader::new(&stream).lines();
    let _lines_from_stdin = BufReader::new(stdin()).lines();
    Ok(())
}

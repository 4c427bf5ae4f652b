// rta corpus model of rudis-server/src/main.rs (AxlLind/rudis 241fc33): a Redis-compatible TCP
// server on smol; the entry point is smol-macros' `main!` applied through macro_rules_attribute.
use std::io::Write;
use clap::Parser;
use macro_rules_attribute::apply;
use smol_macros::main;
use smol::channel::{Receiver, Sender};
use smol::io::{AsyncWriteExt, BufReader};
use smol::net::{TcpListener, TcpStream};

use rudis::{execute_command, write_response, Command, Database, Response};

mod async_pipe;
mod cmd_parser;
use async_pipe::AsyncPipe;
use cmd_parser::CmdParser;

#[derive(clap::Parser)]
struct Args {
    #[arg(short, long, default_value = "8888")]
    port: u16,
    #[arg(long, default_value = "0.0.0.0")]
    bind: String,
}

async fn read_command_task(stream: TcpStream, pipe: AsyncPipe<Command, Response>, tx: Sender<anyhow::Result<Response>>) -> anyhow::Result<()> {
    let mut parser = CmdParser::new(BufReader::new(stream));
    loop {
        match parser.read_command().await {
            Ok(cmd) => pipe.send(cmd, tx.clone()).await,
            Err(e) => tx.send(Err(e)).await?,
        }
    }
}

async fn send_response_task(mut stream: TcpStream, rx: Receiver<anyhow::Result<Response>>) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match rx.recv().await? {
            Ok(res) => write_response(&mut buf, res)?,
            Err(e) => write!(&mut buf, "-ERR {e}\r\n")?,
        };
        stream.write_all(&buf).await?;
    }
}

// upstream main.rs:57-63
async fn handle_connection(stream: TcpStream, pipe: AsyncPipe<Command, Response>) {
    let (tx, rx) = smol::channel::bounded(128);
    let _ = smol::future::zip(read_command_task(stream.clone(), pipe, tx), send_response_task(stream, rx)).await;
}

// upstream main.rs:65-72 — single task owning the Database (no locks)
async fn database_task(pipe: AsyncPipe<Command, Response>) {
    let mut db = Database::default();
    loop {
        let (cmd, tx) = pipe.recv().await;
        let res = execute_command(&mut db, cmd);
        let _ = tx.send(res).await;
    }
}

// upstream main.rs:74-82
async fn run_server(bind: &str, port: u16) -> anyhow::Result<()> {
    let listener = TcpListener::bind((bind, port)).await?;
    let pipe = AsyncPipe::new(1024);
    smol::spawn(database_task(pipe.clone())).detach();
    loop {
        let (stream, _) = listener.accept().await?;
        smol::spawn(handle_connection(stream, pipe.clone())).detach();
    }
}

// upstream main.rs:84-88
#[apply(main!)]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    run_server(&args.bind, args.port).await
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use smol_macros::test;

    // upstream main.rs:113-125
    #[apply(test!)]
    async fn test_server_communication() {
        smol::spawn(run_server("127.0.0.1", 61111)).detach();
        smol::Timer::after(Duration::from_millis(100)).await;
        let _stream = TcpStream::connect(("127.0.0.1", 61111)).await.unwrap();
    }
}

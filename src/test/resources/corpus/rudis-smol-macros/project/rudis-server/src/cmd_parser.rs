// rta corpus model of rudis-server/src/cmd_parser.rs: RESP parser over smol's AsyncBufRead
use rudis::Command;
use smol::io::{AsyncBufReadExt, AsyncRead, BufReader};

pub struct CmdParser<R> {
    reader: BufReader<R>,
}

impl<R: AsyncRead + Unpin> CmdParser<R> {
    pub fn new(reader: BufReader<R>) -> Self {
        Self { reader }
    }

    pub async fn read_command(&mut self) -> anyhow::Result<Command> {
        let mut line = Vec::new();
        self.reader.read_until(b'\n', &mut line).await?;
        Ok(Command { args: vec![line] })
    }
}

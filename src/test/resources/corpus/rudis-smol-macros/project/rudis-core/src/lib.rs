// rta corpus model of rudis-core/src/lib.rs (AxlLind/rudis 241fc33): package `rudis`, the
// synchronous command engine (no async, no runtime).
use std::collections::HashMap;
use std::io::Write;

pub type ByteString = Vec<u8>;

pub enum Response {
    String(ByteString),
    Number(i64),
    Nil,
}

pub struct Command {
    pub args: Vec<ByteString>,
}

impl std::fmt::Display for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} args", self.args.len())
    }
}

#[derive(Default)]
pub struct Database {
    data: HashMap<ByteString, ByteString>,
}

pub fn execute_command(db: &mut Database, cmd: Command) -> anyhow::Result<Response> {
    let key = cmd.args.first().cloned().unwrap_or_default();
    Ok(match db.data.get(&key) {
        Some(v) => Response::String(v.clone()),
        None => Response::Nil,
    })
}

pub fn write_response(buf: &mut impl Write, res: Response) -> anyhow::Result<()> {
    match res {
        Response::String(s) => {
            buf.write_all(b"+")?;
            buf.write_all(&s)?;
            buf.write_all(b"\r\n")?;
        }
        Response::Number(n) => write!(buf, ":{n}\r\n")?,
        Response::Nil => buf.write_all(b"$-1\r\n")?,
    }
    Ok(())
}

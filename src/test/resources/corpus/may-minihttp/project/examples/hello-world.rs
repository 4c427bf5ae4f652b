// rta reduction of examples/hello-world.rs
use may_minihttp::{HttpServer, HttpService};
use std::io;

#[derive(Clone)]
struct HelloWorld;

impl HttpService for HelloWorld {
    fn call(&mut self, _req: &[u8], rsp: &mut Vec<u8>) -> io::Result<()> {
        rsp.extend_from_slice(b"Hello, world!");
        Ok(())
    }
}

fn main() {
    let server = HttpServer(HelloWorld).start("127.0.0.1:8080").unwrap();
    server.join().unwrap();
}

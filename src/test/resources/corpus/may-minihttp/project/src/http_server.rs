// rta reduction of src/http_server.rs: may coroutines (go!) over may::net::TcpListener;
// the service API is synchronous (fn call), I/O blocks the coroutine, not the thread
use std::io;
use std::net::ToSocketAddrs;

use may::net::{TcpListener, TcpStream};
use may::{coroutine, go};

pub trait HttpService {
    fn call(&mut self, req: &[u8], rsp: &mut Vec<u8>) -> io::Result<()>;
}

pub struct HttpServer<T>(pub T);

fn each_connection_loop<T: HttpService>(stream: &mut TcpStream, mut service: T) -> io::Result<()> {
    use std::io::{Read, Write};
    let mut buf = [0u8; 4096];
    let n = stream.read(&mut buf)?;
    let mut rsp = Vec::new();
    service.call(&buf[..n], &mut rsp)?;
    stream.write_all(&rsp)
}

impl<T: HttpService + Clone + Send + Sync + 'static> HttpServer<T> {
    pub fn start<L: ToSocketAddrs>(self, addr: L) -> io::Result<coroutine::JoinHandle<()>> {
        let listener = TcpListener::bind(addr)?;
        let service = self.0;
        go!(
            coroutine::Builder::new().name("TcpServer".to_owned()),
            move || {
                for stream in listener.incoming() {
                    let mut stream = match stream { Ok(s) => s, Err(_) => continue };
                    let service = service.clone();
                    go!(move || {
                        let _ = each_connection_loop(&mut stream, service);
                    });
                }
            }
        )
    }
}

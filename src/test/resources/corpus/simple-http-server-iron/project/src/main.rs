// rta corpus model of src/main.rs (simple-http-server 1ee025e): a synchronous Iron (hyper 0.10)
// static file server; Iron runs its own pool of OS worker threads.
mod middlewares;
mod util;

use std::path::PathBuf;

use iron::status;
use iron::{Chain, Handler, Iron, IronResult, Request, Response};
use iron_cors::CorsMiddleware;

use middlewares::{AuthChecker, CompressionHandler, RequestLogger};

fn main() {
    let matches = clap::App::new("Simple HTTP(s) Server")
        .arg(clap::Arg::with_name("threads").short("t").long("threads").default_value("3").help("How many worker threads"))
        .get_matches();
    let threads = matches.value_of("threads").unwrap().parse::<u8>().unwrap();
    let addr = "0.0.0.0:8000".to_string();

    if matches.is_present("open") {
        // upstream main.rs:276 — opens the browser, std::process underneath
        let _ = open::that(format!("http://{addr}"));
    }

    let mut chain = Chain::new(MainHandler { root: PathBuf::from(".") });
    chain.link_around(CorsMiddleware::with_allow_any());
    chain.link_before(AuthChecker::new("user:pass".to_string()).unwrap());
    chain.link_after(CompressionHandler);
    chain.link_after(RequestLogger {});

    // upstream main.rs:391-412
    let mut server = Iron::new(chain);
    server.threads = threads as usize;

    #[cfg(feature = "native-tls")]
    let rv = {
        use hyper_native_tls::NativeTlsServer;
        let ssl = NativeTlsServer::new("cert.p12", "").unwrap();
        server.https(&addr, ssl)
    };
    #[cfg(not(feature = "native-tls"))]
    let rv = server.http(&addr);

    if let Err(e) = rv {
        eprintln!("ERROR: Can not bind on {addr}, {e}");
        std::process::exit(1);
    }
}

struct MainHandler {
    root: PathBuf,
}

// upstream main.rs:449 — sync handler, std::fs I/O on Iron's worker threads
impl Handler for MainHandler {
    fn handle(&self, req: &mut Request) -> IronResult<Response> {
        let fs_path = self.root.join(req.url.path().join("/"));
        match std::fs::read(&fs_path) {
            Ok(bytes) => Ok(Response::with((status::Ok, bytes))),
            Err(_) => Ok(Response::with(status::NotFound)),
        }
    }
}

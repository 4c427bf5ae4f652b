// rta reduction of src/lib.rs
mod http_server;

pub use http_server::{HttpServer, HttpService};

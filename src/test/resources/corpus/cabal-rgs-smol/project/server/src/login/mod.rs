// rta reduction of server/src/login/mod.rs: a std::sync::Mutex whose guard is a statement
// temporary, released before the following .await (upstream lines 39, 210-229)
use smol::{Async, Timer};
use std::collections::HashMap;
use std::net::TcpListener;
use std::sync::Mutex;
use std::time::Duration;

pub struct Listener {
    _tcp_listener: Async<TcpListener>,
    authenticated_connections: Mutex<HashMap<u32, u16>>,
}

impl Listener {
    pub fn new(tcp_listener: Async<TcpListener>) -> Self {
        Listener { _tcp_listener: tcp_listener, authenticated_connections: Mutex::new(HashMap::new()) }
    }

    pub async fn set_authenticated_connection_idx(&self, user_id: u32, conn_idx: u16) {
        let prev_conn_idx = self
            .authenticated_connections
            .lock()
            .unwrap()
            .insert(user_id, conn_idx);
        if let Some(_prev_conn_idx) = prev_conn_idx {
            Timer::after(Duration::from_millis(10)).await;
        }
    }
}

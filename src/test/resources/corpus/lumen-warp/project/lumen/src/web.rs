// rta reduction of lumen/src/web.rs: warp server
use std::net::SocketAddr;
use warp::{self, Filter};
use common::SharedState;

pub async fn start_webserver<A: Into<SocketAddr> + 'static>(bind_addr: A, shared_state: SharedState) {
    let _ = shared_state;
    let routes = warp::path::end().map(|| "lumen");
    warp::serve(routes)
        .run(bind_addr).await;
}

// rta reduction of lumen/src/main.rs at 1babcc9 (before the fix of issue #19)
use clap::{Arg, App};
use std::sync::Arc;
use tokio::net::TcpListener;
use common::SharedState;
use common::db::Database;

mod web;

async fn serve(listener: TcpListener, state: SharedState) {
    loop {
        let (client, _addr) = match listener.accept().await {
            Ok(v) => v,
            Err(_) => continue,
        };
        let state = state.clone();
        tokio::spawn(async move {
            let _ = (&state, client);
        });
    }
}

async fn maintenance(state: std::sync::Weak<common::SharedState_>) {
    let mut timer = tokio::time::interval(std::time::Duration::from_secs(10));
    loop {
        timer.tick().await;
        if state.upgrade().is_none() { break; }
    }
}

fn main() {
    let _matches = App::new("lumen")
        .arg(Arg::with_name("config").short("c").takes_value(true))
        .get_matches();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = rt.block_on(async { Database::open().await.unwrap() });
    let state = Arc::new(common::SharedState_ { db });
    rt.spawn(maintenance(Arc::downgrade(&state)));

    // BUG (issue #19): spawned from the sync main thread, which is not inside the
    // runtime context -> "there is no reactor running". Fixed upstream by rt.spawn.
    let bind_addr: std::net::SocketAddr = ([0, 0, 0, 0], 8082).into();
    let web_state = state.clone();
    tokio::task::spawn(async move {
        web::start_webserver(bind_addr, web_state).await;
    });

    let async_server = async {
        let server = TcpListener::bind("0.0.0.0:1234").await.unwrap();
        serve(server, state.clone()).await;
    };
    let ctrlc = tokio::signal::ctrl_c();
    let racey = async move {
        tokio::select! {
            _ = async_server => {},
            _ = ctrlc => {},
        }
    };
    rt.block_on(racey);
}

// rta reduction of server/src/main.rs: sync main binds smol Async<TcpListener>s,
// spawns listeners on a thread-local executor, then blocks forever in run_until
use futures::future;
use server::executor;
use smol::Async;
use std::net::TcpListener;

fn main() {
    #[cfg(feature = "event")]
    {
        let sock = Async::<TcpListener>::bind(([127, 0, 0, 1], 38171)) //
            .expect("Cannot bind to 38171");
        let mut event_mgr_listener = server::event::Listener::new(sock);
        executor::spawn_local(async move { event_mgr_listener.listen().await }).detach();
    }

    #[cfg(feature = "login")]
    {
        let sock = Async::<TcpListener>::bind(([0, 0, 0, 0], 38101)) //
            .expect("Cannot bind to 38101");
        let listener = std::sync::Arc::new(server::login::Listener::new(sock));
        executor::spawn_local(async move { listener.set_authenticated_connection_idx(1, 2).await }).detach();
    }

    executor::run_until(future::pending::<()>());
}

// rta reduction of server/src/lib.rs: the `executor` module (upstream lines 40-72)
#[cfg(feature = "event")]
pub mod event;
#[cfg(feature = "login")]
pub mod login;

pub mod executor {
    use async_executor::StaticLocalExecutor;
    use futures::Future;
    use smol::Task;

    thread_local! {
        static ASYNC_EX: StaticLocalExecutor = const { StaticLocalExecutor::new() };
    }

    pub fn spawn_local<F: Future<Output = T> + 'static, T: 'static>(future: F) -> Task<T> {
        let ex: &'static StaticLocalExecutor =
            ASYNC_EX.with(|ex| unsafe { std::mem::transmute(ex) });
        ex.spawn(future)
    }

    pub fn run_until<F: Future<Output = T> + 'static, T: 'static + Send>(future: F) -> T {
        ASYNC_EX.with(|ex| futures::executor::block_on(ex.run(future)))
    }
}

// rta reduction of src/clients/blocking_client.rs: a sync facade that owns a
// current_thread Runtime and calls block_on from plain (non-async) methods.
use tokio::net::ToSocketAddrs;
use tokio::runtime::Runtime;

pub struct BlockingClient {
    inner: crate::clients::Client,
    rt: Runtime,
}

impl BlockingClient {
    pub fn connect<T: ToSocketAddrs>(addr: T) -> crate::Result<BlockingClient> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let inner = rt.block_on(crate::clients::Client::connect(addr))?;
        Ok(BlockingClient { inner, rt })
    }

    pub fn get(&mut self, key: &str) -> crate::Result<Option<Vec<u8>>> {
        self.rt.block_on(self.inner.get(key))
    }
}

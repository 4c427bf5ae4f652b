// rta reduction of src/clients/client.rs: async client over tokio::net::TcpStream
use tokio::net::{TcpStream, ToSocketAddrs};

pub struct Client {
    _stream: TcpStream,
}

impl Client {
    pub async fn connect<T: ToSocketAddrs>(addr: T) -> crate::Result<Client> {
        let socket = TcpStream::connect(addr).await?;
        Ok(Client { _stream: socket })
    }

    pub async fn ping(&mut self) -> crate::Result<()> {
        Ok(())
    }

    pub async fn get(&mut self, _key: &str) -> crate::Result<Option<Vec<u8>>> {
        Ok(None)
    }
}

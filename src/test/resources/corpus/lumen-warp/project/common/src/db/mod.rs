// rta reduction of common/src/db/mod.rs: tokio-postgres client, connection driven by tokio::spawn
use tokio_postgres::{Client, NoTls};
use tokio::sync::RwLock;
use std::collections::HashMap;

pub struct Database {
    _conn: Client,
    _cache: RwLock<HashMap<String, tokio_postgres::Statement>>,
}

impl Database {
    pub async fn open() -> Result<Self, tokio_postgres::Error> {
        let client = Self::connect_plain("host=localhost").await?;
        Ok(Database { _conn: client, _cache: RwLock::new(HashMap::new()) })
    }

    async fn connect_plain(conn_info: &str) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        let (client, conn) = tokio_postgres::connect(conn_info, NoTls).await?;
        tokio::spawn(async {
            let _ = conn.await;
        });
        Ok(client)
    }
}

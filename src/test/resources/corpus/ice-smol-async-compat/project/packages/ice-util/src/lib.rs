// rta corpus model of packages/ice-util/src/lib.rs (AzurIce/ice 9e369d3)
use std::path::Path;

use futures_util::StreamExt;
use smol::io::AsyncWriteExt;

pub mod fs {
    pub fn get_sha1_hash(path: impl AsRef<std::path::Path>) -> Result<String, std::io::Error> {
        let bytes = std::fs::read(path)?;
        Ok(format!("{}", bytes.len()))
    }
}

// upstream lib.rs:27-61 — reqwest (needs Tokio) + smol::fs; callers wrap it in Compat
pub async fn download_from_url<S: AsRef<str>, P: AsRef<Path>>(
    url: S,
    path: P,
    on_progress: impl Fn((u64, u64)),
) -> Result<(), anyhow::Error> {
    let path = path.as_ref();
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let res = reqwest::get(url.as_ref()).await?;
    let total = res.content_length().unwrap_or(0);
    let mut file = smol::fs::File::create(path).await?;
    let mut stream = res.bytes_stream();
    let mut done = 0;
    while let Some(bytes) = stream.next().await {
        let bytes = bytes?;
        file.write_all(&bytes).await?;
        done += bytes.len() as u64;
        on_progress((done, total));
    }
    file.sync_all().await?;
    Ok(())
}

#[cfg(test)]
mod test {
    // upstream lib.rs:71
    #[tokio::test]
    async fn test_download_from_url() {
        crate::download_from_url("https://cdn.modrinth.com/x.jar", "test/1.jar", |_| ()).await.unwrap();
    }
}

use tokio::fs;
use std::path::{Path, PathBuf};

pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub async fn open(dir: &Path) -> std::io::Result<Self> {
        if !tokio::fs::metadata(&dir).await.is_ok() {
            fs::create_dir_all(dir).await?;
        }
        let canonical = tokio::fs::canonicalize(&dir).await?;
        Ok(Store { dir: canonical })
    }

    pub async fn size(&self, name: &str) -> std::io::Result<u64> {
        let file = self.dir.join(name);
        if tokio::fs::metadata(&file).await.map(|m| m.is_file()).unwrap_or(false) && !tokio::fs::metadata(&self.dir.join("lock")).await.map(|m| m.is_dir()).unwrap_or(false) {
            Ok(tokio::fs::metadata(&file).await?.len())
        } else {
            Ok(tokio::fs::symlink_metadata(&std::path::Path::new("/dev/null")).await?.len())
        }
    }

    pub async fn list(&self) -> std::io::Result<usize> {
        let mut entries = self.dir.read_dir().await?;
        let mut n = 0;
        while let Some(_entry) = futures_lite_next(&mut entries).await {
            n += 1;
        }
        Ok(n)
    }

    pub async fn report(&self) {
        println!("{} exists: {}", self.dir.display(), tokio::fs::metadata(&self.dir).await.is_ok());
    }

    pub fn blocking_exists(&self, other: &std::path::Path) -> bool {
        other.exists() && self.dir.as_path().starts_with(other)
    }
}

async fn futures_lite_next<T>(_: &mut T) -> Option<()> {
    None
}

pub async fn checks(dir: &Path, raw: &[u8]) -> anyhow::Result<()> {
    assert!(tokio::fs::metadata(&dir).await.is_ok(), "{} is missing", dir.display());
    anyhow::ensure!(!tokio::fs::metadata(&dir.join("lock")).await.map(|m| m.is_file()).unwrap_or(false), "locked");
    assert_eq!(tokio::fs::read(dir.join("x")).await?, raw);
    let n = parse(&raw[..]);
    tracing::info!(?n, "parsed");
    my_macro!(dir => async_std::task::sleep);
    Ok(())
}

use smol::fs;
use std::path::{Path, PathBuf};

pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub async fn open(dir: &Path) -> std::io::Result<Self> {
        if !smol::fs::metadata(&dir).await.is_ok() {
            fs::create_dir_all(dir).await?;
        }
        let canonical = smol::fs::canonicalize(&dir).await?;
        Ok(Store { dir: canonical })
    }

    pub async fn size(&self, name: &str) -> std::io::Result<u64> {
        let file = self.dir.join(name);
        if smol::fs::metadata(&file).await.map(|m| m.is_file()).unwrap_or(false) && !smol::fs::metadata(&self.dir.join("lock")).await.map(|m| m.is_dir()).unwrap_or(false) {
            Ok(smol::fs::metadata(&file).await?.len())
        } else {
            Ok(smol::fs::symlink_metadata(&std::path::Path::new("/dev/null")).await?.len())
        }
    }

    pub async fn list(&self) -> std::io::Result<usize> {
        let mut entries = smol::fs::read_dir(&self.dir).await?;
        let mut n = 0;
        while let Some(_entry) = futures_lite_next(&mut entries).await {
            n += 1;
        }
        Ok(n)
    }

    pub async fn report(&self) {
        println!("{} exists: {}", self.dir.display(), smol::fs::metadata(&self.dir).await.is_ok());
    }

    pub fn blocking_exists(&self, other: &std::path::Path) -> bool {
        other.exists() && self.dir.as_path().starts_with(other)
    }
}

async fn futures_lite_next<T>(_: &mut T) -> Option<()> {
    None
}

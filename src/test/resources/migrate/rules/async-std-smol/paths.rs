use async_std::fs;
use async_std::path::{Path, PathBuf};

pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub async fn open(dir: &Path) -> std::io::Result<Self> {
        if !dir.exists().await {
            fs::create_dir_all(dir).await?;
        }
        let canonical = dir.canonicalize().await?;
        Ok(Store { dir: canonical })
    }

    pub async fn size(&self, name: &str) -> std::io::Result<u64> {
        let file = self.dir.join(name);
        if file.is_file().await && !self.dir.join("lock").is_dir().await {
            Ok(file.metadata().await?.len())
        } else {
            Ok(async_std::path::Path::new("/dev/null").symlink_metadata().await?.len())
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
        println!("{} exists: {}", self.dir.display(), self.dir.exists().await);
    }

    pub fn blocking_exists(&self, other: &std::path::Path) -> bool {
        other.exists() && self.dir.as_path().starts_with(other)
    }
}

async fn futures_lite_next<T>(_: &mut T) -> Option<()> {
    None
}

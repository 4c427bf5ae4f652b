// rta reduction of src/github/git.rs: async git via tokio::process, plus a sync helper
use tokio::process::Command;

pub struct GitRepo;

impl GitRepo {
    pub fn open() -> Self {
        GitRepo
    }

    pub async fn fetch_commit(&self, sha: &str) -> Option<()> {
        Command::new("git").arg("fetch").arg(sha).status().await.ok()?;
        Some(())
    }

    pub fn authors_of(&self) -> Option<()> {
        use std::process::Command;
        Command::new("git").arg("log").output().ok()?;
        Some(())
    }
}

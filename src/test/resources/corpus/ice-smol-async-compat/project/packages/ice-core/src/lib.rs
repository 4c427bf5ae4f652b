// rta corpus model of packages/ice-core/src/lib.rs (AzurIce/ice 9e369d3)
use std::path::{Path, PathBuf};
use std::process::Command;

use async_compat::Compat;
use ice_api_tool as api;
use ice_util::download_from_url;

pub trait ServerLoaderTrait {
    fn get_latest_installer_url(game_version: &str) -> Result<String, anyhow::Error>;

    // upstream lib.rs:17-41
    fn download_installer<P: AsRef<Path>>(current_dir: P, game_version: &str) -> Result<PathBuf, anyhow::Error> {
        let url = Self::get_latest_installer_url(game_version)?;
        let installer_path = current_dir.as_ref().join(".ice").join("installer.jar");
        smol::block_on(Compat::new(download_from_url(url.as_str(), &installer_path, |_| {})))?;
        Ok(installer_path)
    }

    fn install_cmd(current_dir: &Path, installer_path: &Path, game_version: &str) -> Command;

    fn install<P: AsRef<Path>, S: AsRef<str>>(current_dir: P, game_version: S) -> Result<(), anyhow::Error> {
        let current_dir = current_dir.as_ref();
        let installer_path = Self::download_installer(current_dir, game_version.as_ref())?;
        Self::install_cmd(current_dir, &installer_path, game_version.as_ref()).status()?;
        Ok(())
    }
}

pub struct QuiltLoader;

impl ServerLoaderTrait for QuiltLoader {
    // upstream lib.rs:75-77
    fn get_latest_installer_url(_game_version: &str) -> Result<String, anyhow::Error> {
        smol::block_on(Compat::new(api::fabric::get_latest_installer_url()))
    }
    fn install_cmd(current_dir: &Path, installer_path: &Path, game_version: &str) -> Command {
        let mut cmd = Command::new("java");
        cmd.current_dir(current_dir).arg("-jar").arg(installer_path).arg(game_version);
        cmd
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum ServerLoader {
    Quilt,
}

impl ServerLoader {
    pub fn install(&self, current_dir: &Path, game_version: &str) -> Result<(), anyhow::Error> {
        match self {
            ServerLoader::Quilt => QuiltLoader::install(current_dir, game_version),
        }
    }
}

impl std::fmt::Display for ServerLoader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "quilt")
    }
}

// rta corpus model of src/bin/cli/server.rs (AzurIce/ice 9e369d3)
use std::path::Path;

use async_compat::Compat;
use ice_api_tool::mojang::get_latest_version;
use ice_core::{ServerLoader, ServerLoaderTrait};
use ice_server::{config::Config, Core};

// upstream server.rs:10-17 — std::fs in an async fn
pub async fn new(name: impl AsRef<str>, current_dir: impl AsRef<Path>) {
    let dir = current_dir.as_ref().join(name.as_ref());
    std::fs::create_dir_all(&dir).unwrap();
    init_dir(dir);
}

pub async fn init(current_dir: impl AsRef<Path>) {
    init_dir(current_dir);
}

// upstream server.rs:26-55 — sync, but reached from async ServerCommands::exec
pub fn install(current_dir: impl AsRef<Path>, game_version: Option<String>, loader: ServerLoader) {
    let current_dir = current_dir.as_ref();
    let game_version = game_version.unwrap_or(
        smol::block_on(Compat::new(get_latest_version())).expect("failed to get latest game version"),
    );
    let mut input = String::new();
    std::io::stdin().read_line(&mut input).unwrap();
    loader.install(current_dir, &game_version).expect("failed to install");
}

// upstream server.rs:57-73
pub async fn run(current_dir: impl AsRef<Path>) {
    let current_dir = current_dir.as_ref();
    let config = Config::load(current_dir.join("Ice.toml")).unwrap();
    Core::run(config, current_dir).await;
}

pub fn init_dir(dir: impl AsRef<Path>) {
    std::fs::write(dir.as_ref().join("Ice.toml"), "").unwrap();
}

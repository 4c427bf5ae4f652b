// rta corpus model of src/bin/cli/mod.rs (AzurIce/ice 9e369d3)
mod modrinth;
mod server;

use clap::{Parser, Subcommand};
use ice_core::ServerLoader;
use std::{env, path::{Path, PathBuf}};

#[derive(Parser)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Commands,
    #[arg(short, long)]
    working_dir: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Commands {
    #[command(subcommand)]
    Mod(ModCommands),
    #[command(subcommand)]
    Server(ServerCommands),
}

#[derive(Subcommand)]
pub enum ModCommands {
    Sync,
}

#[derive(Subcommand)]
pub enum ServerCommands {
    New { name: String },
    Init,
    Install {
        #[arg(short, long)]
        version: Option<String>,
        #[arg(short, long, default_value_t = ServerLoader::Quilt, value_enum)]
        loader: ServerLoader,
    },
    Run,
}

impl ModCommands {
    pub async fn exec(self, current_dir: &Path) {
        match self {
            ModCommands::Sync => modrinth::sync(current_dir).await,
        }
    }
}

impl ServerCommands {
    // upstream mod.rs:105-121
    pub async fn exec<P: AsRef<Path>>(self, current_dir: P) {
        let current_dir = current_dir.as_ref();
        match self {
            ServerCommands::New { name } => server::new(name, current_dir).await,
            ServerCommands::Init => server::init(current_dir).await,
            // upstream :115 — a sync fn called from this async fn; it calls smol::block_on
            ServerCommands::Install { version, loader } => server::install(current_dir, version, loader),
            ServerCommands::Run => server::run(current_dir).await,
        }
    }
}

impl Cli {
    pub async fn exec(self) {
        let current_dir = self.working_dir.unwrap_or(env::current_dir().unwrap());
        match self.command {
            Commands::Mod(command) => command.exec(&current_dir).await,
            Commands::Server(command) => command.exec(current_dir).await,
        }
    }
}

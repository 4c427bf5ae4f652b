// rta corpus model of packages/ice-server/src/server/mod.rs (AzurIce/ice 9e369d3)
use std::path::PathBuf;

use crate::config::Config;

#[derive(Clone)]
pub enum Event {
    PluginDelayCall { delay_ms: u64 },
    ServerDone,
}

#[derive(Clone)]
pub struct Server {
    jar_dir: PathBuf,
    config: Config,
    event_tx: smol::channel::Sender<Event>,
}

impl Server {
    pub fn new(jar_dir: PathBuf, config: Config, event_tx: smol::channel::Sender<Event>) -> Self {
        Self { jar_dir, config, event_tx }
    }

    // upstream server/mod.rs:72-79 — sync API used from Rhai plugin callbacks
    pub fn delay_call(&self, delay_ms: i64) {
        smol::block_on(self.event_tx.send(Event::PluginDelayCall { delay_ms: delay_ms as u64 })).unwrap();
    }
}

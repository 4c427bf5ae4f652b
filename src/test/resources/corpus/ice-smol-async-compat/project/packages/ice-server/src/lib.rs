// rta corpus model of packages/ice-server/src/lib.rs (AzurIce/ice 9e369d3)
use std::{
    collections::HashMap,
    path::Path,
    sync::{mpsc, Arc, Mutex},
    thread,
    time::Duration,
};

pub mod config;
pub mod plugin;
pub mod server;

use config::Config;
use plugin::Plugin;
use server::{Event, Server};

pub struct Core {
    commands: HashMap<String, String>,
    server: Server,
}

impl Core {
    // upstream lib.rs:70-238
    pub async fn run<P: AsRef<Path>>(config: Config, root_dir: P) {
        let (event_tx, event_rx) = smol::channel::unbounded::<Event>();
        let server = Server::new(root_dir.as_ref().join("server"), config, event_tx.clone());

        let (output_tx, output_rx) = smol::channel::unbounded::<String>();
        smol::spawn(async move {
            while let Ok(buf) = output_rx.recv().await {
                println!("{buf}")
            }
        })
        .detach();
        let _ = output_tx;

        let plugins: Vec<Box<dyn Plugin>> = Vec::new();
        let plugins = Arc::new(Mutex::new(plugins));
        let (command_tx, command_rx) = mpsc::channel::<String>();

        // upstream :155 — stdin forwarding on an OS thread
        let _command_tx = command_tx.clone();
        thread::spawn(move || {
            let mut buf = String::new();
            while let Ok(_n) = std::io::stdin().read_line(&mut buf) {
                _command_tx.send(buf.clone()).unwrap();
                buf.clear();
            }
        });

        // upstream :173-222
        let _event_tx = event_tx.clone();
        smol::spawn(async move {
            while let Ok(event) = event_rx.recv().await {
                if let Event::PluginDelayCall { delay_ms } = event {
                    let _event_tx = _event_tx.clone();
                    smol::spawn(async move {
                        smol::Timer::after(Duration::from_millis(delay_ms)).await;
                        _event_tx.send(Event::ServerDone).await.unwrap();
                    })
                    .detach();
                }
                // std Mutex guard lives for the loop; no .await inside
                for plugin in plugins.lock().unwrap().iter_mut() {
                    plugin.handle_event();
                }
            }
        })
        .detach();

        let mut core = Core { commands: HashMap::new(), server };

        // upstream :235-237 — blocking std::sync::mpsc recv inside this async fn
        while let Ok(command) = command_rx.recv() {
            core.handle_command(command);
        }
    }

    fn handle_command(&mut self, command: String) {
        let _ = (self.commands.get(&command), &self.server);
    }
}

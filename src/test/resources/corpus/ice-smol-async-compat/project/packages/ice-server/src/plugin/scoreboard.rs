// rta corpus model of packages/ice-server/src/plugin/scoreboard.rs (AzurIce/ice 9e369d3).
// Deprecated and no longer constructed (its init call is commented out in lib.rs), but compiled.
use std::sync::{Arc, Mutex};

use crate::server::Server;

pub enum Events {
    ChangeSidebarObjective(String),
}

pub struct ScoreBoard {
    event_tx: smol::channel::Sender<Events>,
    server: Server,
}

impl ScoreBoard {
    // upstream scoreboard.rs:22-46
    pub async fn init(server: Server) -> Self {
        let (event_tx, _event_rx) = smol::channel::unbounded::<Events>();
        let objectives: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));

        let _event_tx = event_tx.clone();
        let _objectives = objectives.clone();
        smol::spawn(async move {
            let mut index = 0;
            loop {
                {
                    let _objectives = _objectives.lock().unwrap();
                    if let Some(objective) = _objectives.get(index).cloned() {
                        // upstream :36 — smol::block_on inside a spawned async block
                        smol::block_on(_event_tx.send(Events::ChangeSidebarObjective(objective))).unwrap();
                        index = (index + 1) % _objectives.len();
                    } else {
                        index = 0;
                    }
                }
                smol::Timer::after(std::time::Duration::from_secs(10)).await;
            }
        })
        .detach();

        Self { event_tx, server }
    }
}

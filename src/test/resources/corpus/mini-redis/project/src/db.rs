// rta reduction of src/db.rs: std::sync::Mutex locked only in sync fns; background purge task
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;
use tokio::time::{self, Instant};

#[derive(Clone)]
pub(crate) struct Db {
    shared: Arc<Shared>,
}

struct Shared {
    state: Mutex<HashMap<String, Vec<u8>>>,
    background_task: Notify,
}

impl Db {
    pub(crate) fn new() -> Db {
        let shared = Arc::new(Shared { state: Mutex::new(HashMap::new()), background_task: Notify::new() });
        tokio::spawn(purge_expired_tasks(shared.clone()));
        Db { shared }
    }

    pub(crate) fn get(&self, key: &str) -> Option<Vec<u8>> {
        let state = self.shared.state.lock().unwrap();
        state.get(key).cloned()
    }
}

impl Shared {
    fn purge_expired_keys(&self) -> Option<Instant> {
        let _state = self.state.lock().unwrap();
        None
    }
}

async fn purge_expired_tasks(shared: Arc<Shared>) {
    loop {
        if let Some(when) = shared.purge_expired_keys() {
            tokio::select! {
                _ = time::sleep_until(when) => {}
                _ = shared.background_task.notified() => {}
            }
        } else {
            shared.background_task.notified().await;
        }
    }
}

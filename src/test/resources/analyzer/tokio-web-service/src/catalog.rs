use axum::extract::Path;
use std::thread;

pub async fn item(Path(id): Path<u64>) -> String {
    // A blocking sleep in a handler stalls a worker thread.
    thread::sleep(std::time::Duration::from_millis(5));
    format!("item {id}")
}

pub async fn refresh() {
    let data = tokio::fs::read_to_string("catalog.json").await.unwrap_or_default();
    let _ = data.len();
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn sleeps_in_tests_are_fine() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

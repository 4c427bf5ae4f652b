use async_std::task;
use std::time::Duration;

#[derive(serde::Deserialize)]
struct Status {
    ok: bool,
}

#[async_std::main]
async fn main() {
    loop {
        // reqwest needs a Tokio reactor: this panics under async-std
        let status: Status = reqwest::get("http://127.0.0.1:9000/status").await.unwrap().json().await.unwrap();
        println!("{}", status.ok);
        task::sleep(Duration::from_secs(5)).await;
    }
}

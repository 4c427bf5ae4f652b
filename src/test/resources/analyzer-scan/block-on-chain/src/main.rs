mod handlers;
mod store;

use store::Store;

#[tokio::main]
async fn main() {
    let config = load_config();
    let store = Store::open();
    let _ = store.get("key");
    first();
    outer();
    tokio::task::spawn_blocking(|| load_config()).await.unwrap();
    handlers::handle().await;
    println!("{config}");
}

fn load_config() -> String {
    read_remote()
}

fn read_remote() -> String {
    let response = futures::executor::block_on(reqwest::get("https://example.com/config")).unwrap();
    format!("{}", response.status())
}

fn first() {
    second();
}

fn second() {
    third();
}

fn third() {
    futures::executor::block_on(async {});
}

fn outer() {
    first();
}

fn offline() {
    futures::executor::block_on(async { 1 });
}

pub fn cli() {
    offline();
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn loads() {
        super::offline();
    }
}

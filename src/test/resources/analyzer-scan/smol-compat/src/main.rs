use async_compat::{Compat, CompatExt};

fn main() {
    smol::block_on(Compat::new(async {
        let body = reqwest::get("https://www.rust-lang.org").await.unwrap();
        println!("{}", body.status());
    }));
    smol::block_on(fetch().compat());
    smol::block_on(fetch());
}

async fn fetch() {
    let _ = reqwest::get("https://www.rust-lang.org").await;
}

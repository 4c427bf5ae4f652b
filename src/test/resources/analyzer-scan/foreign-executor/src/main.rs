use futures::executor::block_on;
use reqwest::Client;

mod api;

fn main() {
    let page = block_on(reqwest::get("https://example.com"));
    let client = Client::new();
    let sent = pollster::block_on(client.get("https://example.com").send());
    let len = futures::executor::block_on(api::fetch_len("https://example.com"));
    let wrapped = block_on(async_compat::Compat::new(reqwest::get("https://example.com")));
    let answer = block_on(api::compute());
    let blocking = block_on(async { reqwest::blocking::get("https://example.com") });
    let rows = block_on(api::count_rows());
    println!("{page:?} {sent:?} {len} {wrapped:?} {answer} {blocking:?} {rows}");
}

fn with_client(client: &reqwest::Client) {
    let _ = pollster::block_on(client.get("https://example.com").send());
}

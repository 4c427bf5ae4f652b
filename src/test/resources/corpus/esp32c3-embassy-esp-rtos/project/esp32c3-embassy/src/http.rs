// rta corpus model of esp32c3-embassy/src/http.rs: no_std HTTP client (reqwless over embassy-net TCP)
use embassy_net::tcp::client::{TcpClient, TcpClientState};
use reqwless::client::HttpClient;
use reqwless::request::Method;

pub async fn send_request(stack: embassy_net::Stack<'static>, url: &str) -> Result<(), reqwless::Error> {
    let state = TcpClientState::<1, 4096, 4096>::new();
    let tcp = TcpClient::new(stack, &state);
    let dns = embassy_net::dns::DnsSocket::new(stack);
    let mut client = HttpClient::new(&tcp, &dns);
    let mut buffer = [0_u8; 4096];
    let mut request = client.request(Method::GET, url).await?;
    let _response = request.send(&mut buffer).await?;
    Ok(())
}

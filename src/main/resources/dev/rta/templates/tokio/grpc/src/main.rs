//! A gRPC server on tonic 0.14 and Tokio. Usage: `{{name}} [ADDRESS]` (default 127.0.0.1:50051).

use tonic::transport::Server;
use tonic::{Request, Response, Status};

pub mod hello {
    tonic::include_proto!("hello");
}

use hello::greeter_server::{Greeter, GreeterServer};
use hello::{HelloReply, HelloRequest};

#[derive(Debug, Default)]
struct MyGreeter;

#[tonic::async_trait]
impl Greeter for MyGreeter {
    async fn say_hello(&self, request: Request<HelloRequest>) -> Result<Response<HelloReply>, Status> {
        let name = request.into_inner().name;
        Ok(Response::new(HelloReply { message: format!("Hello {}!", name) }))
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let address = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:50051".to_string()).parse()?;
    println!("listening on {}", address);
    Server::builder()
        .add_service(GreeterServer::new(MyGreeter))
        .serve(address)
        .await?;
    Ok(())
}

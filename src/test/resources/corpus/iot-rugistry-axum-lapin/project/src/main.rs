// rta corpus model of src/main.rs (galah92/iot-rugistry d43d061): axum server on Tokio that also
// consumes RabbitMQ with lapin. Note: ConnectionProperties::default() — no Tokio executor/reactor
// is configured here, so lapin falls back to its defaults (async-global-executor + async-io).
use axum::{extract::State, response::Html, routing::get, Router};
use lapin::{
    message::DeliveryResult,
    options::{BasicAckOptions, BasicConsumeOptions, QueueDeclareOptions},
    types::FieldTable,
    Connection, ConnectionProperties,
};
use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

#[tokio::main]
async fn main() {
    // upstream main.rs:45-48
    let options = ConnectionProperties::default();
    let connection = Connection::connect("amqp://rabbitmq", options).await.unwrap();
    let channel = connection.create_channel().await.unwrap();

    let _queue = channel
        .queue_declare("queue_test", QueueDeclareOptions::default(), FieldTable::default())
        .await
        .unwrap();
    let consumer = channel
        .basic_consume("queue_test", "tag_foo", BasicConsumeOptions::default(), FieldTable::default())
        .await
        .unwrap();

    let count = Arc::new(Mutex::new(0));

    // upstream main.rs:72-95 — the delegate future is run by lapin's executor
    let consumer_count = count.clone();
    consumer.set_delegate(move |delivery: DeliveryResult| {
        let count = consumer_count.clone();
        async move {
            let Ok(Some(delivery)) = delivery else { return };
            {
                let mut count = count.lock().unwrap();
                *count += 1;
            }
            delivery.ack(BasicAckOptions::default()).await.unwrap();
        }
    });

    // upstream main.rs:97-108
    let app = Router::new()
        .route("/", get(handler))
        .route("/healthcheck", get(healthcheck))
        .route("/count", get(display_count))
        .with_state(count.clone());

    let addr = SocketAddr::from(([127, 0, 0, 1], 3000));
    axum::Server::bind(&addr).serve(app.into_make_service()).await.unwrap();
}

async fn handler() -> Html<&'static str> {
    Html("<h1>Hello, World!</h1>")
}

async fn healthcheck() {}

// upstream main.rs:117-120 — std Mutex guard, no await after it
async fn display_count(State(count): State<Arc<Mutex<i32>>>) -> String {
    let count = count.lock().unwrap();
    format!("The count is {count}")
}

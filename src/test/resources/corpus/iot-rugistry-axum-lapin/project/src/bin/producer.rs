// rta corpus model of src/bin/producer.rs (galah92/iot-rugistry d43d061): this binary wires lapin
// to Tokio explicitly.
use lapin::{
    options::{BasicPublishOptions, QueueDeclareOptions},
    types::FieldTable,
    BasicProperties, Connection, ConnectionProperties,
};

#[tokio::main]
async fn main() {
    // upstream producer.rs:10-12
    let options = ConnectionProperties::default()
        .with_executor(tokio_executor_trait::Tokio::current())
        .with_reactor(tokio_reactor_trait::Tokio);

    let connection = Connection::connect("amqp://rabbitmq", options).await.unwrap();
    let channel = connection.create_channel().await.unwrap();
    let _queue = channel
        .queue_declare("queue_test", QueueDeclareOptions::default(), FieldTable::default())
        .await
        .unwrap();
    channel
        .basic_publish("", "queue_test", BasicPublishOptions::default(), b"Hello world!", BasicProperties::default())
        .await
        .unwrap()
        .await
        .unwrap();
}

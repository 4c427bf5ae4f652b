mod wire;

pub async fn serve() {
    wire::read().await;
}

// app's [[bin]] "cli", outside app's directory.
#[tokio::main]
async fn main() {
    std::thread::sleep(std::time::Duration::from_millis(3));
}

use tokio::runtime::Builder;

#[tokio::main]
async fn main() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    drop(rt);
    let task = tokio::spawn(async {
        let inner = Builder::new_current_thread().enable_all().build().unwrap();
        inner.block_on(async {});
    });
    task.await.unwrap();
    std::thread::spawn(|| {
        let rt = Builder::new_multi_thread().build().unwrap();
        rt.block_on(async {});
    })
    .join()
    .unwrap();
}

fn build() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap()
}

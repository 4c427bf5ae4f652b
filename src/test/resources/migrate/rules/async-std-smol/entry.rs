use async_std::task;
use std::time::Duration;

#[async_std::main]
async fn main() -> std::io::Result<()> {
    task::sleep(Duration::from_millis(1)).await;
    let t = task::spawn(async { 1 });
    task::spawn(async { println!("background") });
    let v = t.await;
    println!("{}", v);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[async_std::test]
    async fn sleeps() {
        task::sleep(Duration::from_millis(1)).await;
    }
}

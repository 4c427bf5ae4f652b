use std::time::Duration;

fn main() -> std::io::Result<()> { smol::block_on(async {
    smol::Timer::after(Duration::from_millis(1)).await;
    let t = smol::spawn(async { 1 });
    smol::spawn(async { println!("background") }).detach();
    let v = t.await;
    println!("{}", v);
    Ok(())
}) }

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeps() { smol::block_on(async {
        smol::Timer::after(Duration::from_millis(1)).await;
    }) }
}

// No `mod unused;` anywhere: rustc never compiles this file, so rta does not read it.
pub async fn stale() {
    std::thread::sleep(std::time::Duration::from_secs(1));
}

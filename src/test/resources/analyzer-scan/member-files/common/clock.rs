// Shared source, compiled into app through #[path]; not a package.
pub async fn now() {
    std::thread::sleep(std::time::Duration::from_millis(4));
}

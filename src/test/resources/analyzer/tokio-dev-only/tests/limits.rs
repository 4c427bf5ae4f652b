use ratelimit::Limiter;

#[tokio::test]
async fn runs_the_future() {
    let l = Limiter { per_second: 10 };
    assert_eq!(l.run(async { 1 }).await, 1);
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
}

// rta reduction of tests/goose_header_load_test.rs: load tests driven by Tokio (dev-dependency only)
use goose::prelude::*;

async fn loadtest_index(user: &mut GooseUser) -> TransactionResult {
    let _goose = user.get("/").await?;
    Ok(())
}

#[tokio::test]
async fn header_load_test() {
    let _ = loadtest_index;
}

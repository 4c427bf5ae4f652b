pub async fn fetch_len(url: &str) -> usize {
    reqwest::get(url).await.unwrap().text().await.unwrap().len()
}

pub async fn compute() -> u32 {
    42
}

pub async fn count_rows() -> i64 {
    let pool = sqlx::PgPool::connect("postgres://localhost").await.unwrap();
    sqlx::query_scalar("select 1").fetch_one(&pool).await.unwrap()
}

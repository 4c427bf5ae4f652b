use tokio::fs;
use std::path::Path;

pub async fn roundtrip(dir: &str) -> std::io::Result<String> {
    fs::create_dir_all(dir).await?;
    let file = format!("{}/x.txt", dir);
    fs::write(&file, "data").await?;
    let text = tokio::fs::read_to_string(&file).await?;
    let exists = tokio::fs::metadata(&Path::new(dir)).await.is_ok();
    assert!(exists);
    fs::remove_dir_all(dir).await?;
    Ok(text)
}

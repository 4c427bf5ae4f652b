use async_std::fs;
use async_std::path::Path;

pub async fn roundtrip(dir: &str) -> std::io::Result<String> {
    fs::create_dir_all(dir).await?;
    let file = format!("{}/x.txt", dir);
    fs::write(&file, "data").await?;
    let text = async_std::fs::read_to_string(&file).await?;
    let exists = Path::new(dir).exists().await;
    assert!(exists);
    fs::remove_dir_all(dir).await?;
    Ok(text)
}

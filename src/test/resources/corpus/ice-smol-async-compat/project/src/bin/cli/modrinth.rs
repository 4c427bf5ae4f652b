// rta corpus model of src/bin/cli/modrinth.rs (AzurIce/ice 9e369d3)
use std::path::Path;

use futures::{stream, StreamExt};
use ice_api_tool as api;
use ice_util::fs::get_sha1_hash;

// upstream modrinth.rs:127-220 — futures::stream buffer_unordered over reqwest calls
pub async fn sync(current_dir: &Path) {
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(current_dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    let mut stream = stream::iter(files).map(sync_file).buffer_unordered(5);
    while let Some(_res) = stream.next().await {}
}

// upstream modrinth.rs:427-450 — hashing is moved off the executor with smol::unblock
async fn sync_file(path: std::path::PathBuf) -> Result<(), anyhow::Error> {
    let _path = path.clone();
    let hash = smol::unblock(move || get_sha1_hash(_path).unwrap()).await;
    let _version = api::modrinth::get_version_from_hash(&hash).await?;
    Ok(())
}

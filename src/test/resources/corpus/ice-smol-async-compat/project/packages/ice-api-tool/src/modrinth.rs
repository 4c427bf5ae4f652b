// rta corpus model of packages/ice-api-tool/src/modrinth.rs (AzurIce/ice 9e369d3)
const HOST: &str = "https://api.modrinth.com/v2";

pub async fn get_version_from_hash(hash: &str) -> Result<String, anyhow::Error> {
    let res = reqwest::get(format!("{HOST}/version_file/{hash}")).await?;
    Ok(res.text().await?)
}

#[cfg(test)]
mod test {
    use macro_rules_attribute::apply;
    use smol_macros::test;

    use super::*;

    // upstream modrinth.rs:322-330 — reqwest::get directly on smol's test executor
    #[apply(test!)]
    async fn test_loader() {
        let res = reqwest::get("https://api.modrinth.com/v2/tag/loader").await.unwrap();
        let _ = res.text().await.unwrap();
    }

    // upstream modrinth.rs:376 — the one test that uses Tokio's own test runtime
    #[tokio::test]
    async fn test_get_latest_version_from_hash() {
        let _ = get_version_from_hash("1b4e44a74c850d407518bc5cbe33eec9577ad9e9").await;
    }
}

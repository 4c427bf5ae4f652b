// rta corpus model of packages/ice-api-tool/src/mojang.rs (AzurIce/ice 9e369d3)
use std::error::Error;

pub async fn get_latest_version() -> Result<String, Box<dyn Error>> {
    let res = reqwest::get("https://launchermeta.mojang.com/mc/game/version_manifest_v2.json").await?;
    Ok(res.text().await?)
}

#[cfg(test)]
mod test {
    use macro_rules_attribute::apply;
    use smol_macros::test;

    use super::*;

    // upstream mojang.rs:32 — note `test` without `!`
    #[apply(test)]
    async fn test_get_latest_version() {
        let version = get_latest_version().await.unwrap();
        println!("{version}");
    }
}

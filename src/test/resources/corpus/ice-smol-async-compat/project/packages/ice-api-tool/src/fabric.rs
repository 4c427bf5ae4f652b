// rta corpus model of packages/ice-api-tool/src/fabric.rs (AzurIce/ice 9e369d3)
pub async fn get_latest_installer_url() -> Result<String, anyhow::Error> {
    let res = reqwest::get("https://meta.fabricmc.net/v2/versions/installer").await?;
    Ok(res.text().await?)
}

#[cfg(test)]
mod test {
    use macro_rules_attribute::apply;
    use smol_macros::test;

    use super::*;

    // upstream fabric.rs:34-39 — smol test executor, reqwest future not wrapped in Compat
    #[apply(test!)]
    async fn test_get_latest_installer_url() -> Result<(), Box<dyn std::error::Error>> {
        let res = get_latest_installer_url().await;
        println!("{:?}", res);
        Ok(())
    }
}

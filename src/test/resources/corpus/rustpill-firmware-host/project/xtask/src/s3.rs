// rta corpus model of xtask/src/s3.rs (rustpill 909ae85): rust-s3 with its blocking `sync` API
pub fn get_bucket() -> Result<Box<s3::Bucket>, s3::error::S3Error> {
    let region = s3::Region::Custom { region: "eu-central-1".to_string(), endpoint: "https://s3.example".to_string() };
    Ok(Box::new(s3::Bucket::new_public("rustpill-firmwares", region)?))
}

use clap::Parser;

#[derive(Parser)]
struct Args {
    url: String,
    #[arg(long)]
    out: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let body = reqwest::get(&args.url).await?.text().await?;
    match args.out {
        Some(path) => tokio::fs::write(path, body).await?,
        None => println!("{body}"),
    }
    Ok(())
}

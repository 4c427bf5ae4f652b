#[tokio::main]
async fn main() -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn runs() {
        assert_eq!(1 + 1, 2);
    }
}

use async_std::io;

#[async_std::main]
async fn main() -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    #[async_std::test]
    async fn runs() {
        assert_eq!(1 + 1, 2);
    }
}

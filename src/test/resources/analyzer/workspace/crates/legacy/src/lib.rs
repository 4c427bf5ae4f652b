pub async fn old() {}

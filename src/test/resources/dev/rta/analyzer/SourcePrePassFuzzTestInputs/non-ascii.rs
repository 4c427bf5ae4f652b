fn grüße() { let ß = 'é'; let _ = "日本"; tokio::spawn(async {}); }

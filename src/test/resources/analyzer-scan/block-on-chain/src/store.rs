pub struct Store {
    rt: tokio::runtime::Runtime,
}

impl Store {
    pub fn open() -> Store {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {});
        Store { rt }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.rt.block_on(async { Some(key.to_string()) })
    }
}

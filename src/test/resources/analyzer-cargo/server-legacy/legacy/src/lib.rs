pub fn run() { smol::block_on(async {}) }

// No runtime path in this file: the selective parse skips it, the call graph still reads it.

pub async fn handle() {
    let value = crate::load_config();
    println!("{value}");
    super::second();
}

use macro_rules_attribute::apply;
use smol::Executor;
use smol_macros::main;

#[apply(main!)]
async fn main(ex: &Executor<'_>) {
    ex.spawn(async { println!("hello") }).await;
}

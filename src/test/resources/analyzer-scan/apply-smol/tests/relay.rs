use macro_rules_attribute::apply;
use smol_macros::test as smol_test;

#[apply(smol_test!)]
async fn relays() {
    assert_eq!(1 + 1, 2);
}

#[macro_rules_attribute::apply(smol_macros::test!)]
async fn qualified() {}

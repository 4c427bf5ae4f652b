#![cfg_attr(not(feature = "std"), no_std)]
extern crate tokio as rt;
mod inner {
    pub trait T { fn f(&self); }
    impl T for u8 { fn f(&self) { rt::spawn(async {}); } }
    #[cfg(test)]
    mod tests { #[tokio::test] async fn t() { let _ = smol::block_on(async {}); } }
}

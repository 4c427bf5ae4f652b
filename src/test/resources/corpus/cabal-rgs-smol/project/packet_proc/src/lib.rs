// rta reduction of packet_proc/src/lib.rs: a proc-macro crate (no runtime)
use proc_macro::TokenStream;

#[proc_macro_attribute]
pub fn packet(_attr: TokenStream, item: TokenStream) -> TokenStream {
    item
}

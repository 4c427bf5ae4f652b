// rta corpus model of api/rust/pinnacle-api-macros/src/lib.rs (pinnacle e6bdb017).
// A proc-macro crate: it has no runtime of its own; it only *emits* a Tokio entry attribute
// into the user's config function.
use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn};

#[proc_macro_attribute]
pub fn config(_args: TokenStream, item: TokenStream) -> TokenStream {
    let item = parse_macro_input!(item as ItemFn);
    let attrs = item.attrs;
    let vis = item.vis;
    let sig = item.sig;
    let stmts = item.block.stmts;
    let internal_tokio = true;

    let tokio_attr = internal_tokio.then(|| {
        quote! {
            #[::pinnacle_api::tokio::main(crate = "::pinnacle_api::tokio")]
        }
    });

    quote! {
        #(#attrs)*
        #tokio_attr
        #vis #sig {
            let (modules, __fut_receiver) = ::pinnacle_api::connect().await.unwrap();

            #(#stmts)*

            ::pinnacle_api::listen(__fut_receiver).await;
        }
    }
    .into()
}

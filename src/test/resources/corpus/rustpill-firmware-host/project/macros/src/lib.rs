// rta corpus model of macros/src/lib.rs (rustpill 909ae85).
// `#[blocking_async]` on an impl block rewrites every `async fn` into a *sync* fn whose body is
// `pyo3_async_runtimes::tokio::get_runtime().block_on(async move { <original body> })`.
extern crate proc_macro;

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ImplItem, Item};

#[proc_macro_attribute]
pub fn blocking_async(_attr: TokenStream, item: TokenStream) -> TokenStream {
    match parse_macro_input!(item as Item) {
        Item::Impl(mut imp) => {
            for item in &mut imp.items {
                if let ImplItem::Fn(method) = item {
                    if method.sig.asyncness.is_some() {
                        method.sig.asyncness = None;
                        let stmts = &method.block.stmts;
                        method.block = syn::parse_quote! {
                            {
                                pyo3_async_runtimes::tokio::get_runtime().block_on(async move {
                                    #(#stmts)*
                                })
                            }
                        };
                    }
                }
            }
            quote! { #imp }.into()
        }
        other => quote! { #other }.into(),
    }
}

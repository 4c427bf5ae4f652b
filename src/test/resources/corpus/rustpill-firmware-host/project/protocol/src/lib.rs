// rta corpus model of protocol/src/lib.rs (rustpill 909ae85): shared postcard-rpc ICD,
// no_std unless the host enables `use-std`.
#![cfg_attr(not(feature = "use-std"), no_std)]

pub mod minimal;

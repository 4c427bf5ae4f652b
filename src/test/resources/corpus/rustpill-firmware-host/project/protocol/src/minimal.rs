// rta corpus model of protocol/src/minimal.rs (rustpill 909ae85)
use postcard_rpc::endpoints;

pub const USB_DEVICE_NAME: &str = "bluepill-minimal";

endpoints! {
    list = ENDPOINT_LIST;
    omit_std = true;
    | EndpointTy          | RequestTy | ResponseTy | Path            |
    | ----------          | --------- | ---------- | ----            |
    | GetUniqueIdEndpoint | ()        | [u8; 24]   | "unique_id/get" |
}

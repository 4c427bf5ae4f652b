// rta corpus model of pinnacle-api-defs/src/lib.rs: upstream includes tonic-build generated
// gRPC clients (OutputServiceClient, TagServiceClient, WindowServiceClient, ...). Only the
// shape of one generated client is modelled here.
pub mod pinnacle {
    pub mod output {
        pub mod v0alpha1 {
            pub struct GetRequest {}
            pub struct GetResponse {
                pub output_names: Vec<String>,
            }
            pub mod output_service_client {
                #[derive(Debug, Clone)]
                pub struct OutputServiceClient<T> {
                    inner: tonic::client::Grpc<T>,
                }
            }
        }
    }
}

// rta corpus model of src/middlewares/compress.rs: Iron AfterMiddleware, flate2 (sync)
use iron::{AfterMiddleware, IronResult, Request, Response};

pub struct CompressionHandler;

impl AfterMiddleware for CompressionHandler {
    fn after(&self, _req: &mut Request, resp: Response) -> IronResult<Response> {
        Ok(resp)
    }
}

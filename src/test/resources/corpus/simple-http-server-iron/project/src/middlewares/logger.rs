// rta corpus model of src/middlewares/logger.rs: Iron AfterMiddleware printing with termcolor
use iron::{AfterMiddleware, IronError, IronResult, Request, Response};

pub struct RequestLogger {}

impl AfterMiddleware for RequestLogger {
    fn after(&self, req: &mut Request, resp: Response) -> IronResult<Response> {
        println!("{} {}", req.method, req.url);
        Ok(resp)
    }

    fn catch(&self, _req: &mut Request, err: IronError) -> IronResult<Response> {
        Err(err)
    }
}

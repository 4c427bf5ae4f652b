// rta corpus model of src/middlewares/auth.rs: Iron BeforeMiddleware (sync)
use iron::{BeforeMiddleware, IronResult, Request};

pub struct AuthChecker {
    credentials: String,
}

impl AuthChecker {
    pub fn new(credentials: String) -> Result<AuthChecker, String> {
        Ok(AuthChecker { credentials })
    }
}

impl BeforeMiddleware for AuthChecker {
    fn before(&self, _req: &mut Request) -> IronResult<()> {
        let _ = &self.credentials;
        Ok(())
    }
}

// rta reduction of common/src/web/api.rs: warp filters only
use warp::{Filter, Reply, Rejection};

pub fn api_root() -> impl Filter<Extract = (impl Reply,), Error = Rejection> + Clone {
    warp::get().and(warp::path("files")).map(|| "files")
}

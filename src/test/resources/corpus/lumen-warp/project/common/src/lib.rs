// rta reduction of common/src/lib.rs
pub mod db;
pub mod web;

pub struct SharedState_ {
    pub db: db::Database,
}
pub type SharedState = std::sync::Arc<SharedState_>;

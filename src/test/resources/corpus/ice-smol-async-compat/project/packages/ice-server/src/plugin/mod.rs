// rta corpus model of packages/ice-server/src/plugin/mod.rs (AzurIce/ice 9e369d3)
#[deprecated(since = "0.1.0-alpha.30", note = "use rhai_plugin instead")]
pub mod scoreboard;

pub trait Plugin: Send {
    fn handle_event(&mut self);
}

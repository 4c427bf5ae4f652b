// rta reduction of packet/src/lib.rs: plain packet definitions (no runtime)
pub use packet_proc::packet;

#[packet]
pub struct Header {
    pub id: u16,
    pub len: u16,
}

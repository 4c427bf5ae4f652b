// rta corpus model of src/util.rs (simple-http-server 1ee025e): plain helpers, no I/O runtime
pub fn now_string() -> String {
    chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string()
}

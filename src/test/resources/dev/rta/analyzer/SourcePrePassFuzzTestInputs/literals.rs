fn f<'a>(x: &'a str) -> char {
    let _s = r#"tokio::spawn("#;
    let _b = b"\x00";
    let _c = c"nul";
    /* nested /* comment */ tokio::spawn() */
    let _r#type = 'x';
    '\u{1F600}'
}
macro_rules! m { ($e:expr) => { tokio::spawn($e) }; }
fn g() { m!(async {}); println!("{}", tokio::runtime::Runtime::new().unwrap().block_on(async { 1 })); }

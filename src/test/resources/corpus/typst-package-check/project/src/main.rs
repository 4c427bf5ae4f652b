// rta reduction of src/main.rs at c2fad9b: a sync main dispatching to a server or a CLI
mod check;
mod cli;
mod github;

fn main() {
    let mut args = std::env::args();
    let _cmd = args.next();
    let subcommand = args.next();
    if Some("server") == subcommand.as_deref() {
        github::hook_server();
    } else if Some("check") == subcommand.as_deref() {
        cli::main(args.next().unwrap_or_default());
    }
}

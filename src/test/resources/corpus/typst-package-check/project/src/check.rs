// rta reduction of src/check.rs: synchronous entry point of all checks
use std::path::PathBuf;

mod manifest;

pub fn all_checks(package_dir: PathBuf) -> ((), Vec<String>) {
    let mut diags = Vec::new();
    let worlds = manifest::check(&package_dir, &mut diags);
    (worlds, diags)
}

// rta reduction of src/cli.rs: the CLI path calls all_checks from sync code (fine)
use std::path::Path;

use crate::check::all_checks;

pub fn main(package_spec: String) {
    let package_dir = Path::new(".").join(package_spec);
    let (_world, _diags) = all_checks(package_dir);
}

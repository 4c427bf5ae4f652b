// rta reduction of src/check/manifest.rs: check -> check_repo -> check_url closure
// -> reqwest::blocking::get (builds and blocks on an internal Tokio runtime)
use std::path::Path;

pub fn check(package_dir: &Path, diags: &mut Vec<String>) {
    let _ = package_dir;
    check_repo(diags, "https://example.invalid/repo", "https://example.invalid/home");
}

fn check_repo(diags: &mut Vec<String>, repo_field: &str, homepage_field: &str) -> Option<()> {
    let mut check_url = |field: &str| {
        if let Err(e) =
            reqwest::blocking::get(field).and_then(|res| res.error_for_status())
        {
            diags.push(format!("We could not fetch this URL: {e}"));
        }
        Some(())
    };

    check_url(repo_field);
    check_url(homepage_field);
    Some(())
}

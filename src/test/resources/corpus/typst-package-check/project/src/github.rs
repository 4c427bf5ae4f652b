// rta reduction of src/github.rs: axum webhook server; the hook handler spawns a task
// that calls the *synchronous* check::all_checks.
use std::path::PathBuf;
use axum::{routing::post, Router};

use crate::check;

pub mod git;
use self::git::GitRepo;

/// Runs an HTTP server to handle GitHub hooks
#[tokio::main]
pub async fn hook_server() {
    let app = Router::new().route("/github-hook", post(github_hook));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:7878").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

async fn github_hook() {
    tokio::spawn(async move {
        let git_repo = GitRepo::open();
        git_repo.fetch_commit("sha").await?;
        let (_world, _diags) = check::all_checks(PathBuf::from("checkout"));
        tokio::fs::remove_dir_all("checkout").await.ok()?;
        Some(())
    });
}

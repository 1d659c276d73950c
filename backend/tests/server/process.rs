//! The server as a separate process, the way an operator starts it: the binary named by
//! `TEILHABE_SERVER_BIN` (the test command points it at the release build), else the one Cargo
//! built for these tests.

use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub fn binary() -> String {
    std::env::var("TEILHABE_SERVER_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_teilhabe").to_owned())
}

/// Starts the server with the demo data on a free port and returns it with its base URL, once
/// it is ready.
pub async fn start(database_url: &str) -> (Child, String) {
    start_with(database_url, &[("RUST_LOG", "warn")], Stdio::inherit()).await
}

/// Like [`start`], with more environment and standard error sent to `stderr`.
pub async fn start_with(
    database_url: &str,
    env: &[(&str, &str)],
    stderr: impl Into<Stdio>,
) -> (Child, String) {
    let mut command = Command::new(binary());
    command
        .arg("serve")
        .env("TEILHABE_ADDR", "127.0.0.1:0")
        .env("TEILHABE_DATABASE_URL", database_url)
        .env("TEILHABE_DEMO", "1")
        .env("TEILHABE_DIST", "/nonexistent")
        .env("TEILHABE_REGISTRATIONS_PER_HOUR", "0")
        .env_remove("TEILHABE_LOG_FORMAT");
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(stderr)
        .kill_on_drop(true)
        .spawn()
        .expect("the server binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let base = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(rest) = line.strip_prefix("Teilhabe is ready at ") {
                return rest.trim_end_matches('/').to_owned();
            }
        }
        panic!("the server exited before it was ready");
    })
    .await
    .expect("the server is ready within a minute");
    // Keep draining stdout so the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, base)
}

/// Runs `teilhabe verify` on the store at `database_url`, as an operator would.
pub async fn verify(database_url: &str) -> std::process::Output {
    Command::new(binary())
        .arg("verify")
        .env("TEILHABE_DATABASE_URL", database_url)
        .output()
        .await
        .expect("verify runs")
}

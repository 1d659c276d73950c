//! Logs fit where they go: written to a file they carry no terminal escape sequences, and with
//! `TEILHABE_LOG_FORMAT=json` every line is one JSON object a collector can read.

use crate::process::start_with;
use serde_json::Value;
use std::fs::File;
use teilhabe_backend::testing::fresh_sqlite_url;

/// Starts the server with its standard error in a file, asks it a few things (one of them a
/// 404, so a request line is logged), stops it and returns what it logged.
async fn log_of(env: &[(&str, &str)]) -> String {
    let dir = std::env::temp_dir().join("teilhabe-tests");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("log-{}.txt", uuid::Uuid::new_v4().simple()));
    let file = File::create(&path).expect("log file");
    let (mut server, base) = start_with(&fresh_sqlite_url(), env, file).await;
    let client = reqwest::Client::new();
    for path in ["/healthz", "/api/v1/sessions", "/api/v1/bookings/AAA-AAA"] {
        client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("the server answers");
    }
    server.kill().await.expect("stop the server");
    let log = std::fs::read_to_string(&path).expect("read the log");
    let _ = std::fs::remove_file(&path);
    assert!(!log.trim().is_empty(), "the server logged nothing");
    log
}

#[tokio::test]
async fn a_log_written_to_a_file_has_no_escape_sequences() {
    let log = log_of(&[("RUST_LOG", "info")]).await;
    assert!(
        !log.contains('\u{1b}'),
        "escape sequences in the log file:\n{log}"
    );
}

#[tokio::test]
async fn the_json_log_format_writes_one_object_per_line() {
    let log = log_of(&[("RUST_LOG", "info"), ("TEILHABE_LOG_FORMAT", "json")]).await;
    for line in log.lines().filter(|line| !line.trim().is_empty()) {
        let object: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        assert!(
            object.get("level").is_some() && object.get("fields").is_some(),
            "a log object without level or fields: {line}"
        );
    }
}

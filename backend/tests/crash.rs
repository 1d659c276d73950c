//! Crash safety: the server binary is killed with SIGKILL in the middle of a registration
//! load; after a restart every registration that had been acknowledged with 201 is in the log
//! and in the read models, and the hash chain is intact. On SQLite and on PostgreSQL.
//!
//! Uses the binary named by `TEILHABE_SERVER_BIN` (the test command points it at the release
//! build), else the one Cargo built for this test.

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::{RegistrationCreated, SessionSummary};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

fn binary() -> String {
    std::env::var("TEILHABE_SERVER_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_teilhabe").to_owned())
}

/// Starts the server on a free port and returns it with its base URL, once it is ready.
async fn start(database_url: &str) -> (Child, String) {
    let mut child = Command::new(binary())
        .arg("serve")
        .env("TEILHABE_ADDR", "127.0.0.1:0")
        .env("TEILHABE_DATABASE_URL", database_url)
        .env("TEILHABE_DEMO", "1")
        .env("TEILHABE_DIST", "/nonexistent")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
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

#[tokio::test]
async fn acknowledged_registrations_survive_a_sigkill_mid_load() {
    for db in fresh_database_urls().await {
        let (mut server, base) = start(&db.url).await;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("client");
        let sessions: Vec<SessionSummary> = client
            .get(format!("{base}/api/v1/sessions"))
            .send()
            .await
            .expect("catalogue")
            .json()
            .await
            .expect("catalogue JSON");
        let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
        let mut clients = Vec::new();
        for n in 0..32 {
            let (client, base, acknowledged) = (client.clone(), base.clone(), acknowledged.clone());
            let session = sessions[n % sessions.len()].id.clone();
            clients.push(tokio::spawn(async move {
                for i in 0.. {
                    let response = client
                        .post(format!("{base}/api/v1/sessions/{session}/registrations"))
                        .header("Idempotency-Key", format!("crash-{n}-{i}"))
                        .json(&serde_json::json!({"name": format!("Person {n}-{i}"), "contact": {"kind": "none"}}))
                        .send()
                        .await;
                    match response {
                        Ok(r) if r.status() == reqwest::StatusCode::CREATED => {
                            if let Ok(created) = r.json::<RegistrationCreated>().await {
                                acknowledged.lock().expect("lock").push(created.booking_code);
                            }
                        }
                        Ok(_) => {}
                        Err(_) => return,
                    }
                }
            }));
        }
        // Let the load run, then pull the plug.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        server.start_kill().expect("SIGKILL");
        let _ = server.wait().await;
        for task in clients {
            let _ = task.await;
        }
        let acknowledged = acknowledged.lock().expect("lock").clone();
        assert!(
            acknowledged.len() > 20,
            "{}: the load got going ({} acknowledged)",
            db.name,
            acknowledged.len()
        );

        let (mut server, base) = start(&db.url).await;
        for code in &acknowledged {
            let response = client
                .get(format!("{base}/api/v1/bookings/{code}"))
                .send()
                .await
                .expect("booking");
            assert_eq!(
                response.status(),
                reqwest::StatusCode::OK,
                "{}: booking {code} after the crash",
                db.name
            );
        }
        server.start_kill().expect("stop");
        let _ = server.wait().await;

        let verify = Command::new(binary())
            .arg("verify")
            .env("TEILHABE_DATABASE_URL", &db.url)
            .output()
            .await
            .expect("verify runs");
        let said = String::from_utf8_lossy(&verify.stdout);
        assert!(
            verify.status.success(),
            "{}: verify: {said} {}",
            db.name,
            String::from_utf8_lossy(&verify.stderr)
        );
        assert!(said.starts_with("intact"), "{}: {said}", db.name);
        println!(
            "{}: {} acknowledged registrations survived SIGKILL; {}",
            db.name,
            acknowledged.len(),
            said.trim()
        );
    }
}

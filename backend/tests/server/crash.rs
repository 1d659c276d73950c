//! Crash safety: the server binary is killed with SIGKILL in the middle of a registration
//! load; after a restart every registration that had been acknowledged with 201 is in the log
//! and in the read models, and the hash chain is intact. On SQLite and on PostgreSQL.
//!
//! Uses the binary named by `TEILHABE_SERVER_BIN` (the test command points it at the release
//! build), else the one Cargo built for this test.

use crate::app::Api;
use crate::process::{start, verify};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::RegistrationCreated;
use tokio::process::Command;

#[tokio::test]
async fn acknowledged_registrations_survive_a_sigkill_mid_load() {
    for db in fresh_database_urls().await {
        let (mut server, base) = start(&db.url).await;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("client");
        let sessions = Api::with_client(db.name, &base, client.clone())
            .sessions()
            .await;
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
        Api::with_client(db.name, &base, client.clone())
            .assert_found(&acknowledged, "the crash")
            .await;
        server.start_kill().expect("stop");
        let _ = server.wait().await;

        let verify = verify(&db.url).await;
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

/// The outcome of a registration load.
#[derive(Default)]
struct Load {
    acknowledged: Vec<String>,
    /// Requests sent well before SIGTERM that failed (reset, cut off): must stay empty.
    broken: Vec<String>,
    /// Requests sent around or after SIGTERM that were refused or cut off: allowed, since the
    /// server is stopping (they never reached a handler, as the restart shows).
    late: usize,
    /// Answers that were neither 201 nor a client error.
    server_errors: Vec<u16>,
}

#[tokio::test]
async fn sigterm_finishes_the_requests_in_flight_and_loses_no_acknowledged_write() {
    for db in fresh_database_urls().await {
        let (mut server, base) = start(&db.url).await;
        // One connection per request: a request either reaches the server or is refused.
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .pool_max_idle_per_host(0)
            .build()
            .expect("client");
        let sessions = Api::with_client(db.name, &base, client.clone())
            .sessions()
            .await;
        let load = Arc::new(Mutex::new(Load::default()));
        let term_sent: Arc<Mutex<Option<std::time::Instant>>> = Arc::default();
        let mut clients = Vec::new();
        for n in 0..16 {
            let (client, base, load) = (client.clone(), base.clone(), load.clone());
            let term_sent = term_sent.clone();
            let session = sessions[n % sessions.len()].id.clone();
            clients.push(tokio::spawn(async move {
                for i in 0.. {
                    let sent = std::time::Instant::now();
                    let response = client
                        .post(format!("{base}/api/v1/sessions/{session}/registrations"))
                        .json(&serde_json::json!({"name": format!("Person {n}-{i}"), "contact": {"kind": "none"}}))
                        .send()
                        .await;
                    // In flight: sent at least 50 ms before SIGTERM went out.
                    let in_flight = term_sent
                        .lock()
                        .expect("lock")
                        .is_none_or(|term| sent + Duration::from_millis(50) < term);
                    let outcome = match response {
                        Ok(r) if r.status() == reqwest::StatusCode::CREATED => {
                            match r.json::<RegistrationCreated>().await {
                                Ok(created) => Ok(Some(created.booking_code)),
                                Err(e) => Err(Some(e.to_string())),
                            }
                        }
                        Ok(r) if r.status().is_server_error() => {
                            load.lock().expect("lock").server_errors.push(r.status().as_u16());
                            Ok(None)
                        }
                        Ok(_) => Ok(None),
                        // The listener is closed: the server stopped accepting, as it should.
                        Err(e) if e.is_connect() => Err(None),
                        Err(e) => Err(Some(e.to_string())),
                    };
                    let mut load = load.lock().expect("lock");
                    match outcome {
                        Ok(Some(code)) => load.acknowledged.push(code),
                        Ok(None) => {}
                        Err(None) => return,
                        Err(Some(broken)) => {
                            if in_flight {
                                load.broken.push(broken);
                            } else {
                                load.late += 1;
                            }
                            return;
                        }
                    }
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let pid = server.id().expect("a process id");
        *term_sent.lock().expect("lock") = Some(std::time::Instant::now());
        let term = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .await
            .expect("kill runs");
        assert!(term.success());
        let status = tokio::time::timeout(Duration::from_secs(30), server.wait())
            .await
            .expect("the server stops within 30 s of SIGTERM")
            .expect("exit status");
        assert!(status.success(), "{}: exit status {status}", db.name);
        for task in clients {
            let _ = task.await;
        }
        let load = std::mem::take(&mut *load.lock().expect("lock"));
        assert!(
            load.acknowledged.len() > 10,
            "{}: the load got going",
            db.name
        );
        assert!(
            load.broken.is_empty(),
            "{}: requests cut off: {:?}",
            db.name,
            load.broken
        );
        assert!(
            load.server_errors.is_empty(),
            "{}: {:?}",
            db.name,
            load.server_errors
        );

        let (mut server, base) = start(&db.url).await;
        Api::with_client(db.name, &base, client.clone())
            .assert_found(&load.acknowledged, "SIGTERM")
            .await;
        server.start_kill().expect("stop");
        let _ = server.wait().await;
        println!(
            "{}: SIGTERM during load: {} acknowledged registrations kept, none in flight cut off ({} sent as it stopped were refused)",
            db.name,
            load.acknowledged.len(),
            load.late
        );
    }
}

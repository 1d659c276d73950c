//! Fault tests: the database and the mail relay go away under a running server and come back.
//!
//! PostgreSQL runs in a private cluster that the test stops and starts on the same port
//! (`scripts/postgres.sh down|up`), so that test runs wherever the tests have PostgreSQL
//! (`TEILHABE_TEST_POSTGRES_URL` set; it fails instead of skipping with
//! `TEILHABE_REQUIRE_POSTGRES`). The relay is the tests' SMTP sink (`scripts/smtp_sink.py`),
//! stopped and started on the same port, so that test runs with `TEILHABE_TEST_SMTP_PYTHON`.

use crate::app::{Api, TestApp};
use crate::mail::Sink;
use crate::process::{start_with, verify};
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::{RegistrationCreated, SessionSummary};
use teilhabe_events::staff::Role;

fn postgres_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/postgres.sh")
}

/// Runs `scripts/postgres.sh COMMAND DIR` and returns what it printed.
async fn postgres(command: &str, dir: &Path) -> String {
    let out = tokio::process::Command::new("bash")
        .arg(postgres_script())
        .arg(command)
        .arg(dir)
        .output()
        .await
        .expect("postgres.sh runs");
    assert!(
        out.status.success(),
        "postgres.sh {command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// A PostgreSQL cluster of this test's own, removed when dropped.
struct Cluster {
    dir: PathBuf,
    url: String,
}

impl Cluster {
    async fn start() -> Option<Self> {
        if std::env::var_os("TEILHABE_TEST_POSTGRES_URL").is_none() {
            assert!(
                std::env::var_os("TEILHABE_REQUIRE_POSTGRES").is_none(),
                "TEILHABE_REQUIRE_POSTGRES is set but TEILHABE_TEST_POSTGRES_URL is not"
            );
            eprintln!("skipped: TEILHABE_TEST_POSTGRES_URL is not set");
            return None;
        }
        let dir = std::env::temp_dir().join(format!(
            "teilhabe-fault-pg-{}",
            uuid::Uuid::new_v4().simple()
        ));
        let url = postgres("start", &dir).await;
        Some(Self { dir, url })
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = std::process::Command::new("bash")
            .arg(postgres_script())
            .arg("stop")
            .arg(&self.dir)
            .status();
    }
}

/// What the writers saw.
#[derive(Default)]
struct Load {
    /// Booking codes answered 201, with when the answer came.
    acknowledged: Vec<(Instant, String)>,
    /// 503 answers with a problem+json body and `Retry-After`, with when they came.
    unavailable: Vec<Instant>,
    /// Anything else the server answered (status and body), or a 503 without its headers.
    wrong: Vec<String>,
    /// Requests that got no answer within the client's time limit.
    no_answer: usize,
}

impl Load {
    fn first_acknowledged_after(&self, t: Instant) -> Option<Instant> {
        self.acknowledged
            .iter()
            .map(|(at, _)| *at)
            .filter(|at| *at > t)
            .min()
    }
}

/// Keeps registering through `base` from `writers` tasks until `stop` is set; a request that
/// was not acknowledged is sent again with the same `Idempotency-Key`, as a client following
/// `Retry-After` would.
fn write_load(
    base: &str,
    sessions: &[SessionSummary],
    writers: usize,
    stop: &Arc<AtomicBool>,
    load: &Arc<Mutex<Load>>,
) -> Vec<tokio::task::JoinHandle<()>> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    (0..writers)
        .map(|n| {
            let (client, base, stop, load) = (client.clone(), base.to_owned(), stop.clone(), load.clone());
            let session = sessions[n % sessions.len()].id.clone();
            tokio::spawn(async move {
                let deadline = Instant::now() + Duration::from_secs(90);
                let mut i = 0;
                while !stop.load(Ordering::Relaxed) && Instant::now() < deadline {
                    let response = client
                        .post(format!("{base}/api/v1/sessions/{session}/registrations"))
                        .header("Idempotency-Key", format!("fault-{n}-{i}"))
                        .json(&json!({"name": format!("Person {n}-{i}"), "contact": {"kind": "none"}}))
                        .send()
                        .await;
                    let Ok(response) = response else {
                        load.lock().expect("lock").no_answer += 1;
                        continue;
                    };
                    let status = response.status();
                    let problem_json = response
                        .headers()
                        .get(CONTENT_TYPE)
                        .is_some_and(|v| v == "application/problem+json");
                    let retry_after = response.headers().contains_key(RETRY_AFTER);
                    let body = response.text().await.unwrap_or_default();
                    let at = Instant::now();
                    if status == StatusCode::CREATED {
                        let created: RegistrationCreated =
                            serde_json::from_str(&body).expect("a registration");
                        load.lock()
                            .expect("lock")
                            .acknowledged
                            .push((at, created.booking_code));
                        i += 1;
                        continue;
                    }
                    if status == StatusCode::SERVICE_UNAVAILABLE && problem_json && retry_after {
                        load.lock().expect("lock").unavailable.push(at);
                    } else {
                        load.lock().expect("lock").wrong.push(format!(
                            "{status} (problem+json {problem_json}, Retry-After {retry_after}): {body}"
                        ));
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            })
        })
        .collect()
}

async fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    done()
}

#[tokio::test]
async fn postgres_restarted_under_load_writes_resume_and_nothing_acknowledged_is_lost() {
    let Some(cluster) = Cluster::start().await else {
        return;
    };
    // Waiting lists without a limit: the writers register far more people than the demo
    // sessions' lists take, and every answer but 201 and 503 counts as wrong here.
    let (mut server, base) = start_with(
        &cluster.url,
        &[("RUST_LOG", "warn"), ("TEILHABE_WAITLIST_MULTIPLE", "0")],
        std::process::Stdio::inherit(),
    )
    .await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let sessions = Api::with_client("postgres", &base, client.clone())
        .sessions()
        .await;
    let stop = Arc::new(AtomicBool::new(false));
    let load = Arc::new(Mutex::new(Load::default()));
    let writers = write_load(&base, &sessions, 4, &stop, &load);
    assert!(
        wait_until(Duration::from_secs(20), || load
            .lock()
            .expect("lock")
            .acknowledged
            .len()
            >= 20)
        .await,
        "the load got going"
    );

    // PostgreSQL stops.
    postgres("down", &cluster.dir).await;
    let down = Instant::now();
    let asked = Instant::now();
    let ready = client
        .get(format!("{base}/readyz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .map(|r| r.status());
    let readyz_took = asked.elapsed();
    assert!(
        matches!(ready, Ok(StatusCode::SERVICE_UNAVAILABLE)),
        "/readyz while PostgreSQL is down: {ready:?} after {readyz_took:?}"
    );
    // Down for at least 3 s, and until a writer was answered 503 (a write committed just
    // before the stop waits up to 10 s for the read model before it is answered).
    let refused = wait_until(Duration::from_secs(20), || {
        down.elapsed() >= Duration::from_secs(3)
            && load
                .lock()
                .expect("lock")
                .unavailable
                .iter()
                .any(|at| *at > down)
    })
    .await;
    {
        let load = load.lock().expect("lock");
        assert!(
            refused,
            "appends while PostgreSQL is down are answered 503 with Retry-After; other answers: {:?}",
            load.wrong.iter().take(3).collect::<Vec<_>>()
        );
    }
    let first_refusal = load
        .lock()
        .expect("lock")
        .unavailable
        .iter()
        .copied()
        .filter(|at| *at > down)
        .min()
        .map(|at| at - down)
        .unwrap_or_default();

    // PostgreSQL is back (accepting connections when `up` returns).
    postgres("up", &cluster.dir).await;
    let up = Instant::now();
    let resumed = wait_until(Duration::from_secs(15), || {
        load.lock()
            .expect("lock")
            .first_acknowledged_after(up)
            .is_some()
    })
    .await;
    let first_write = load.lock().expect("lock").first_acknowledged_after(up);
    assert!(
        resumed,
        "no write was acknowledged within 15 s of PostgreSQL coming back"
    );
    let resumed_after = first_write.map(|at| at - up).unwrap_or_default();
    assert!(
        resumed_after <= Duration::from_secs(5),
        "writes resumed {resumed_after:?} after PostgreSQL came back (at most 5 s)"
    );
    let mut ready_again = false;
    for _ in 0..50 {
        let status = client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .map(|r| r.status());
        if matches!(status, Ok(StatusCode::OK)) {
            ready_again = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        ready_again,
        "/readyz says 200 within 5 s of PostgreSQL coming back"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    stop.store(true, Ordering::Relaxed);
    for writer in writers {
        writer.await.expect("a writer");
    }

    let load = std::mem::take(&mut *load.lock().expect("lock"));
    assert!(
        load.wrong.is_empty(),
        "answers other than 201 or 503 + problem+json + Retry-After: {:?}",
        load.wrong
    );
    let mut codes: Vec<String> = load.acknowledged.iter().map(|(_, c)| c.clone()).collect();
    codes.sort();
    codes.dedup();
    Api::with_client("postgres", &base, client.clone())
        .assert_found(&codes, "the restart")
        .await;
    server.start_kill().expect("stop");
    let _ = server.wait().await;
    let verify = verify(&cluster.url).await;
    let said = String::from_utf8_lossy(&verify.stdout);
    assert!(said.starts_with("intact"), "verify: {said}");
    println!(
        "postgres restart under load: /readyz answered 503 in {readyz_took:?} while down; first \
         append answered 503 {first_refusal:?} after the stop; {} appends answered 503 + Retry-After, {} without answer; first write acknowledged {resumed_after:?} \
         after PostgreSQL was back; {} acknowledged registrations ({} distinct codes), all found; {}",
        load.unavailable.len(),
        load.no_answer,
        load.acknowledged.len(),
        codes.len(),
        said.trim()
    );
}

/// The office's list of messages not sent yet, by key.
async fn outbox(app: &Api) -> Vec<Value> {
    app.login(Role::Office).await.get_ok("/office/outbox").await
}

/// The outbox rows whose messages go to `address`.
fn rows_to<'a>(rows: &'a [Value], address: &str) -> Vec<&'a Value> {
    rows.iter()
        .filter(|r| {
            r["mails"]
                .as_array()
                .is_some_and(|m| m.iter().any(|m| m["to"] == address))
        })
        .collect()
}

#[tokio::test]
async fn smtp_relay_down_and_back_every_message_arrives_once_and_refusals_are_not_retried_forever()
{
    let Some(mut sink) = Sink::start().await else {
        return;
    };
    for db in fresh_database_urls().await {
        let app = TestApp::spawn_with(&db, |config| {
            config.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
        })
        .await;
        let session = app.first_session().await;
        let register = |address: String| {
            let (app, session) = (&app, &session);
            let body = json!({"name": "Erika Muster", "contact": {"kind": "email", "value": address},
                "contact_consent": true});
            async move {
                app.register_in("de", session, &body).await;
            }
        };
        let tag = uuid::Uuid::new_v4().simple().to_string();
        let address = |who: &str| format!("{who}-{}-{tag}@example.org", db.name);

        // The relay is down while residents register.
        sink.stop().await;
        let waiting: Vec<String> = (1..=3).map(|n| address(&format!("resident{n}"))).collect();
        for to in &waiting {
            register(to.clone()).await;
        }
        tokio::time::sleep(Duration::from_secs(4)).await;
        let rows = outbox(&app).await;
        for to in &waiting {
            let row = rows_to(&rows, to);
            assert_eq!(
                row.len(),
                1,
                "{}: one waiting row for {to}: {rows:?}",
                db.name
            );
            assert_eq!(row[0]["status"], "pending", "{}: {:?}", db.name, row[0]);
            assert_eq!(
                row[0]["attempts"], 0,
                "{}: an unreachable relay uses up no attempt: {:?}",
                db.name, row[0]
            );
        }

        // The relay is back on the same port: each message arrives, once.
        sink.start_again().await;
        let back = Instant::now();
        let arrived = wait_until(Duration::from_secs(40), || {
            waiting.iter().all(|to| sink.count_to(to) >= 1)
        })
        .await;
        let delivered_after = back.elapsed();
        assert!(
            arrived,
            "{}: after the relay came back, within 40 s, arrived: {:?}",
            db.name,
            waiting
                .iter()
                .map(|to| sink.count_to(to))
                .collect::<Vec<_>>()
        );

        // A refusal for now (451, twice) is tried again without using up attempts; a refusal
        // for good (550) is not tried again.
        let busy = address("busy");
        let rejected = address("reject");
        register(busy.clone()).await;
        register(rejected.clone()).await;
        let settled = wait_until(Duration::from_secs(40), || sink.count_to(&busy) >= 1).await;
        assert!(
            settled,
            "{}: the message refused for now arrived later",
            db.name
        );
        // Time for any repeat to show.
        tokio::time::sleep(Duration::from_secs(6)).await;
        for to in waiting.iter().chain([&busy]) {
            assert_eq!(sink.count_to(to), 1, "{}: messages to {to}", db.name);
        }
        assert_eq!(sink.count_to(&rejected), 0, "{}", db.name);
        assert_eq!(
            sink.offered(&rejected),
            1,
            "{}: a recipient refused for good is not offered again",
            db.name
        );
        let rows = outbox(&app).await;
        assert!(
            rows_to(&rows, &busy).is_empty(),
            "{}: the message refused for now was sent: {rows:?}",
            db.name
        );
        let refused = rows_to(&rows, &rejected);
        assert_eq!(refused.len(), 1, "{}: {rows:?}", db.name);
        assert_eq!(
            refused[0]["status"], "failed",
            "{}: {:?}",
            db.name, refused[0]
        );
        println!(
            "{}: SMTP relay down and back: {} messages queued while down arrived {delivered_after:?} \
             after it came back, each once; 451 twice → delivered once ({} offers); 550 → failed \
             after 1 offer",
            db.name,
            waiting.len(),
            sink.offered(&busy)
        );
    }
}

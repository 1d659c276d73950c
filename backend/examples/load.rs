//! A load generator for Teilhabe's HTTP API: many concurrent clients for a fixed time, then
//! throughput and latency percentiles. Run against a server on this machine only.
//!
//! cargo run --profile server -p teilhabe-backend --example load -- \
//!     --url http://127.0.0.1:8080 --clients 256 --seconds 10 --mode register-many
//!
//! Modes: register-many (registrations spread over every upcoming session), register-hot (all
//! at one session), catalogue (GET /api/v1/sessions).
//!
//! A registration refused because the session's waiting list is full (409) is an answer, but
//! not a registration: it is counted as `refused`, outside `ok` and `errors`.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    url: String,
    clients: usize,
    seconds: u64,
    mode: String,
}

fn args() -> Args {
    let mut args = Args {
        url: "http://127.0.0.1:8080".into(),
        clients: 16,
        seconds: 10,
        mode: "register-many".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_default();
        match flag.as_str() {
            "--url" => args.url = value,
            "--clients" => args.clients = value.parse().unwrap_or(args.clients),
            "--seconds" => args.seconds = value.parse().unwrap_or(args.seconds),
            "--mode" => args.mode = value,
            other => eprintln!("ignoring unknown flag {other}"),
        }
    }
    args
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let args = args();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(args.clients)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("an HTTP client");
    let sessions: Vec<serde_json::Value> = client
        .get(format!("{}/api/v1/sessions", args.url))
        .send()
        .await
        .expect("the catalogue answers")
        .json()
        .await
        .expect("catalogue JSON");
    // Registration closes when a session starts: aim at sessions that have not started yet.
    let now = chrono::Utc::now();
    let ids: Vec<String> = sessions
        .iter()
        .filter(|s| {
            s["starts_at"]
                .as_str()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                .is_some_and(|t| t > now + chrono::Duration::minutes(5))
        })
        .filter_map(|s| s["id"].as_str().map(str::to_owned))
        .collect();
    assert!(
        !ids.is_empty(),
        "the server has sessions that have not started (seed it first)"
    );
    let hot = ids[0].clone();
    let stop = Arc::new(AtomicBool::new(false));
    let errors = Arc::new(AtomicU64::new(0));
    let refused = Arc::new(AtomicU64::new(0));
    let latencies = Arc::new(Mutex::new(Vec::<u64>::new()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for n in 0..args.clients {
        let (client, stop, errors, refused, latencies) = (
            client.clone(),
            stop.clone(),
            errors.clone(),
            refused.clone(),
            latencies.clone(),
        );
        let (url, mode, ids, hot) = (
            args.url.clone(),
            args.mode.clone(),
            ids.clone(),
            hot.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut mine = Vec::with_capacity(100_000);
            let mut i = 0usize;
            while !stop.load(Ordering::Relaxed) {
                i += 1;
                let begin = Instant::now();
                // The status that counts as done, and the status answered (None: no answer).
                let (done, status) = match mode.as_str() {
                    "catalogue" => (reqwest::StatusCode::OK, client
                        .get(format!("{url}/api/v1/sessions"))
                        .send()
                        .await
                        .map(|r| r.status())
                        .ok()),
                    _ => {
                        let session = if mode == "register-hot" { &hot } else { &ids[(n + i * 7) % ids.len()] };
                        (reqwest::StatusCode::CREATED, client
                            .post(format!("{url}/api/v1/sessions/{session}/registrations"))
                            .header("Idempotency-Key", format!("load-{n}-{i}-{}", std::process::id()))
                            .json(&serde_json::json!({"name": format!("Last Person {n}"), "contact": {"kind": "none"}}))
                            .send()
                            .await
                            .map(|r| r.status())
                            .ok())
                    }
                };
                match status {
                    Some(s) if s == done => mine.push(begin.elapsed().as_micros() as u64),
                    Some(reqwest::StatusCode::CONFLICT) => {
                        refused.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            latencies.lock().expect("lock").extend(mine);
        }));
    }
    tokio::time::sleep(Duration::from_secs(args.seconds)).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut all = latencies.lock().expect("lock").clone();
    all.sort_unstable();
    println!(
        "mode={} clients={} seconds={:.1} ok={} refused={} errors={} throughput={:.0}/s p50={:.2}ms p99={:.2}ms max={:.2}ms",
        args.mode,
        args.clients,
        elapsed,
        all.len(),
        refused.load(Ordering::Relaxed),
        errors.load(Ordering::Relaxed),
        all.len() as f64 / elapsed,
        percentile(&all, 0.50),
        percentile(&all, 0.99),
        percentile(&all, 1.0),
    );
}

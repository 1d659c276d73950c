//! Limits tried from outside, the way an attacker would: floods of logins, applications and
//! booking-code guesses, and slow connections, against the real server process.

use crate::process;
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::net::IpAddr;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::testing::fresh_database_urls;

/// A client whose connections come from `address` (any of 127.0.0.0/8 reaches the server).
fn client_from(address: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::from(address))
        .build()
        .expect("a client")
}

/// The value of a metric without labels on `/metrics`.
async fn metric(base: &str, name: &str) -> f64 {
    let text = reqwest::get(format!("{base}/metrics"))
        .await
        .expect("GET /metrics")
        .text()
        .await
        .expect("metrics text");
    text.lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no metric {name} in:\n{text}"))
}

/// The process's peak resident set size in MiB (`VmHWM`).
fn peak_rss_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map(|kib| kib / 1024)
        .expect("VmHWM")
}

/// POSTs `body` to `path` `n` times at once from `client`; the statuses.
async fn flood(
    client: &reqwest::Client,
    url: String,
    n: usize,
    body: impl Fn(usize) -> Value,
) -> Vec<StatusCode> {
    let requests = (0..n).map(|i| {
        let request = client
            .post(&url)
            .header(
                "idempotency-key",
                format!("flood-{i}-{}", uuid::Uuid::new_v4().simple()),
            )
            .json(&body(i));
        tokio::spawn(async move { request.send().await.map(|r| r.status()) })
    });
    let mut statuses = Vec::with_capacity(n);
    for request in futures_util::future::join_all(requests).await {
        statuses.push(request.expect("task").expect("an answer"));
    }
    statuses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_login_flood_checks_few_passwords_stays_small_and_locks_no_one_out_elsewhere() {
    for db in fresh_database_urls().await {
        let (child, base) = process::start(&db.url).await;
        let pid = child.id().expect("the server's pid");
        let attacker = client_from([127, 0, 0, 1]);
        let wrong = json!({"email": DEMO_OFFICE, "password": "falsch falsch"});
        let statuses = flood(&attacker, format!("{base}/api/v1/staff/login"), 300, |_| {
            wrong.clone()
        })
        .await;
        let refused = statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count();
        let checks = metric(&base, "teilhabe_password_checks_total").await;
        let peak = peak_rss_mib(pid);
        eprintln!("{}: 300 wrong logins: {checks} password checks, {refused} refused, peak RSS {peak} MiB", db.name);
        assert!(
            checks <= 10.0,
            "{}: {checks} password checks for 300 wrong logins",
            db.name
        );
        assert!(
            peak < 150,
            "{}: peak RSS {peak} MiB under the flood",
            db.name
        );
        assert!(
            statuses
                .iter()
                .all(|s| *s == StatusCode::UNAUTHORIZED || *s == StatusCode::TOO_MANY_REQUESTS),
            "{}: {statuses:?}",
            db.name
        );
        // The attacker's address stays locked out, even with the right password ...
        let right = json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD});
        let from_attacker = attacker
            .post(format!("{base}/api/v1/staff/login"))
            .json(&right)
            .send()
            .await
            .expect("login");
        assert_eq!(
            from_attacker.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            db.name
        );
        // ... but the office, from its own address, gets in.
        let office = client_from([127, 0, 0, 2])
            .post(format!("{base}/api/v1/staff/login"))
            .json(&right)
            .send()
            .await
            .expect("login");
        assert_eq!(
            office.status(),
            StatusCode::OK,
            "{}: the office logs in from elsewhere",
            db.name
        );
    }
}

#[tokio::test]
async fn unknown_accounts_and_overlong_addresses_cost_the_same_or_nothing() {
    for db in fresh_database_urls().await {
        let (_child, base) = process::start(&db.url).await;
        let client = client_from([127, 0, 0, 3]);
        let login = |email: String| {
            client
                .post(format!("{base}/api/v1/staff/login"))
                .json(&json!({"email": email, "password": "falsch falsch"}))
                .send()
        };
        let before = metric(&base, "teilhabe_password_checks_total").await;
        let unknown = login("niemand@teilhabe.example".into())
            .await
            .expect("login");
        assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED, "{}", db.name);
        let after = metric(&base, "teilhabe_password_checks_total").await;
        assert_eq!(
            after - before,
            1.0,
            "{}: an unknown account is checked against a dummy hash too (same timing)",
            db.name
        );
        let long = login(format!("{}@teilhabe.example", "a".repeat(60_000)))
            .await
            .expect("login");
        assert_eq!(long.status(), StatusCode::UNAUTHORIZED, "{}", db.name);
        let last = metric(&base, "teilhabe_password_checks_total").await;
        assert_eq!(
            last, after,
            "{}: an address longer than any e-mail costs no check",
            db.name
        );
    }
}

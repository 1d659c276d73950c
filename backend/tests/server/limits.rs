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

/// Posts the login `body` to the server at `base` through `client`, and answers its response.
async fn log_in(client: &reqwest::Client, base: &str, body: &Value) -> reqwest::Response {
    client
        .post(format!("{base}/api/v1/staff/login"))
        .json(body)
        .send()
        .await
        .expect("login")
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
    all_at_once((0..n).map(|i| {
        client
            .post(&url)
            .header(
                "idempotency-key",
                format!("flood-{i}-{}", uuid::Uuid::new_v4().simple()),
            )
            .json(&body(i))
    }))
    .await
}

/// Sends `requests` at once, each in a task of its own; their statuses, in order.
async fn all_at_once(requests: impl Iterator<Item = reqwest::RequestBuilder>) -> Vec<StatusCode> {
    let tasks = requests
        .map(|request| tokio::spawn(async move { request.send().await.map(|r| r.status()) }));
    let mut statuses = Vec::new();
    for task in futures_util::future::join_all(tasks).await {
        statuses.push(task.expect("task").expect("an answer"));
    }
    statuses
}

/// Asserts that every answer of a flood was the refusal `refused` or 429 (too many requests):
/// no guess got through.
fn assert_refused_or_limited(statuses: &[StatusCode], refused: StatusCode, what: &str) {
    assert!(
        statuses
            .iter()
            .all(|s| *s == refused || *s == StatusCode::TOO_MANY_REQUESTS),
        "{what}: {statuses:?}"
    );
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
        assert_refused_or_limited(&statuses, StatusCode::UNAUTHORIZED, db.name);
        // The attacker's address stays locked out, even with the right password ...
        let right = json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD});
        let from_attacker = log_in(&attacker, &base, &right).await;
        assert_eq!(
            from_attacker.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            db.name
        );
        // ... but the office, from its own address, gets in.
        let office = log_in(&client_from([127, 0, 0, 2]), &base, &right).await;
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
            let body = json!({"email": email, "password": "falsch falsch"});
            let client = &client;
            let base = &base;
            async move { log_in(client, base, &body).await }
        };
        let before = metric(&base, "teilhabe_password_checks_total").await;
        let unknown = login("niemand@teilhabe.example".into()).await;
        assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED, "{}", db.name);
        let after = metric(&base, "teilhabe_password_checks_total").await;
        assert_eq!(
            after - before,
            1.0,
            "{}: an unknown account is checked against a dummy hash too (same timing)",
            db.name
        );
        let long = login(format!("{}@teilhabe.example", "a".repeat(60_000))).await;
        assert_eq!(long.status(), StatusCode::UNAUTHORIZED, "{}", db.name);
        let last = metric(&base, "teilhabe_password_checks_total").await;
        assert_eq!(
            last, after,
            "{}: an address longer than any e-mail costs no check",
            db.name
        );
    }
}

/// An ambassador application from a distinct volunteer.
fn application(i: usize, version: u64) -> Value {
    json!({
        "name": format!("Freiwillige Nummer {i}"),
        "email": format!("freiwillig{i}@example.org"),
        "districts": ["Garstedt"],
        "languages": ["de"],
        "help_with": ["smartphone"],
        "availability": "Montags ab 15 Uhr",
        "motivation": "Ich helfe gern.",
        "principles_version": version,
        "accept_principles": true,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ambassador_applications_are_limited_per_address() {
    for db in fresh_database_urls().await {
        let (_child, base) = process::start(&db.url).await;
        let client = client_from([127, 0, 0, 4]);
        let principles: Value = client
            .get(format!("{base}/api/v1/principles"))
            .send()
            .await
            .expect("principles")
            .json()
            .await
            .expect("principles json");
        let version = principles["version"].as_u64().expect("a version");
        let url = format!("{base}/api/v1/ambassadors/applications");
        let statuses = flood(&client, url.clone(), 200, |i| application(i, version)).await;
        let created = statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count();
        let refused = statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count();
        eprintln!(
            "{}: 200 applications: {created} created, {refused} refused",
            db.name
        );
        assert!(
            created <= 10,
            "{}: {created} of 200 applications from one address were created",
            db.name
        );
        assert_eq!(created + refused, 200, "{}: {statuses:?}", db.name);
        let response = client
            .post(&url)
            .json(&application(999, version))
            .send()
            .await
            .expect("apply");
        assert_eq!(
            response.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            db.name
        );
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{}",
            db.name
        );
        // Another address may still apply.
        let elsewhere = client_from([127, 0, 0, 5])
            .post(&url)
            .json(&application(1000, version))
            .send()
            .await
            .expect("apply");
        assert_eq!(elsewhere.status(), StatusCode::CREATED, "{}", db.name);
    }
}

/// `n` well-formed booking codes that name no booking (the demo's codes start with a digit
/// pattern these avoid: every guess is "AAAxxx"-like and random).
fn guesses(n: usize) -> Vec<String> {
    const ALPHABET: &[u8] = b"ACDEFGHJKMNPRTWXY34679";
    (0..n)
        .map(|_| {
            let bytes = uuid::Uuid::new_v4();
            let code: String = bytes.as_bytes()[..6]
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &code[..3], &code[3..])
        })
        .collect()
}

/// GETs each booking code at once from `client`, the `X-Forwarded-For` of each given by
/// `forwarded`; the statuses.
async fn guess_codes(
    client: &reqwest::Client,
    base: &str,
    codes: Vec<String>,
    forwarded: impl Fn(usize) -> Option<String>,
) -> Vec<StatusCode> {
    all_at_once(codes.into_iter().enumerate().map(|(i, code)| {
        let request = client.get(format!("{base}/api/v1/bookings/{code}"));
        match forwarded(i) {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        }
    }))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_code_guesses_gets_no_more_misses_than_the_limit() {
    for db in fresh_database_urls().await {
        let (_child, base) = process::start(&db.url).await;
        let client = client_from([127, 0, 0, 6]);
        let statuses = guess_codes(&client, &base, guesses(200), |_| None).await;
        let misses = statuses
            .iter()
            .filter(|s| **s == StatusCode::NOT_FOUND)
            .count();
        eprintln!("{}: 200 parallel guesses: {misses} answered 404", db.name);
        assert!(
            misses <= 10,
            "{}: {misses} of 200 parallel guesses were answered 404",
            db.name
        );
        assert_refused_or_limited(&statuses, StatusCode::NOT_FOUND, db.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_ipv6_network_shares_one_allowance() {
    for db in fresh_database_urls().await {
        let (_child, base) = process::start_with(
            &db.url,
            &[("RUST_LOG", "warn"), ("TEILHABE_TRUST_PROXY", "1")],
            std::process::Stdio::inherit(),
        )
        .await;
        let client = client_from([127, 0, 0, 7]);
        // 100 addresses of one /64, one guess each, one after another.
        let mut misses = 0;
        for (i, code) in guesses(100).into_iter().enumerate() {
            let status = client
                .get(format!("{base}/api/v1/bookings/{code}"))
                .header(
                    "x-forwarded-for",
                    format!("2001:db8:1:2:{i:x}::{:x}", i * 7 + 1),
                )
                .send()
                .await
                .expect("look-up")
                .status();
            misses += usize::from(status == StatusCode::NOT_FOUND);
        }
        eprintln!(
            "{}: 100 addresses of one /64: {misses} answered 404",
            db.name
        );
        assert!(
            misses <= 10,
            "{}: {misses} guesses from one /64 were answered 404",
            db.name
        );
        // Another /64 has its own allowance.
        let other = guess_codes(&client, &base, guesses(1), |_| {
            Some("2001:db8:1:3::1".into())
        })
        .await;
        assert_eq!(other, [StatusCode::NOT_FOUND], "{}", db.name);
    }
}

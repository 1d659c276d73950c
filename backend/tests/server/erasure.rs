//! Erasure by crypto-shredding, proven on the bytes: after a resident erases their data with
//! their booking code (and the office erases another booking of theirs), neither their name
//! nor their phone number nor their e-mail address is in the SQLite file, its write-ahead
//! log, a backup taken afterwards or the exported log, in any encoding the app writes; on
//! PostgreSQL the same holds for a `pg_dump` of the database. The chain still verifies and
//! the report counts stay the same.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{json, Value};
use std::path::Path;
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::audit_api::{ChainCheck, Report};

const NAME: &str = "Zelda Quargelmeier";
const PHONE: &str = "040 98765432";
const EMAIL: &str = "zelda.quargelmeier@example.org";

/// Every way the app might have written `text`: as it is (also inside JSON, where these
/// characters need no escaping), in UTF-16, and in base64 at each of the three alignments.
fn encodings(text: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("utf-8".to_owned(), text.as_bytes().to_vec()),
        (
            "utf-16le".to_owned(),
            text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        ),
        (
            "utf-16be".to_owned(),
            text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ),
    ];
    for pad in 0..3 {
        let padded = format!("{}{text}", "x".repeat(pad));
        for (engine, encoded) in [
            ("base64", STANDARD.encode(&padded)),
            ("base64url", URL_SAFE_NO_PAD.encode(&padded)),
        ] {
            // Leave out the characters that mix in the padding or what follows.
            let start = (pad * 4).div_ceil(3) + 1;
            let end = encoded.trim_end_matches('=').len().saturating_sub(2);
            if end > start + 8 {
                out.push((
                    format!("{engine} at offset {pad}"),
                    encoded.as_bytes()[start..end].to_vec(),
                ));
            }
        }
    }
    out
}

fn needles() -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for text in [
        NAME,
        "Quargelmeier",
        PHONE,
        "98765432",
        EMAIL,
        "zelda.quargelmeier",
    ] {
        for (how, bytes) in encodings(text) {
            all.push((format!("{text:?} in {how}"), bytes));
        }
    }
    all
}

/// Fails naming every needle found in `bytes` (which came from `what`).
fn assert_clean(what: &str, bytes: &[u8]) {
    let found: Vec<String> = needles()
        .into_iter()
        .filter(|(_, needle)| bytes.windows(needle.len()).any(|w| w == needle.as_slice()))
        .map(|(name, _)| name)
        .collect();
    assert!(found.is_empty(), "{what} still holds {found:?}");
}

fn assert_holds_name(what: &str, bytes: &[u8]) {
    let hits = bytes.windows(NAME.len()).any(|w| w == NAME.as_bytes());
    assert!(
        hits,
        "{what} should hold the name before erasure (the check would prove nothing)"
    );
}

struct Office {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

impl Office {
    async fn login(http: &reqwest::Client, base: &str) -> Self {
        let login = http
            .post(format!("{base}/api/v1/staff/login"))
            .json(&json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD}))
            .send()
            .await
            .expect("login");
        let cookie = login.headers()[SET_COOKIE]
            .to_str()
            .expect("cookie")
            .split(';')
            .next()
            .expect("cookie")
            .to_owned();
        let me: Value = login.json().await.expect("me");
        Self {
            http: http.clone(),
            base: base.to_owned(),
            cookie,
            csrf: me["csrf_token"].as_str().expect("csrf").to_owned(),
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .header(COOKIE, &self.cookie)
            .send()
            .await
            .expect("GET")
    }

    async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.base))
            .header(COOKIE, &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .json(&body)
            .send()
            .await
            .expect("POST")
    }
}

async fn register(http: &reqwest::Client, base: &str, session: &str, contact: Value) -> String {
    let response = http
        .post(format!("{base}/api/v1/sessions/{session}/registrations"))
        .json(&json!({"name": NAME, "contact": contact, "contact_consent": true}))
        .send()
        .await
        .expect("register");
    assert_eq!(response.status(), reqwest::StatusCode::CREATED);
    let body: Value = response.json().await.expect("JSON");
    body["booking_code"].as_str().expect("code").to_owned()
}

fn pg_dump() -> Option<String> {
    if let Ok(path) = std::env::var("TEILHABE_TEST_PG_DUMP") {
        return Some(path);
    }
    let mut found: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin/pg_dump"))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found.pop().map(|p| p.display().to_string())
}

#[tokio::test]
async fn an_erased_persons_data_is_in_no_file_backup_export_or_dump() {
    for db in fresh_database_urls().await {
        let mut config = Config::for_tests(db.url.clone());
        config.demo = true;
        let server = Server::build(&config).await.expect("server");
        let base = format!("http://{}", server.addr);
        let task = tokio::spawn(server.run());
        let http = reqwest::Client::new();
        let office = Office::login(&http, &base).await;
        let sessions: Vec<Value> = http
            .get(format!("{base}/api/v1/sessions"))
            .send()
            .await
            .expect("sessions")
            .json()
            .await
            .expect("JSON");
        let session = sessions[0]["id"].as_str().expect("id").to_owned();
        let by_phone = register(
            &http,
            &base,
            &session,
            json!({"kind": "phone", "value": PHONE}),
        )
        .await;
        let by_email = register(
            &http,
            &base,
            &session,
            json!({"kind": "email", "value": EMAIL}),
        )
        .await;
        let booking: Value = http
            .get(format!("{base}/api/v1/bookings/{by_phone}"))
            .send()
            .await
            .expect("booking")
            .json()
            .await
            .expect("JSON");
        assert_eq!(booking["name"], NAME, "{}", db.name);
        let before: Report = office
            .get("/api/v1/audit/report")
            .await
            .json()
            .await
            .expect("report");
        let dir = tempdir(db.name);
        let sqlite_file = db.url.strip_prefix("sqlite://").map(str::to_owned);
        if let Some(file) = &sqlite_file {
            // The read model holds the name until the erasure: the scan below is not vacuous.
            let mut bytes = std::fs::read(file).expect("db file");
            bytes.extend(std::fs::read(format!("{file}-wal")).unwrap_or_default());
            assert_holds_name("the SQLite files", &bytes);
        }

        // The resident erases one booking with its code; the office erases the other.
        let erased = http
            .post(format!("{base}/api/v1/bookings/{by_phone}/erase"))
            .send()
            .await
            .expect("erase");
        assert_eq!(erased.status(), 200, "{}", db.name);
        let erased: Value = erased.json().await.expect("JSON");
        assert_eq!(erased["name"], teilhabe_events::ERASED, "{}", db.name);
        let by_office = office
            .post("/api/v1/office/erasures", json!({"booking_code": by_email}))
            .await;
        assert_eq!(by_office.status(), 200, "{}", db.name);
        let again = office
            .post("/api/v1/office/erasures", json!({"booking_code": by_email}))
            .await;
        assert_eq!(again.status(), 409, "erasing twice: {}", db.name);
        let roster = office
            .get(&format!("/api/v1/office/sessions/{session}/roster"))
            .await
            .text()
            .await
            .expect("roster");
        assert!(!roster.contains("Zelda"), "{}: {roster}", db.name);

        // The record stays whole: the chain verifies and the counts are those of before.
        let check: ChainCheck = office
            .post("/api/v1/audit/verify", json!({}))
            .await
            .json()
            .await
            .expect("verify");
        assert!(check.intact, "{}: {check:?}", db.name);
        let after: Report = office
            .get("/api/v1/audit/report")
            .await
            .json()
            .await
            .expect("report");
        assert_eq!(after.totals, before.totals, "{}", db.name);
        let log = office
            .get("/api/v1/audit/events?type=PersonalDataErased")
            .await
            .text()
            .await
            .expect("log");
        assert_eq!(
            log.matches("PersonalDataErased").count(),
            2,
            "{}: {log}",
            db.name
        );

        let export = office
            .get("/api/v1/audit/export.jsonl")
            .await
            .bytes()
            .await
            .expect("export");
        assert_clean(&format!("{}: the exported log", db.name), &export);

        match &sqlite_file {
            Some(file) => {
                let backup = dir.join("backup.sqlite");
                teilhabe_backend::backup::backup(&db.url, &backup, &|_, _| {})
                    .await
                    .expect("backup");
                assert_clean("the backup", &std::fs::read(&backup).expect("backup file"));
                for suffix in ["", "-wal", "-shm"] {
                    let path = format!("{file}{suffix}");
                    if let Ok(bytes) = std::fs::read(&path) {
                        assert_clean(&path, &bytes);
                    }
                }
            }
            None => {
                let pg_dump = pg_dump().expect("pg_dump (set TEILHABE_TEST_PG_DUMP)");
                let dump = tokio::process::Command::new(&pg_dump)
                    .arg("--no-owner")
                    .arg(&db.url)
                    .output()
                    .await
                    .expect("pg_dump runs");
                assert!(
                    dump.status.success(),
                    "pg_dump: {}",
                    String::from_utf8_lossy(&dump.stderr)
                );
                assert!(dump.stdout.len() > 1000, "the dump holds the database");
                assert_clean("the pg_dump of the database", &dump.stdout);
            }
        }
        task.abort();
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = Path::new("/tmp/teilhabe-tests").join(format!("erasure-{name}-{}", uuid_like()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn uuid_like() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    )
}

#[test]
fn the_encodings_find_a_name_written_in_base64_inside_other_text() {
    let written = STANDARD.encode(format!("{{\"name\":\"{NAME}\"}}"));
    let hit = needles().into_iter().any(|(_, n)| {
        written
            .as_bytes()
            .windows(n.len())
            .any(|w| w == n.as_slice())
    });
    assert!(hit);
}

#[tokio::test]
async fn the_retention_rule_erases_bookings_walk_ins_and_idea_contacts_long_over_and_only_those() {
    use teilhabe_backend::domain::clock::FixedClock;
    use teilhabe_backend::erasure::apply_retention;
    use teilhabe_events::ideas::{FieldOfAction, Idea, IdeaCommand, IdeaSource};
    let url = teilhabe_backend::testing::fresh_sqlite_url();
    let mut config = Config::for_tests(url);
    config.demo = true;
    let mut state = teilhabe_backend::startup::state(&config)
        .await
        .expect("state");
    // An idea with a way to reach its author.
    let respond: teilhabe_backend::commands::Respond<teilhabe_backend::domain::idea::Idea> =
        std::sync::Arc::new(|_, _| String::new());
    let submit = IdeaCommand::Submit {
        idea: Idea {
            what: "Bänke mit Steckdosen im Stadtpark".into(),
            for_whom: "Alle".into(),
            where_in_city: "Stadtpark".into(),
            field: FieldOfAction::Living,
        },
        contact: teilhabe_events::Contact::Phone("040 7654321".into()),
        source: IdeaSource::Online,
    };
    let metadata = teilhabe_backend::store::Metadata::new_command("test", "web");
    state
        .ideas
        .execute("retention-idea", submit, metadata, respond)
        .await
        .expect("submitted");
    state.projector.catch_up().await.expect("caught up");
    let idea_key = "idea-retention-idea";
    assert!(state.keys.holds(idea_key).await.expect("keys"));

    let past = teilhabe_events::BookingCode::parse("FED-347").expect("code");
    let names = |state: &teilhabe_backend::startup::AppState| {
        let state = state.clone();
        let past = past.clone();
        async move {
            let booking = state
                .catalogue
                .booking(&past, 0)
                .await
                .expect("read")
                .expect("booking")
                .name;
            // The demo's history took walk-ins at the door of its first session.
            let roster = state
                .catalogue
                .roster("demo-history-0")
                .await
                .expect("read")
                .expect("roster");
            assert!(!roster.walk_ins.is_empty(), "the demo's walk-ins");
            let walk_ins: Vec<String> = roster.walk_ins.into_iter().map(|w| w.first_name).collect();
            (booking, walk_ins)
        }
    };
    let erased = teilhabe_events::ERASED.to_owned();
    let (booking, walk_ins) = names(&state).await;
    assert_ne!(booking, erased);
    assert!(walk_ins.iter().all(|n| *n != erased));
    let retention = chrono::Duration::days(365);
    // Today the demo's sessions ended at most half a year ago, the idea is new: nothing is due.
    let none = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(none.total(), 0, "{none:?}");
    // Thirteen months later all of it is due, and erased once.
    state.clock = std::sync::Arc::new(FixedClock(chrono::Utc::now() + chrono::Duration::days(400)));
    let round = apply_retention(&state, retention).await.expect("rule");
    assert!(round.bookings >= 3, "the demo's past bookings: {round:?}");
    assert!(round.walk_ins >= 1, "the demo's walk-ins: {round:?}");
    assert_eq!(round.idea_contacts, 1, "{round:?}");
    let (booking, walk_ins) = names(&state).await;
    assert_eq!(booking, erased);
    assert!(walk_ins.iter().all(|n| *n == erased), "{walk_ins:?}");
    assert!(!state.keys.holds(idea_key).await.expect("keys"));
    let again = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(again.total(), 0, "{again:?}");
}

//! What auditors and outside verifiers receive holds no secret: neither the staff's argon2
//! password hashes, nor booking codes (whoever has one can open, cancel and erase a booking),
//! nor a client's `Idempotency-Key`; and the export still verifies from the file alone.

use clap::Parser;
use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{json, Value};
use teilhabe_backend::cli::{run, Cli};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::testing::fresh_database_urls;

/// A booking code of the demo data (a past session's holder).
const DEMO_CODE: &str = "FED-347";
const KEY: &str = "idem-4711-do-not-export";

fn secrets_in(text: &str, code: &str, codes: bool) -> Vec<String> {
    let mut found = Vec::new();
    if text.contains("$argon2") {
        found.push("an argon2 password hash".to_owned());
    }
    for code in [code, DEMO_CODE].into_iter().filter(|_| codes) {
        if text.contains(code) || text.contains(&code.replace('-', "")) {
            found.push(format!("the booking code {code}"));
        }
    }
    if text.contains(KEY) {
        found.push("the client's Idempotency-Key".to_owned());
    }
    found
}

async fn cli(url: &str, args: &[&str]) -> Result<(), String> {
    let mut all = vec!["teilhabe", "--database-url", url];
    all.extend_from_slice(args);
    let cli = Cli::try_parse_from(all).map_err(|e| format!("the command line: {e}"))?;
    run(cli).await.map_err(|e| e.to_string())
}

/// The log as auditors browse it and as it is exported, with a booking code registered under
/// the key [`KEY`]: (auditors' log, auditors' export, command-line export file, code).
async fn what_auditors_receive(
    url: &str,
    name: &str,
) -> (String, String, std::path::PathBuf, String) {
    let mut config = Config::for_tests(url.to_owned());
    config.demo = true;
    let server = Server::build(&config).await.expect("server");
    let base = format!("http://{}", server.addr);
    let task = tokio::spawn(server.run());
    let http = reqwest::Client::new();
    let sessions: Vec<Value> = http
        .get(format!("{base}/api/v1/sessions"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let registered: Value = http
        .post(format!(
            "{base}/api/v1/sessions/{}/registrations",
            sessions[0]["id"].as_str().unwrap()
        ))
        .header("Idempotency-Key", KEY)
        .json(&json!({"name": "Erika Muster", "contact": {"kind": "none"}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = registered["booking_code"]
        .as_str()
        .expect("a booking code")
        .to_owned();

    let login = http
        .post(format!("{base}/api/v1/staff/login"))
        .json(&json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD}))
        .send()
        .await
        .expect("login");
    let cookie = login.headers()[SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let get = |path: String| {
        let (http, cookie, base) = (http.clone(), cookie.clone(), base.clone());
        async move {
            http.get(format!("{base}{path}"))
                .header(COOKIE, cookie)
                .send()
                .await
                .expect("GET")
                .text()
                .await
                .expect("a body")
        }
    };
    // The whole log as the auditors' browser shows it, page by page.
    let mut audit_log = String::new();
    let mut after = 0;
    loop {
        let page = get(format!("/api/v1/audit/events?limit=500&after={after}")).await;
        let next = serde_json::from_str::<Value>(&page).expect("a page")["next_after"].as_u64();
        audit_log.push_str(&page);
        match next {
            Some(n) => after = n,
            None => break,
        }
    }
    assert!(
        audit_log.contains("PasswordSet"),
        "{}: the log has passwords set",
        name
    );
    let export = get("/api/v1/audit/export.jsonl".to_owned()).await;
    task.abort();
    let _ = task.await;

    let file = std::env::temp_dir().join(format!(
        "teilhabe-export-{}-{}-{code}.jsonl",
        name,
        std::process::id()
    ));
    cli(url, &["export", "--to", file.to_str().unwrap()])
        .await
        .expect("export");
    (audit_log, export, file, code)
}

#[tokio::test]
async fn the_export_and_the_auditors_log_hold_no_password_hash_or_idempotency_key_and_the_log_no_booking_code(
) {
    for db in fresh_database_urls().await {
        let (audit_log, export, file, code) = what_auditors_receive(&db.url, db.name).await;
        let exported = std::fs::read_to_string(&file).expect("the export file");
        for (what, text, codes) in [
            ("the auditors' log", &audit_log, true),
            ("the auditors' export", &export, false),
            ("the command line's export", &exported, false),
        ] {
            let found = secrets_in(text, &code, codes);
            assert!(found.is_empty(), "{}: {what} holds {found:?}", db.name);
        }
        // The chain verifies from the file alone.
        cli(&db.url, &["verify", "--export", file.to_str().unwrap()])
            .await
            .expect("the export verifies on its own");
        let _ = std::fs::remove_file(&file);
    }
}

#[tokio::test]
async fn the_export_holds_no_booking_code() {
    for db in fresh_database_urls().await {
        let (_, export, file, code) = what_auditors_receive(&db.url, db.name).await;
        let exported = std::fs::read_to_string(&file).expect("the export file");
        let _ = std::fs::remove_file(&file);
        for (what, text) in [
            ("the auditors' export", &export),
            ("the command line's export", &exported),
        ] {
            let found = secrets_in(text, &code, true);
            assert!(found.is_empty(), "{}: {what} holds {found:?}", db.name);
        }
    }
}

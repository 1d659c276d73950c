//! What auditors and outside verifiers receive holds no secret: neither the staff's argon2
//! password hashes, nor booking codes (whoever has one can open, cancel and erase a booking),
//! nor a client's `Idempotency-Key`; and the export still verifies from the file alone.

use crate::app::{expect_created, TestApp};
use clap::Parser;
use serde_json::{json, Value};
use teilhabe_backend::cli::{run, Cli};
use teilhabe_backend::testing::{fresh_database_urls, TestDatabase};
use teilhabe_events::staff::Role;

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
async fn what_auditors_receive(db: &TestDatabase) -> (String, String, std::path::PathBuf, String) {
    let app = TestApp::spawn(db).await;
    let session = app.first_session().await;
    let body = json!({"name": "Erika Muster", "contact": {"kind": "none"}});
    let registered = app.post_registration_with_key(&session, KEY, &body).await;
    let code = expect_created(registered, db.name).await.booking_code;

    let office = app.login(Role::Office).await;
    // The whole log as the auditors' browser shows it, page by page.
    let mut audit_log = String::new();
    let mut after = 0;
    loop {
        let page = office
            .text(&format!("/audit/events?limit=500&after={after}"))
            .await;
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
        db.name
    );
    let export = office.text("/audit/export.jsonl").await;
    app.stop().await;

    let file = std::env::temp_dir().join(format!(
        "teilhabe-export-{}-{}-{code}.jsonl",
        db.name,
        std::process::id()
    ));
    cli(&db.url, &["export", "--to", file.to_str().unwrap()])
        .await
        .expect("export");
    (audit_log, export, file, code)
}

#[tokio::test]
async fn the_export_and_the_auditors_log_hold_no_password_hash_or_idempotency_key_and_the_log_no_booking_code(
) {
    for db in fresh_database_urls().await {
        let (audit_log, export, file, code) = what_auditors_receive(&db).await;
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
        let (_, export, file, code) = what_auditors_receive(&db).await;
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

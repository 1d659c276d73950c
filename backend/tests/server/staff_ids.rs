//! Staff ids are not a hash anyone can compute: an auditor (or whoever holds the export) who
//! guesses an e-mail address cannot confirm it by hashing it and finding the result among the
//! stream ids and actors of the log.

use crate::app::TestApp;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use teilhabe_backend::demo::{DEMO_AMBASSADOR, DEMO_OFFICE};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::staff::Role;

/// The id an unkeyed hash gives: the first 20 hex digits of the address's SHA-256.
fn guessed_id(email: &str) -> String {
    hex::encode(&Sha256::digest(email.as_bytes())[..10])
}

#[tokio::test]
async fn a_guessed_staff_address_cannot_be_confirmed_from_the_log() {
    for db in fresh_database_urls().await {
        let what = db.name;
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let new_staff = "clara.auditor@norderstedt.example";
        let account = json!({"name": "Clara Prüfer", "email": new_staff, "role": "auditor"});
        let created = office.post("/office/accounts", &account).await;
        assert_eq!(created.status(), 201, "{what}");
        let created: Value = created.json().await.expect("JSON");
        let id = created["account_id"].as_str().expect("id").to_owned();
        // Opening the same address again is still refused.
        let again = office.post("/office/accounts", &account).await;
        assert_eq!(again.status(), 409, "{what}: the same address twice");
        let export = office.text("/audit/export.jsonl").await;
        assert!(
            export.contains(&id),
            "{what}: the new account is in the log"
        );
        for email in [new_staff, DEMO_OFFICE, DEMO_AMBASSADOR] {
            let guess = guessed_id(email);
            assert!(
                !export.contains(&guess),
                "{what}: the log confirms {email} (id {guess})"
            );
        }
    }
}

//! Staff ids are not a hash anyone can compute: an auditor (or whoever holds the export) who
//! guesses an e-mail address cannot confirm it by hashing it and finding the result among the
//! stream ids and actors of the log.

use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_AMBASSADOR, DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::testing::fresh_database_urls;

/// The id an unkeyed hash gives: the first 20 hex digits of the address's SHA-256.
fn guessed_id(email: &str) -> String {
    hex::encode(&Sha256::digest(email.as_bytes())[..10])
}

#[tokio::test]
async fn a_guessed_staff_address_cannot_be_confirmed_from_the_log() {
    for db in fresh_database_urls().await {
        let what = db.name;
        let mut config = Config::for_tests(db.url.clone());
        config.demo = true;
        let server = Server::build(&config).await.expect("server");
        let base = format!("http://{}", server.addr);
        let task = tokio::spawn(server.run());
        let http = reqwest::Client::new();
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
        let csrf = me["csrf_token"].as_str().expect("csrf").to_owned();
        let new_staff = "clara.auditor@norderstedt.example";
        let created = http
            .post(format!("{base}/api/v1/office/accounts"))
            .header(COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .json(&json!({"name": "Clara Prüfer", "email": new_staff, "role": "auditor"}))
            .send()
            .await
            .expect("account");
        assert_eq!(created.status(), 201, "{what}");
        let created: Value = created.json().await.expect("JSON");
        let id = created["account_id"].as_str().expect("id").to_owned();
        // Opening the same address again is still refused.
        let again = http
            .post(format!("{base}/api/v1/office/accounts"))
            .header(COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .json(&json!({"name": "Clara Prüfer", "email": new_staff, "role": "auditor"}))
            .send()
            .await
            .expect("account");
        assert_eq!(again.status(), 409, "{what}: the same address twice");
        let export = http
            .get(format!("{base}/api/v1/audit/export.jsonl"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .expect("export")
            .text()
            .await
            .expect("export");
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
        task.abort();
    }
}

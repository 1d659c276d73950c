//! The auditors' API end to end: the log pseudonymised, a report replayed as of an earlier
//! instant equals the report taken then, the chain check, and the JSONL export that an outside
//! party can re-verify with the documented canonical form.

use crate::app::{Api, Staff, TestApp};
use serde_json::{json, Value};
use teilhabe_backend::audit::parse_export_line;
use teilhabe_backend::store::hash;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::audit_api::{AuditPage, ChainCheck, Report};
use teilhabe_events::staff::Role;

/// Registers `name` with a phone number; the booking code.
async fn register(app: &Api, session: &str, name: &str) -> String {
    let body = json!({"name": name, "contact": {"kind": "phone", "value": "040 7654321"}, "contact_consent": true});
    app.register_with(session, &body).await.booking_code
}

#[tokio::test]
async fn auditors_read_a_pseudonymised_log_replay_reports_and_export_a_verifiable_log() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = app.first_session().await;
        register(&app, &session, "Erika Mustermann").await;

        // The log browser: filtered, paged, pseudonymised.
        let page: AuditPage = office
            .get_ok("/audit/events?type=ParticipantRegistered&limit=2")
            .await;
        assert_eq!(page.events.len(), 2, "{}", db.name);
        assert!(page
            .events
            .iter()
            .all(|e| e.event_type == "ParticipantRegistered"));
        let text = office.text("/audit/events?limit=500").await;
        assert!(
            !text.contains("Erika"),
            "{}: names are pseudonymised",
            db.name
        );
        assert!(!text.contains("7654321"), "{}: phone numbers too", db.name);
        assert!(text.contains("\"name\":\"~"), "{}: {text:.300}", db.name);

        // A report taken now, and the same instant replayed after more happened.
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let instant = chrono::Utc::now();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let as_of = instant.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let path = format!("/audit/report?as_of={}", as_of.replace('+', "%2B"));
        let then: Report = office.get_ok(&path).await;
        assert!(
            then.totals.registrations >= 4,
            "{}: {:?}",
            db.name,
            then.totals
        );
        register(&app, &session, "Hans Peters").await;
        let attendance = office
            .post(
                &format!(
                    "/office/sessions/{}/attendance",
                    past_session(&office).await
                ),
                &json!({"booking_code": "FED-347", "attendance": "attended"}),
            )
            .await;
        assert!(attendance.status().is_success());
        let now: Report = office.get_ok("/audit/report").await;
        assert_eq!(
            now.totals.registrations,
            then.totals.registrations + 1,
            "{}",
            db.name
        );
        assert_eq!(now.totals.attended, then.totals.attended + 1, "{}", db.name);
        let replayed: Report = office.get_ok(&path).await;
        assert_eq!(
            replayed, then,
            "{}: the replay equals the report taken then",
            db.name
        );
        let csv = office.get(&format!("{path}&format=csv")).await;
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(csv
            .text()
            .await
            .unwrap()
            .starts_with("group,key,registrations"));

        // The chain check and the export.
        let check: ChainCheck = office.post_ok("/audit/verify", &json!({})).await;
        assert!(check.intact, "{}", db.name);
        let export = office.text("/audit/export.jsonl").await;
        let mut previous = hash::GENESIS;
        let mut lines = 0;
        for line in export.lines() {
            let event = parse_export_line(line).expect("a JSON line");
            previous = hash::chain(&previous, &event);
            assert_eq!(
                hash::to_hex(&previous),
                event.hash,
                "{}: line {lines}",
                db.name
            );
            lines += 1;
        }
        assert_eq!(lines, check.events, "{}", db.name);
        assert_eq!(
            Some(hash::to_hex(&previous)),
            check.head_hash,
            "{}",
            db.name
        );
    }
}

async fn past_session(office: &Staff) -> String {
    let sessions: Vec<Value> = office.get_ok("/office/sessions").await;
    sessions
        .iter()
        .find_map(|s| {
            s["session"]["id"]
                .as_str()
                .filter(|id| id.starts_with("demo-past-"))
        })
        .expect("the past demo session")
        .to_owned()
}

//! The auditors' API end to end: the log pseudonymised, a report replayed as of an earlier
//! instant equals the report taken then, the chain check, and the JSONL export that an outside
//! party can re-verify with the documented canonical form.

use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::store::{hash, RecordedEvent};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::audit_api::{AuditPage, ChainCheck, Report};

struct Client {
    base: String,
    http: reqwest::Client,
    cookie: String,
    csrf: String,
}

impl Client {
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

async fn register(client: &Client, session: &str, name: &str) -> String {
    let response = client
        .http
        .post(format!("{}/api/v1/sessions/{session}/registrations", client.base))
        .json(&json!({"name": name, "contact": {"kind": "phone", "value": "040 7654321"}, "contact_consent": true}))
        .send()
        .await
        .expect("register");
    assert_eq!(response.status(), reqwest::StatusCode::CREATED);
    let body: Value = response.json().await.expect("JSON");
    body["booking_code"].as_str().expect("code").to_owned()
}

#[tokio::test]
async fn auditors_read_a_pseudonymised_log_replay_reports_and_export_a_verifiable_log() {
    for db in fresh_database_urls().await {
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
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let me: Value = login.json().await.unwrap();
        let office = Client {
            base: base.clone(),
            http: http.clone(),
            cookie,
            csrf: me["csrf_token"].as_str().unwrap().to_owned(),
        };
        let sessions: Vec<Value> = http
            .get(format!("{base}/api/v1/sessions"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let session = sessions[0]["id"].as_str().unwrap().to_owned();
        register(&office, &session, "Erika Mustermann").await;

        // The log browser: filtered, paged, pseudonymised.
        let page: AuditPage = office
            .get("/api/v1/audit/events?type=ParticipantRegistered&limit=2")
            .await
            .json()
            .await
            .expect("page");
        assert_eq!(page.events.len(), 2, "{}", db.name);
        assert!(page
            .events
            .iter()
            .all(|e| e.event_type == "ParticipantRegistered"));
        let text = office
            .get("/api/v1/audit/events?limit=500")
            .await
            .text()
            .await
            .unwrap();
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
        let path = format!("/api/v1/audit/report?as_of={}", as_of.replace('+', "%2B"));
        let then: Report = office.get(&path).await.json().await.expect("report");
        assert!(
            then.totals.registrations >= 4,
            "{}: {:?}",
            db.name,
            then.totals
        );
        register(&office, &session, "Hans Peters").await;
        let attendance = office
            .post(
                &format!(
                    "/api/v1/office/sessions/{}/attendance",
                    past_session(&office).await
                ),
                json!({"booking_code": "FED-347", "attendance": "attended"}),
            )
            .await;
        assert!(attendance.status().is_success());
        let now: Report = office
            .get("/api/v1/audit/report")
            .await
            .json()
            .await
            .expect("report");
        assert_eq!(
            now.totals.registrations,
            then.totals.registrations + 1,
            "{}",
            db.name
        );
        assert_eq!(now.totals.attended, then.totals.attended + 1, "{}", db.name);
        let replayed: Report = office.get(&path).await.json().await.expect("report");
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
        let check: ChainCheck = office
            .post("/api/v1/audit/verify", json!({}))
            .await
            .json()
            .await
            .unwrap();
        assert!(check.intact, "{}", db.name);
        let export = office
            .get("/api/v1/audit/export.jsonl")
            .await
            .text()
            .await
            .unwrap();
        let mut previous = hash::GENESIS;
        let mut lines = 0;
        for line in export.lines() {
            let v: Value = serde_json::from_str(line).expect("a JSON line");
            let event = RecordedEvent {
                position: v["position"].as_u64().unwrap(),
                stream_id: v["stream_id"].as_str().unwrap().into(),
                stream_version: v["stream_version"].as_u64().unwrap(),
                event_type: v["event_type"].as_str().unwrap().into(),
                schema_version: u32::try_from(v["schema_version"].as_u64().unwrap()).unwrap(),
                payload: v["payload"].as_str().unwrap().into(),
                metadata: v["metadata"].as_str().unwrap().into(),
                recorded_at: v["recorded_at"].as_str().unwrap().into(),
                hash: v["hash"].as_str().unwrap().into(),
            };
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
        task.abort();
    }
}

async fn past_session(office: &Client) -> String {
    let sessions: Vec<Value> = office
        .get("/api/v1/office/sessions")
        .await
        .json()
        .await
        .unwrap();
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

//! The ideas store end to end: submitting with field errors, supporting once per booking code
//! or staff account, the working group's steps with reasons, the public list without personal
//! data, and the auditors' count per field of action and state.

use reqwest::header::{COOKIE, SET_COOKIE};
use reqwest::StatusCode;
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::Problem;
use teilhabe_events::audit_api::Report;
use teilhabe_events::ideas::{IdeaCreated, IdeaState, IdeaView};

#[tokio::test]
async fn ideas_are_submitted_supported_once_and_decided_with_reasons() {
    for db in fresh_database_urls().await {
        let mut config = Config::for_tests(db.url.clone());
        config.demo = true;
        let server = Server::build(&config).await.expect("server");
        let base = format!("http://{}/api/v1", server.addr);
        let task = tokio::spawn(server.run());
        let http = reqwest::Client::new();

        let empty = http
            .post(format!("{base}/ideas"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Problem = empty.json().await.unwrap();
        let fields: Vec<_> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["what", "for_whom", "where_in_city", "field"],
            "{}",
            db.name
        );

        let mut ids = Vec::new();
        for what in [
            "Schließfächer für Rollatoren im Stadtpark",
            "Leihstation für Bollerwagen",
        ] {
            let created: IdeaCreated = http
                .post(format!("{base}/ideas"))
                .json(&json!({"what": what, "for_whom": "Ältere Menschen", "where_in_city": "Stadtpark",
                    "field": "living", "contact": {"kind": "email", "value": "ideen@example.org"}}))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            ids.push(created.id);
        }
        let support = |code: &'static str, id: String| {
            let http = http.clone();
            let base = base.clone();
            async move {
                http.post(format!("{base}/ideas/{id}/support"))
                    .json(&json!({"booking_code": code}))
                    .send()
                    .await
                    .unwrap()
                    .status()
            }
        };
        assert_eq!(
            support("fed347", ids[0].clone()).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            support("FED-349", ids[0].clone()).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            support("FED-347", ids[0].clone()).await,
            StatusCode::CONFLICT,
            "{}: once per code",
            db.name
        );
        assert_eq!(
            support("AAA-AAA", ids[0].clone()).await,
            StatusCode::NOT_FOUND
        );

        let login = http
            .post(format!("{base}/staff/login"))
            .json(&json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD}))
            .send()
            .await
            .unwrap();
        let cookie = login.headers()[SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned();
        let me: Value = login.json().await.unwrap();
        let csrf = me["csrf_token"].as_str().unwrap().to_owned();
        // Staff support without a booking code: once per account, and a request without the
        // CSRF token changes nothing.
        let staff_support = |csrf: String| {
            let (http, base, cookie, id) =
                (http.clone(), base.clone(), cookie.clone(), ids[0].clone());
            async move {
                http.post(format!("{base}/staff/ideas/{id}/support"))
                    .header(COOKIE, cookie)
                    .header("x-csrf-token", csrf)
                    .send()
                    .await
                    .unwrap()
                    .status()
            }
        };
        assert_eq!(staff_support(String::new()).await, StatusCode::FORBIDDEN);
        assert_eq!(staff_support(csrf.clone()).await, StatusCode::NO_CONTENT);
        assert_eq!(
            staff_support(csrf.clone()).await,
            StatusCode::CONFLICT,
            "{}: once per account",
            db.name
        );
        let decide = |id: String, body: Value| {
            let (http, base, cookie, csrf) =
                (http.clone(), base.clone(), cookie.clone(), csrf.clone());
            async move {
                http.post(format!("{base}/office/ideas/{id}/state"))
                    .header(COOKIE, cookie)
                    .header("x-csrf-token", csrf)
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .status()
            }
        };
        assert_eq!(
            decide(
                ids[0].clone(),
                json!({"state": "pilot", "reason": "Wird erprobt."})
            )
            .await,
            StatusCode::CONFLICT,
            "{}: assessed first",
            db.name
        );
        for id in &ids {
            assert_eq!(
                decide(id.clone(), json!({"state": "assessing"})).await,
                StatusCode::NO_CONTENT
            );
        }
        assert_eq!(
            decide(
                ids[0].clone(),
                json!({"state": "pilot", "reason": "Wird im Frühjahr erprobt."})
            )
            .await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            decide(
                ids[1].clone(),
                json!({"state": "merged", "into": "nothing", "reason": "Gleiche Idee."})
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            decide(
                ids[1].clone(),
                json!({"state": "merged", "into": ids[0], "reason": "Gleiche Idee."})
            )
            .await,
            StatusCode::NO_CONTENT
        );

        let text = http
            .get(format!("{base}/ideas"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !text.contains("ideen@example.org"),
            "{}: no contact in public",
            db.name
        );
        let ideas: Vec<IdeaView> = serde_json::from_str(&text).unwrap();
        let pilot = ideas.iter().find(|i| i.id == ids[0]).unwrap();
        assert_eq!(
            (pilot.state, pilot.supporters),
            (IdeaState::Pilot, 3),
            "{}",
            db.name
        );
        assert_eq!(pilot.reason.as_deref(), Some("Wird im Frühjahr erprobt."));
        let merged = ideas.iter().find(|i| i.id == ids[1]).unwrap();
        assert_eq!(merged.merged_into.as_deref(), Some(ids[0].as_str()));

        let report: Report = http
            .get(format!("{base}/audit/report"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let rows: Vec<_> = report
            .ideas
            .iter()
            .map(|r| (r.field.as_str(), r.state.as_str(), r.count))
            .collect();
        assert_eq!(
            rows,
            [("living", "merged", 1), ("living", "pilot", 1)],
            "{}",
            db.name
        );
        let csv = http
            .get(format!("{base}/audit/report?format=csv"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            csv.contains("\nideas,living,pilot,1\n"),
            "{}: {csv}",
            db.name
        );
        task.abort();
    }
}

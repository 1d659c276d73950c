//! Who may still act: an ambassador who pauses or retires, and a staff account the office
//! closes, lose access to residents' data on their very next request, without logging out.

use crate::app::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::json;
use teilhabe_backend::demo::{DEMO_AMBASSADOR, DEMO_PASSWORD};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::Me;

/// The routes that show or change residents' data, with a body where they take one.
fn residents_routes() -> Vec<(Method, &'static str, Option<serde_json::Value>)> {
    vec![
        (Method::GET, "/calls", None),
        (Method::GET, "/door/sessions", None),
        (
            Method::POST,
            "/ambassador/registrations",
            Some(json!({"session_id": "x", "name": "Erika Muster"})),
        ),
    ]
}

#[tokio::test]
async fn a_paused_or_retired_ambassador_loses_access_at_once() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let ayse = app.login(Role::Ambassador).await;
        let calls = ayse.get("/calls").await;
        assert_eq!(calls.status(), StatusCode::OK, "{}: active", db.name);
        for status in ["paused", "retired"] {
            let changed = ayse
                .post("/ambassador/status", &json!({"status": status}))
                .await;
            assert_eq!(
                changed.status(),
                StatusCode::NO_CONTENT,
                "{}: {status}",
                db.name
            );
            for (method, path, body) in residents_routes() {
                let response = ayse.send(method.clone(), path, body.as_ref()).await;
                assert_eq!(
                    response.status(),
                    StatusCode::FORBIDDEN,
                    "{}: {status} ambassador's open session: {method} {path}",
                    db.name
                );
            }
            if status == "paused" {
                // Resuming gives access back.
                ayse.post("/ambassador/status", &json!({"status": "active"}))
                    .await;
                let calls = ayse.get("/calls").await;
                assert_eq!(calls.status(), StatusCode::OK, "{}: resumed", db.name);
            }
        }
    }
}

#[tokio::test]
async fn the_office_closes_a_staff_account_and_its_sessions_end_at_once() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ayse = app.login(Role::Ambassador).await;
        let me: Me = ayse.get_ok("/staff/me").await;
        let path = format!("/office/accounts/{}/close", me.account_id);
        let refused = ayse.send(Method::POST, &path, None).await;
        assert_eq!(
            refused.status(),
            StatusCode::FORBIDDEN,
            "{}: only the office",
            db.name
        );
        let closed = office.send(Method::POST, &path, None).await;
        assert_eq!(
            closed.status(),
            StatusCode::NO_CONTENT,
            "{}: close",
            db.name
        );
        for (method, path) in [(Method::GET, "/staff/me"), (Method::GET, "/calls")] {
            let response = ayse.send(method.clone(), path, None).await;
            assert_eq!(
                response.status(),
                StatusCode::UNAUTHORIZED,
                "{}: closed account's session: {method} {path}",
                db.name
            );
        }
        let login = app
            .post(
                "/staff/login",
                &json!({"email": DEMO_AMBASSADOR, "password": DEMO_PASSWORD}),
            )
            .await;
        assert_eq!(
            login.status(),
            StatusCode::UNAUTHORIZED,
            "{}: no new login",
            db.name
        );
        let unknown = office
            .send(Method::POST, "/office/accounts/nobody/close", None)
            .await;
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND, "{}", db.name);
    }
}

#[tokio::test]
async fn teilhabe_user_close_ends_the_sessions_of_a_running_server() {
    use clap::Parser;
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let ayse = app.login(Role::Ambassador).await;
        let cli = teilhabe_backend::cli::Cli::parse_from([
            "teilhabe",
            "--database-url",
            &db.url,
            "user",
            "close",
            "--email",
            DEMO_AMBASSADOR,
        ]);
        teilhabe_backend::cli::run(cli)
            .await
            .expect("teilhabe user close");
        // The running server sees the closed account within its poll of the log.
        let mut status = StatusCode::OK;
        for _ in 0..40 {
            status = ayse.get("/staff/me").await.status();
            if status == StatusCode::UNAUTHORIZED {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{}: closed by the CLI",
            db.name
        );
    }
}

#[tokio::test]
async fn an_ambassador_paused_by_the_office_cannot_resume_themselves() {
    use teilhabe_events::staff_api::AmbassadorDashboard;
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ayse = app.login(Role::Ambassador).await;
        let dashboard: AmbassadorDashboard = ayse.get_ok("/ambassador/dashboard").await;
        let path = format!("/office/ambassadors/{}/status", dashboard.ambassador_id);
        let paused = office.post(&path, &json!({"status": "paused"})).await;
        assert_eq!(
            paused.status(),
            StatusCode::NO_CONTENT,
            "{}: the office pauses",
            db.name
        );
        let calls = ayse.get("/calls").await;
        assert_eq!(calls.status(), StatusCode::FORBIDDEN, "{}", db.name);
        let resume = ayse
            .post("/ambassador/status", &json!({"status": "active"}))
            .await;
        assert_eq!(
            resume.status(),
            StatusCode::CONFLICT,
            "{}: paused by the office, not by herself",
            db.name
        );
        let calls = ayse.get("/calls").await;
        assert_eq!(
            calls.status(),
            StatusCode::FORBIDDEN,
            "{}: still paused",
            db.name
        );
        let resumed = office.post(&path, &json!({"status": "active"})).await;
        assert_eq!(
            resumed.status(),
            StatusCode::NO_CONTENT,
            "{}: the office resumes",
            db.name
        );
        let calls = ayse.get("/calls").await;
        assert_eq!(calls.status(), StatusCode::OK, "{}: active again", db.name);
    }
}

/// The office's list of ambassadors (what its page offers "Close account" from) names each
/// approved ambassador's staff account, and shows it closed once the office has closed it.
#[tokio::test]
async fn the_office_list_names_each_ambassadors_account_and_shows_it_closed() {
    use teilhabe_events::staff_api::AmbassadorView;
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ayse = app.login(Role::Ambassador).await;
        let me: Me = ayse.get_ok("/staff/me").await;
        let find = |list: Vec<AmbassadorView>| {
            list.into_iter()
                .find(|v| v.application.email.as_str() == DEMO_AMBASSADOR)
                .expect("the demo ambassador is listed")
        };
        let listed = find(office.get_ok("/office/applications").await);
        assert_eq!(
            listed.account_id.as_deref(),
            Some(me.account_id.as_str()),
            "{}: the list names the account to close",
            db.name
        );
        assert!(!listed.account_closed, "{}: open at first", db.name);
        let path = format!("/office/accounts/{}/close", me.account_id);
        let closed = office.send(Method::POST, &path, None).await;
        assert_eq!(closed.status(), StatusCode::NO_CONTENT, "{}", db.name);
        let listed = find(office.get_ok("/office/applications").await);
        assert!(
            listed.account_closed,
            "{}: the list shows the account closed",
            db.name
        );
    }
}

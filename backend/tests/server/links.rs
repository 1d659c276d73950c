//! Set-password links: one live link per account (a new one revokes the older ones), and
//! setting a password revokes every link and ends every session of the account.

use crate::app::{sqlite, TestApp};
use crate::mail::Sink;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::DEMO_AMBASSADOR;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::Me;

#[tokio::test]
async fn the_e_mailed_link_replaces_the_one_the_office_was_shown() {
    let Some(sink) = Sink::start().await else {
        return;
    };
    let app = TestApp::spawn_with(&sqlite(), |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
    })
    .await;
    let office = app.login(Role::Office).await;
    let approved: Value = office
        .ok(
            Method::POST,
            "/office/applications/demo-jonas/approve",
            None,
        )
        .await;
    let token_in = |text: &str| {
        text.split("/staff/password?token=")
            .nth(1)
            .map(|t| t.chars().take(64).collect::<String>())
            .expect("a set-password link")
    };
    let shown = token_in(approved["set_password_link"].as_str().unwrap());
    let mailed = token_in(&sink.messages_to("jonas.weber@example.org", 1).await[0]);
    assert_ne!(shown, mailed);
    let set = |token: String| {
        let (app, body) = (
            &app,
            json!({"token": token, "password": "Jonas sein Passwort"}),
        );
        async move { app.post("/staff/password", &body).await.status() }
    };
    assert_eq!(
        set(shown).await,
        StatusCode::BAD_REQUEST,
        "the older link was revoked when the e-mail's was issued"
    );
    assert_eq!(
        set(mailed).await,
        StatusCode::NO_CONTENT,
        "the e-mailed link works"
    );
}

#[tokio::test]
async fn setting_a_password_revokes_every_link_and_ends_every_session() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        // The same store opened beside the server, as `teilhabe` commands do: it issues links.
        let side = teilhabe_backend::startup::state(&Config::for_tests(db.url.clone()))
            .await
            .expect("state");
        let ayse = app.login(Role::Ambassador).await;
        let me: Me = ayse.get_ok("/staff/me").await;
        let now = chrono::Utc::now().timestamp();
        let first = side.auth.issue_link(&me.account_id, now).await.unwrap();
        let second = side.auth.issue_link(&me.account_id, now).await.unwrap();
        let body = |token: &str| json!({"token": token, "password": "Ayşes neues Passwort"});
        assert_eq!(
            app.post("/staff/password", &body(&first)).await.status(),
            StatusCode::BAD_REQUEST,
            "{}: a newer link revokes the older",
            db.name
        );
        assert_eq!(
            app.post("/staff/password", &body(&second)).await.status(),
            StatusCode::NO_CONTENT,
            "{}",
            db.name
        );
        let old_session = ayse.get("/staff/me").await;
        assert_eq!(
            old_session.status(),
            StatusCode::UNAUTHORIZED,
            "{}: the session from before the new password has ended",
            db.name
        );
        app.login_as(DEMO_AMBASSADOR, "Ayşes neues Passwort").await;
    }
}

/// A link works once, also when it is sent many times at the same moment (an attacker who saw
/// it racing the owner): exactly one request sets a password.
#[tokio::test]
async fn a_link_sent_many_times_at_once_sets_one_password() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let side = teilhabe_backend::startup::state(&Config::for_tests(db.url.clone()))
            .await
            .expect("state");
        let ayse = app.login(Role::Ambassador).await;
        let me: Me = ayse.get_ok("/staff/me").await;
        let now = chrono::Utc::now().timestamp();
        let token = side.auth.issue_link(&me.account_id, now).await.unwrap();
        let attempts = (0..16).map(|i| {
            let body = json!({"token": token, "password": format!("Passwort Nummer {i:02}")});
            let app = &app;
            async move { app.post("/staff/password", &body).await.status() }
        });
        let statuses = futures_util::future::join_all(attempts).await;
        let used = statuses
            .iter()
            .filter(|s| **s == StatusCode::NO_CONTENT)
            .count();
        assert_eq!(used, 1, "{}: one link, {statuses:?}", db.name);
    }
}

//! Set-password links: one live link per account (a new one revokes the older ones), and
//! setting a password revokes every link and ends every session of the account.

use crate::app::{sqlite, Staff, TestApp};
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

/// The demo ambassador logged in, and `n` set-password links (their tokens) issued one after
/// the other for her account by the same store opened beside the server, as `teilhabe`
/// commands do.
async fn links_for_ayse(app: &TestApp, n: usize) -> (Staff, Vec<String>) {
    let side = teilhabe_backend::startup::state(&Config::for_tests(app.database_url.clone()))
        .await
        .expect("state");
    let ayse = app.login(Role::Ambassador).await;
    let me: Me = ayse.get_ok("/staff/me").await;
    let now = chrono::Utc::now().timestamp();
    let mut links = Vec::new();
    for _ in 0..n {
        links.push(
            side.auth
                .issue_link(&me.account_id, now)
                .await
                .expect("a link"),
        );
    }
    (ayse, links)
}

#[tokio::test]
async fn setting_a_password_revokes_every_link_and_ends_every_session() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (ayse, links) = links_for_ayse(&app, 2).await;
        let [first, second] = <[String; 2]>::try_from(links).expect("two links");
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
        let (_, links) = links_for_ayse(&app, 1).await;
        let token = &links[0];
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

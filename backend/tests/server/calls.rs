//! Residents without e-mail: reminders and news reach those who gave a phone number through
//! the call list, with what to say in their language; each call's result is recorded, and
//! a call that reached them or left a message takes them off the list.

use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_AMBASSADOR, DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::Server;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::staff_api::CallItem;

/// The call list as the login with `cookie` sees it.
async fn call_list(http: &reqwest::Client, base: &str, cookie: &str) -> Vec<CallItem> {
    http.get(format!("{base}/api/v1/calls"))
        .header(COOKIE, cookie)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("the call list")
}

async fn login(http: &reqwest::Client, base: &str, email: &str) -> (String, String) {
    let response = http
        .post(format!("{base}/api/v1/staff/login"))
        .json(&json!({"email": email, "password": DEMO_PASSWORD}))
        .send()
        .await
        .expect("login");
    let cookie = response.headers()[SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let me: Value = response.json().await.unwrap();
    (cookie, me["csrf_token"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn the_call_list_names_who_to_call_and_what_to_say_until_they_are_reached() {
    for db in fresh_database_urls().await {
        let mut config = Config::for_tests(db.url.clone());
        config.demo = true;
        // Every demo session is "soon" for this test.
        config.reminder_hours = 24 * 60;
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
        let session = sessions[0]["id"].as_str().unwrap().to_owned();
        let created: Value = http
            .post(format!("{base}/api/v1/sessions/{session}/registrations"))
            .header(ACCEPT_LANGUAGE, "pl")
            .json(&json!({"name": "Jan Kowalski", "contact": {"kind": "phone", "value": "040 999888"}, "contact_consent": true}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let code = created["booking_code"].as_str().unwrap().to_owned();
        let (cookie, csrf) = login(&http, &base, DEMO_OFFICE).await;
        // The server wrote the reminders due at start before it answered anything; the call
        // list joins whoever booked since.
        let calls: Vec<CallItem> = call_list(&http, &base, &cookie).await;
        let mine = calls.into_iter().find(|c| c.booking_code == code);
        let call = mine.unwrap_or_else(|| panic!("{}: Jan is on the call list", db.name));
        assert_eq!(call.kind, "session-reminder", "{}", db.name);
        assert_eq!(call.phone, "040 999888", "{}", db.name);
        assert!(
            call.script.starts_with("Dzień dobry"),
            "{}: {}",
            db.name,
            call.script
        );

        // An ambassador calls and does not reach him: he stays on the list, one attempt.
        let (amb_cookie, amb_csrf) = login(&http, &base, DEMO_AMBASSADOR).await;
        let not_reached = http
            .post(format!("{base}/api/v1/calls"))
            .header(COOKIE, &amb_cookie)
            .header("x-csrf-token", &amb_csrf)
            .json(&json!({"call": call.call, "booking_code": code, "result": "not-reached"}))
            .send()
            .await
            .unwrap();
        assert_eq!(
            not_reached.status(),
            reqwest::StatusCode::NO_CONTENT,
            "{}",
            db.name
        );
        let calls: Vec<CallItem> = call_list(&http, &base, &cookie).await;
        let again = calls
            .iter()
            .find(|c| c.booking_code == code && c.call == call.call)
            .expect("still to call");
        assert_eq!(again.attempts, 1, "{}", db.name);

        // The office leaves a message: done.
        let left = http
            .post(format!("{base}/api/v1/calls"))
            .header(COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .json(&json!({"call": call.call, "booking_code": code, "result": "left-message"}))
            .send()
            .await
            .unwrap();
        assert_eq!(left.status(), reqwest::StatusCode::NO_CONTENT);
        let calls: Vec<CallItem> = call_list(&http, &base, &cookie).await;
        assert!(
            !calls
                .iter()
                .any(|c| c.booking_code == code && c.call == call.call),
            "{}",
            db.name
        );

        // The session is cancelled: a new call, about the cancellation, with the reason.
        let cancelled = http
            .post(format!("{base}/api/v1/office/sessions/{session}/cancel"))
            .header(COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .json(&json!({"reason": "Sala jest zajęta."}))
            .send()
            .await
            .unwrap();
        assert!(cancelled.status().is_success());
        let calls: Vec<CallItem> = call_list(&http, &base, &cookie).await;
        let news = calls
            .iter()
            .find(|c| c.booking_code == code)
            .expect("a call about the cancellation");
        assert_eq!(news.kind, "session-cancelled", "{}", db.name);
        assert!(news.script.contains("Sala jest zajęta."), "{}", db.name);
        task.abort();
    }
}

#[tokio::test]
async fn a_reminder_is_written_once_when_a_session_comes_within_the_lead_time() {
    use teilhabe_backend::domain::clock::FixedClock;
    let mut config = Config::for_tests(teilhabe_backend::testing::fresh_sqlite_url());
    config.demo = true;
    let mut state = teilhabe_backend::startup::state(&config)
        .await
        .expect("state");
    let session = state
        .catalogue
        .all_sessions()
        .into_iter()
        .find(|s| !s.cancelled && s.starts_at > chrono::Utc::now())
        .expect("an upcoming demo session");
    let key = format!("reminder-{}", session.id);
    let lead = chrono::Duration::hours(48);
    let starts = session.starts_at.with_timezone(&chrono::Utc);
    let rows = |state: &teilhabe_backend::state::AppState| {
        let (state, key) = (state.clone(), key.clone());
        async move {
            state
                .outbox
                .unsent(&state.mail_sources())
                .await
                .expect("outbox")
                .into_iter()
                .filter(|e| e.key == key)
                .count()
        }
    };
    // Three days before: not yet. The clock is set, nothing waits.
    state.clock = std::sync::Arc::new(FixedClock(starts - chrono::Duration::hours(72)));
    state
        .outbox
        .remind(&state.mail_sources(), lead)
        .await
        .expect("round");
    assert_eq!(rows(&state).await, 0, "three days before");
    // Just inside two days: written, and a second round writes no second one.
    state.clock = std::sync::Arc::new(FixedClock(starts - chrono::Duration::hours(47)));
    state
        .outbox
        .remind(&state.mail_sources(), lead)
        .await
        .expect("round");
    state
        .outbox
        .remind(&state.mail_sources(), lead)
        .await
        .expect("round");
    assert_eq!(rows(&state).await, 1, "within the lead time, once");
}

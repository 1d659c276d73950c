//! Residents without e-mail: reminders and news reach those who gave a phone number through
//! the call list, with what to say in their language; each call's result is recorded, and
//! a call that reached them or left a message takes them off the list.

use crate::app::{demo_config, TestApp};
use reqwest::StatusCode;
use serde_json::json;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::CallItem;
use teilhabe_events::Notice;

#[tokio::test]
async fn the_call_list_names_who_to_call_and_what_to_say_until_they_are_reached() {
    for db in fresh_database_urls().await {
        // Every demo session is "soon" for this test.
        let app = TestApp::spawn_with(&db, |config| config.reminder_hours = 24 * 60).await;
        let session = app.first_session().await;
        let body = json!({"name": "Jan Kowalski", "contact": {"kind": "phone", "value": "040 999888"}, "contact_consent": true});
        let code = app.register_in("pl", &session, &body).await.booking_code;
        let office = app.login(Role::Office).await;
        // The server wrote the reminders due at start before it answered anything; the call
        // list joins whoever booked since.
        let calls: Vec<CallItem> = office.get_ok("/calls").await;
        let mine = calls.into_iter().find(|c| c.booking_code == code);
        let call = mine.unwrap_or_else(|| panic!("{}: Jan is on the call list", db.name));
        assert_eq!(call.kind, Notice::SessionReminder, "{}", db.name);
        assert_eq!(call.phone, "040 999888", "{}", db.name);
        assert!(
            call.script.starts_with("Dzień dobry"),
            "{}: {}",
            db.name,
            call.script
        );

        // An ambassador calls and does not reach him: he stays on the list, one attempt.
        let ambassador = app.login(Role::Ambassador).await;
        let not_reached = ambassador
            .post(
                "/calls",
                &json!({"call": call.call, "booking_code": code, "result": "not-reached"}),
            )
            .await;
        assert_eq!(not_reached.status(), StatusCode::NO_CONTENT, "{}", db.name);
        let calls: Vec<CallItem> = office.get_ok("/calls").await;
        let again = calls
            .iter()
            .find(|c| c.booking_code == code && c.call == call.call)
            .expect("still to call");
        assert_eq!(again.attempts, 1, "{}", db.name);

        // The office leaves a message: done.
        let left = office
            .post(
                "/calls",
                &json!({"call": call.call, "booking_code": code, "result": "left-message"}),
            )
            .await;
        assert_eq!(left.status(), StatusCode::NO_CONTENT);
        let calls: Vec<CallItem> = office.get_ok("/calls").await;
        assert!(
            !calls
                .iter()
                .any(|c| c.booking_code == code && c.call == call.call),
            "{}",
            db.name
        );

        // The session is cancelled: a new call, about the cancellation, with the reason.
        let cancelled = office
            .post(
                &format!("/office/sessions/{session}/cancel"),
                &json!({"reason": "Sala jest zajęta."}),
            )
            .await;
        assert!(cancelled.status().is_success());
        let calls: Vec<CallItem> = office.get_ok("/calls").await;
        let news = calls
            .iter()
            .find(|c| c.booking_code == code)
            .expect("a call about the cancellation");
        assert_eq!(news.kind, Notice::SessionCancelled, "{}", db.name);
        assert!(news.script.contains("Sala jest zajęta."), "{}", db.name);
    }
}

#[tokio::test]
async fn a_reminder_is_written_once_when_a_session_comes_within_the_lead_time() {
    use teilhabe_backend::domain::clock::FixedClock;
    let config = demo_config(&teilhabe_backend::testing::fresh_sqlite_url());
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

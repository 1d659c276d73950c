//! Beyond the screen, end to end: drop-in sessions, checking in at the door by booking code,
//! walk-ins counted once, the paper sign-in sheet matched to registrations, feedback cards,
//! the booking code as a QR code and leaving the waitlist.

use crate::app::{plan_session, problem, Staff, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::{BookingStatus, BookingView, RegistrationCreated, SessionSummary};
use teilhabe_events::audit_api::{Report, SourceRow};
use teilhabe_events::session::Source;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::{DoorView, MatchProposal, Roster};

/// Plans a session starting in two minutes (so its door is open); `capacity` 0 plans a
/// drop-in.
async fn plan_soon(office: &Staff, capacity: u32) -> SessionSummary {
    let soon = chrono::Duration::minutes(2);
    plan_session(office, "Offene Handy-Sprechstunde", soon, capacity).await
}

/// Registers `name` without any contact.
async fn register(app: &TestApp, session: &str, name: &str) -> RegistrationCreated {
    let body = json!({"name": name, "contact": {"kind": "none"}});
    app.register_with(session, &body).await
}

/// Counts a walk-in at the door, sent with the idempotency key `key`.
async fn walk_in(login: &Staff, session: &str, body: &Value, key: &str) -> DoorView {
    let path = format!("/door/sessions/{session}/walk-ins");
    let response = login
        .request(Method::POST, &path)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .expect("walk-in sent");
    assert_eq!(response.status(), StatusCode::OK, "{}", login.db());
    response.json().await.expect("door view")
}

#[tokio::test]
async fn an_ambassador_checks_in_by_code_once_and_counts_a_walk_in_once() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ambassador = app.login(Role::Ambassador).await;
        let session = plan_soon(&office, 5).await;
        let booking = register(&app, &session.id, "Erika Mustermann").await;
        let today: Vec<SessionSummary> = ambassador.get_ok("/door/sessions").await;
        assert!(today.iter().any(|s| s.id == session.id), "{}", db.name);

        // Typed in lower case without the dash: still the booking.
        let typed = booking.booking_code.replace('-', "").to_lowercase();
        let path = format!("/door/sessions/{}/check-ins", session.id);
        let view: DoorView = ambassador
            .post_ok(&path, &json!({"booking_code": typed}))
            .await;
        assert_eq!(view.present, 1, "{}", db.name);
        assert_eq!(
            view.expected[0].checked_in,
            Some(Source::Door),
            "{}",
            db.name
        );

        let again = ambassador
            .post(&path, &json!({"booking_code": booking.booking_code}))
            .await;
        let p = problem(again, StatusCode::CONFLICT, db.name).await;
        assert_eq!(
            p.message_key, "doors-problem-already-checked-in",
            "{}",
            db.name
        );

        let hans = json!({"first_name": "Hans", "district": "Harksheide"});
        walk_in(&ambassador, &session.id, &hans, "tap-hans").await;
        let view = walk_in(&ambassador, &session.id, &hans, "tap-hans").await;
        assert_eq!(view.present, 2, "{}: the double tap counts once", db.name);
        assert_eq!(view.walk_ins.len(), 1, "{}", db.name);

        let nameless = ambassador
            .post(
                &format!("/door/sessions/{}/walk-ins", session.id),
                &json!({"first_name": "", "district": "Mars"}),
            )
            .await;
        let p = problem(nameless, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        let fields: Vec<_> = p.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["first_name", "district"], "{}", db.name);

        let roster: Roster = office
            .get_ok(&format!("/office/sessions/{}/roster", session.id))
            .await;
        assert_eq!(
            roster.entries[0].checked_in,
            Some(Source::Door),
            "{}",
            db.name
        );
        assert_eq!(roster.walk_ins[0].source, Source::Door, "{}", db.name);
    }
}

#[tokio::test]
async fn a_paper_line_is_proposed_as_a_booking_and_confirmed_or_kept_apart() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = plan_soon(&office, 5).await;
        let before = paper_figures(&office).await;
        let erika = register(&app, &session.id, "Erika Müller").await;
        register(&app, &session.id, "Hans Schulz").await;

        let proposals: Vec<MatchProposal> = office
            .get_ok(&format!(
                "/door/sessions/{}/proposals?name=erika%20muller",
                session.id
            ))
            .await;
        assert_eq!(proposals.len(), 1, "{}: {proposals:?}", db.name);
        assert_eq!(proposals[0].booking_code, erika.booking_code, "{}", db.name);

        // Confirmed: the booking is checked in from paper.
        let confirm = json!({"booking_code": erika.booking_code, "source": "paper"});
        let view: DoorView = office
            .post_ok(
                &format!("/door/sessions/{}/check-ins", session.id),
                &confirm,
            )
            .await;
        assert_eq!(
            view.expected[0].checked_in,
            Some(Source::Paper),
            "{}",
            db.name
        );

        // Kept apart: another Erika, a walk-in from paper, no district needed.
        let apart = json!({"first_name": "Erika", "source": "paper"});
        let view = walk_in(&office, &session.id, &apart, "line-2").await;
        assert_eq!(view.present, 2, "{}", db.name);
        assert_eq!(view.walk_ins[0].source, Source::Paper, "{}", db.name);
        assert_eq!(view.walk_ins[0].district, None, "{}", db.name);

        let card = office
            .post(
                &format!("/door/sessions/{}/feedback-cards", session.id),
                &json!({"rating": 5, "helped": "yes"}),
            )
            .await;
        assert_eq!(card.status(), StatusCode::NO_CONTENT, "{}", db.name);
        let roster: Roster = office
            .get_ok(&format!("/office/sessions/{}/roster", session.id))
            .await;
        assert_eq!(roster.feedback.responses, 1, "{}", db.name);
        assert_eq!(roster.feedback.from_paper, 1, "{}", db.name);

        // The auditors' report tells what came from paper apart.
        let after = paper_figures(&office).await;
        let added = |f: fn(&SourceRow) -> u32| f(&after) - f(&before);
        assert_eq!(
            [
                added(|r| r.attended),
                added(|r| r.walk_ins),
                added(|r| r.feedback),
                added(|r| r.rating_sum)
            ],
            [1, 1, 1, 5],
            "{}: {after:?}",
            db.name
        );
    }
}

/// The report's figures for what was typed in from paper.
async fn paper_figures(office: &Staff) -> SourceRow {
    let report: Report = office.get_ok("/audit/report").await;
    report
        .by_source
        .into_iter()
        .find(|r| r.source == "paper")
        .unwrap_or_default()
}

#[tokio::test]
async fn a_drop_in_session_has_no_places_and_takes_no_bookings() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = plan_soon(&office, 0).await;
        assert!(session.drop_in, "{}", db.name);
        assert_eq!(session.capacity, 0, "{}", db.name);
        let listed = app.sessions().await;
        assert!(
            listed.iter().any(|s| s.id == session.id && s.drop_in),
            "{}",
            db.name
        );
        let refused = app
            .post(
                &format!("/sessions/{}/registrations", session.id),
                &json!({"name": "Erika", "contact": {"kind": "none"}}),
            )
            .await;
        let p = problem(refused, StatusCode::CONFLICT, db.name).await;
        assert_eq!(
            p.message_key, "doors-problem-no-booking-needed",
            "{}",
            db.name
        );
        let hans = json!({"first_name": "Hans", "district": "Garstedt"});
        let view = walk_in(&office, &session.id, &hans, "drop-in-hans").await;
        assert_eq!(view.present, 1, "{}", db.name);
    }
}

#[tokio::test]
async fn the_booking_code_is_drawn_as_a_qr_code_for_any_well_formed_code() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let response = app.get("/bookings/k7p4mn/qr.svg").await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        assert_eq!(
            response.headers()[reqwest::header::CONTENT_TYPE],
            "image/svg+xml",
            "{}",
            db.name
        );
        let svg = response.text().await.unwrap_or_default();
        assert!(svg.contains("<svg"), "{}", db.name);
        // Only the staff app may open the camera (to scan the code at the door).
        for (path, camera) in [("/staff/door", "camera=(self)"), ("/", "camera=()")] {
            let page = app.get_page(path).await;
            let policy = page.headers()["permissions-policy"]
                .to_str()
                .unwrap_or_default();
            assert!(policy.starts_with(camera), "{}: {path}: {policy}", db.name);
        }
        let bad = app.get("/bookings/nope/qr.svg").await;
        let p = problem(bad, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        assert_eq!(p.errors[0].field, "code", "{}", db.name);
    }
}

#[tokio::test]
async fn a_resident_leaves_the_waitlist_with_their_code_and_the_next_one_moves_up() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let starts = chrono::Utc::now() + chrono::Duration::days(3);
        let body = json!({
            "title": "Sicher online bezahlen", "topic": "online-banking",
            "venue": "Rathaus Norderstedt", "district": "Garstedt",
            "starts_at": starts.to_rfc3339(),
            "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
            "capacity": 1,
        });
        let session: SessionSummary = office.post_ok("/office/sessions", &body).await;
        let first = register(&app, &session.id, "Erika").await;
        let second = register(&app, &session.id, "Hans").await;
        let body = json!({"name": "Ayşe Yılmaz", "contact_consent": true,
            "contact": {"kind": "email", "value": "ayse@example.org"}});
        let third: RegistrationCreated = app.register_with(&session.id, &body).await;
        assert_eq!(second.status, BookingStatus::Waitlisted, "{}", db.name);
        let left = app.cancel(&second.booking_code).await;
        assert!(left.status().is_success(), "{}: {}", db.name, left.status());
        let view: BookingView = app.booking(&second.booking_code).await;
        assert_eq!(view.status, BookingStatus::Cancelled, "{}", db.name);
        let next: BookingView = app.booking(&third.booking_code).await;
        assert_eq!(next.waitlist_position, Some(1), "{}", db.name);

        // A seat frees: the next one moves up and hears of it by the way they chose (e-mail).
        let first = app.cancel(&first.booking_code).await;
        assert!(first.status().is_success(), "{}", db.name);
        let outbox: Vec<Value> = office.get_ok("/office/outbox").await;
        let promoted = outbox
            .iter()
            .find(|e| e["kind"] == "booking-promoted" && e["mails"][0]["to"] == "ayse@example.org");
        assert!(promoted.is_some(), "{}: {outbox:?}", db.name);
    }
}

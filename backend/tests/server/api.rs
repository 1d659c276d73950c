//! The HTTP API end to end: the real server on port 0, spoken to over HTTP, once per database
//! from `fresh_database_urls()` (SQLite always, PostgreSQL when `TEILHABE_TEST_POSTGRES_URL` is
//! set). Every server starts with the demo sessions, among them one with two seats.

use crate::app::{json_body, problem, problem_with_key, registration, sqlite, Api, TestApp};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::{
    BookingStatus, BookingView, FeedbackStatus, Problem, RegistrationCreated, SessionSummary,
};
use teilhabe_events::booking_code::ALPHABET;

/// `XXX-XXX`, each X from the booking-code alphabet.
fn is_booking_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 3 {
                *b == b'-'
            } else {
                ALPHABET.contains(b)
            }
        })
}

// --- The catalogue ---------------------------------------------------------------------------

/// The problem answered for a session that does not exist, to read or to register for.
const SESSION_NOT_FOUND: &str = "problem-session-not-found";

#[tokio::test]
async fn the_catalogue_lists_upcoming_sessions_with_their_seats() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let response = app.get("/sessions").await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        let sessions: Vec<Value> = json_body(response, db.name).await;
        assert!(
            !sessions.is_empty(),
            "{}: the demo sessions are listed",
            db.name
        );
        let now = chrono::Utc::now();
        for session in &sessions {
            for field in [
                "id",
                "title",
                "starts_at",
                "venue",
                "capacity",
                "seats_left",
            ] {
                assert!(
                    session.get(field).is_some_and(|v| !v.is_null()),
                    "{}: {field} in {session}",
                    db.name
                );
            }
            let summary: SessionSummary = serde_json::from_value(session.clone())
                .unwrap_or_else(|e| panic!("{}: a session summary: {e}", db.name));
            assert!(
                summary.ends_at > now,
                "{}: {} is upcoming",
                db.name,
                summary.id
            );
            assert_eq!(
                summary.seats_left, summary.capacity,
                "{}: nobody has booked {} yet",
                db.name, summary.id
            );
        }
    }
}

#[tokio::test]
async fn a_session_can_be_fetched_by_its_id() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let listed = app.small_session().await;
        let fetched = app.session(&listed.id).await;
        assert_eq!(fetched, listed, "{}", db.name);
    }
}

#[tokio::test]
async fn an_unknown_session_is_a_404_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let response = app.get("/sessions/no-such-session").await;
        problem_with_key(response, StatusCode::NOT_FOUND, SESSION_NOT_FOUND, db.name).await;
    }
}

// --- Registering -----------------------------------------------------------------------------

#[tokio::test]
async fn registering_confirms_a_seat_and_returns_a_booking_code() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let created = app.register(&session.id, "Erika Muster").await;
        assert!(
            is_booking_code(&created.booking_code),
            "{}: {:?} looks like XXX-XXX",
            db.name,
            created.booking_code
        );
        assert_eq!(created.status, BookingStatus::Confirmed, "{}", db.name);
        assert_eq!(created.waitlist_position, None, "{}", db.name);
    }
}

#[tokio::test]
async fn a_booking_can_be_looked_up_by_its_code_however_it_is_typed() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (session, code) = app.erika_booked().await;
        let loose = code.replace('-', "").to_lowercase();
        for typed in [code.as_str(), loose.as_str()] {
            let booking = app.booking(typed).await;
            assert_eq!(booking.booking_code, code, "{}: typed {typed}", db.name);
            assert_eq!(
                booking.status,
                BookingStatus::Confirmed,
                "{}: typed {typed}",
                db.name
            );
            assert_eq!(booking.name, "Erika Muster", "{}: typed {typed}", db.name);
            assert_eq!(booking.session.id, session.id, "{}: typed {typed}", db.name);
        }
    }
}

#[tokio::test]
async fn registering_takes_one_seat_from_the_catalogue() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let before = app.small_session().await;
        app.register(&before.id, "Erika Muster").await;
        let after = app.session(&before.id).await;
        assert_eq!(after.seats_left, before.seats_left - 1, "{}", db.name);
    }
}

// --- Refused registrations -------------------------------------------------------------------

#[tokio::test]
async fn invalid_fields_are_reported_each_by_name() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let body = json!({"name": "  ", "contact": {"kind": "email", "value": "erika@"}});
        let response = app.post_registration(&session.id, &body).await;
        let problem = problem(response, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "contact.value"], "{}", db.name);
        assert!(
            problem.errors.iter().all(|e| !e.message_key.is_empty()),
            "{}: every field error has a message key: {:?}",
            db.name,
            problem.errors
        );
    }
}

#[tokio::test]
async fn a_phone_number_without_consent_is_refused_on_the_consent_field() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let body = json!({"name": "Erika", "contact": {"kind": "phone", "value": "040 123456"}});
        let response = app.post_registration(&session.id, &body).await;
        let problem = problem(response, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["contact_consent"], "{}", db.name);
        assert_eq!(app.session(&session.id).await.seats_left, 2, "{}", db.name);
    }
}

/// POSTs `body` as it stands, labelled `content_type`, as a registration for `session`.
async fn post_raw_registration(
    app: &TestApp,
    session: &str,
    content_type: &str,
    body: &'static str,
) -> Response {
    app.client
        .post(app.url(&format!("/sessions/{session}/registrations")))
        .header(CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn malformed_json_is_a_400_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let response = post_raw_registration(
            &app,
            &session.id,
            "application/json",
            r#"{"name": "Erika", "contact": "#,
        )
        .await;
        problem(response, StatusCode::BAD_REQUEST, db.name).await;
    }
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_415_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let response = post_raw_registration(&app, &session.id, "text/plain", "name=Erika").await;
        problem(response, StatusCode::UNSUPPORTED_MEDIA_TYPE, db.name).await;
    }
}

#[tokio::test]
async fn registering_for_an_unknown_session_is_a_404_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let response = app
            .post_registration("no-such-session", &registration("Erika Muster"))
            .await;
        problem_with_key(response, StatusCode::NOT_FOUND, SESSION_NOT_FOUND, db.name).await;
    }
}

// --- Waitlist and cancellation ---------------------------------------------------------------

#[tokio::test]
async fn a_registration_beyond_capacity_is_waitlisted() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        app.register(&session.id, "Erste Person").await;
        app.register(&session.id, "Zweite Person").await;
        let third = app.register(&session.id, "Dritte Person").await;
        assert_eq!(third.status, BookingStatus::Waitlisted, "{}", db.name);
        assert_eq!(third.waitlist_position, Some(1), "{}", db.name);
    }
}

#[tokio::test]
async fn a_cancelled_booking_shows_as_cancelled() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, code) = app.erika_booked().await;
        let response = app.cancel(&code).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        let answered: BookingView = json_body(response, db.name).await;
        assert_eq!(
            answered.status,
            BookingStatus::Cancelled,
            "{}: the answer",
            db.name
        );
        let looked_up = app.booking(&code).await;
        assert_eq!(
            looked_up.status,
            BookingStatus::Cancelled,
            "{}: GET",
            db.name
        );
    }
}

#[tokio::test]
async fn cancelling_a_confirmed_seat_promotes_the_first_waitlisted() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let first = app.register(&session.id, "Erste Person").await.booking_code;
        app.register(&session.id, "Zweite Person").await;
        let third = app
            .register(&session.id, "Dritte Person")
            .await
            .booking_code;
        let fourth = app
            .register(&session.id, "Vierte Person")
            .await
            .booking_code;
        let response = app.cancel(&first).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        let promoted = app.booking(&third).await;
        assert_eq!(promoted.status, BookingStatus::Confirmed, "{}", db.name);
        assert_eq!(promoted.waitlist_position, None, "{}", db.name);
        let still_waiting = app.booking(&fourth).await;
        assert_eq!(
            still_waiting.status,
            BookingStatus::Waitlisted,
            "{}",
            db.name
        );
        assert_eq!(still_waiting.waitlist_position, Some(1), "{}", db.name);
        assert_eq!(promoted.session.seats_left, 0, "{}", db.name);
    }
}

#[tokio::test]
async fn cancelling_twice_is_a_409_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, code) = app.erika_booked().await;
        let path = format!("/bookings/{code}");
        assert_eq!(
            app.delete(&path).await.status(),
            StatusCode::OK,
            "{}",
            db.name
        );
        problem_with_key(
            app.delete(&path).await,
            StatusCode::CONFLICT,
            "problem-booking-already-cancelled",
            db.name,
        )
        .await;
    }
}

#[tokio::test]
async fn a_full_waiting_list_refuses_with_a_problem_that_offers_the_interest_list() {
    for db in fresh_database_urls().await {
        // Given the session with two places, whose waiting list closes at three people
        let app = TestApp::spawn_with(&db, |config| {
            config.waitlist_multiple = 1;
            config.waitlist_minimum = 3;
        })
        .await;
        let session = app.small_session().await;
        let mut waiting = Vec::new();
        for i in 0..5 {
            let created = app.register(&session.id, &format!("Person {i}")).await;
            if created.status == BookingStatus::Waitlisted {
                waiting.push(created.booking_code);
            }
        }
        assert_eq!(waiting.len(), 3, "{}: three waiting", db.name);
        // When one more registers
        let refused = app
            .post_registration(&session.id, &registration("Sechste Person"))
            .await;
        // Then a 409 problem says why: the waiting list is full, and the interest list tells
        // of new courses
        let problem = problem_with_key(
            refused,
            StatusCode::CONFLICT,
            "problem-waitlist-full",
            db.name,
        )
        .await;
        let detail = problem.detail.unwrap_or_default();
        assert!(
            detail.contains("waiting list") && detail.contains("/api/v1/interests"),
            "{}: {detail}",
            db.name
        );
        // And nothing was recorded
        let after = app.session(&session.id).await;
        assert_eq!(after.waitlist_length, 3, "{}: still three waiting", db.name);
        // And once someone leaves the list, there is room again
        let left = app.cancel(&waiting[1]).await;
        assert_eq!(left.status(), StatusCode::OK, "{}", db.name);
        let joined = app.register(&session.id, "Sechste Person").await;
        assert_eq!(joined.status, BookingStatus::Waitlisted, "{}", db.name);
        assert_eq!(joined.waitlist_position, Some(3), "{}", db.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_registrations_never_overbook() {
    const PEOPLE: u32 = 40;
    for db in fresh_database_urls().await {
        // A waiting list long enough for everyone (it closes at 20 by default)
        let app = TestApp::spawn_with(&db, |config| config.waitlist_minimum = PEOPLE).await;
        let session = app.small_session().await;
        let url = app.url(&format!("/sessions/{}/registrations", session.id));
        let requests: Vec<_> = (0..PEOPLE)
            .map(|i| {
                let client = app.client.clone();
                let request = client
                    .post(&url)
                    .json(&registration(&format!("Person {i}")));
                tokio::spawn(async move {
                    let response = request.send().await.map_err(|e| e.to_string())?;
                    let status = response.status();
                    let body = response.text().await.map_err(|e| e.to_string())?;
                    if status != StatusCode::CREATED {
                        return Err(format!("{status}: {body}"));
                    }
                    serde_json::from_str::<RegistrationCreated>(&body).map_err(|e| e.to_string())
                })
            })
            .collect();
        let mut created = Vec::new();
        let mut errors = Vec::new();
        for request in requests {
            match request.await.expect("the request task") {
                Ok(registration) => created.push(registration),
                Err(error) => errors.push(error),
            }
        }
        assert!(
            errors.is_empty(),
            "{}: failed registrations: {errors:?}",
            db.name
        );
        let confirmed = created
            .iter()
            .filter(|r| r.status == BookingStatus::Confirmed)
            .count();
        assert_eq!(confirmed, 2, "{}: confirmed seats", db.name);
        let positions: Vec<u32> = created
            .iter()
            .filter(|r| r.status == BookingStatus::Waitlisted)
            .filter_map(|r| r.waitlist_position)
            .collect();
        let distinct: BTreeSet<u32> = positions.iter().copied().collect();
        assert_eq!(
            positions.len(),
            38,
            "{}: waitlisted with a position",
            db.name
        );
        assert_eq!(
            distinct,
            (1..=38).collect(),
            "{}: waitlist positions",
            db.name
        );
        let after = app.session(&session.id).await;
        assert_eq!(after.seats_left, 0, "{}: seats left", db.name);
        assert_eq!(after.waitlist_length, 38, "{}: waitlist length", db.name);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancellations_succeed_while_other_sessions_take_registrations() {
    const PEOPLE_PER_SESSION: usize = 6;
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let sessions = app.sessions().await;
        let requests: Vec<_> = sessions
            .iter()
            .flat_map(|session| (0..PEOPLE_PER_SESSION).map(move |i| (session.id.clone(), i)))
            .map(|(id, i)| {
                let client = app.client.clone();
                let register = app.url(&format!("/sessions/{id}/registrations"));
                let bookings = app.url("/bookings");
                tokio::spawn(async move {
                    let body = registration(&format!("Person {i} in {id}"));
                    let response = client.post(register).json(&body).send().await;
                    let response = response.map_err(|e| e.to_string())?;
                    if response.status() != StatusCode::CREATED {
                        return Err(format!("register in {id}: {}", response.status()));
                    }
                    let created: RegistrationCreated =
                        response.json().await.map_err(|e| e.to_string())?;
                    let code = created.booking_code;
                    let response = client.delete(format!("{bookings}/{code}")).send().await;
                    let status = response.map_err(|e| e.to_string())?.status();
                    if status != StatusCode::OK {
                        return Err(format!("cancel {code} in {id}: {status}"));
                    }
                    Ok(())
                })
            })
            .collect();
        let mut errors = Vec::new();
        for request in requests {
            if let Err(error) = request.await.expect("the request task") {
                errors.push(error);
            }
        }
        assert!(
            errors.is_empty(),
            "{}: failed requests: {errors:?}",
            db.name
        );
        for session in app.sessions().await {
            assert_eq!(
                (session.seats_left, session.waitlist_length),
                (session.capacity, 0),
                "{}: {} after everybody cancelled",
                db.name,
                session.id
            );
        }
    }
}

// --- Booking codes ---------------------------------------------------------------------------

#[tokio::test]
async fn a_malformed_booking_code_is_a_client_error_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        for path in ["/bookings/!!!", "/bookings/ACD-EF0", "/bookings/ACDEFGH"] {
            let response = app.get(path).await;
            let status = response.status();
            assert!(
                status == StatusCode::UNPROCESSABLE_ENTITY || status == StatusCode::NOT_FOUND,
                "{}: GET {path} answered {status}",
                db.name
            );
            problem(response, status, &format!("{}: GET {path}", db.name)).await;
        }
    }
}

#[tokio::test]
async fn an_unknown_booking_code_is_a_404_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let path = "/bookings/ACD-EFG";
        let not_found = "problem-booking-not-found";
        let looked_up = app.get(path).await;
        problem_with_key(looked_up, StatusCode::NOT_FOUND, not_found, db.name).await;
        let cancelled = app.delete(path).await;
        problem_with_key(cancelled, StatusCode::NOT_FOUND, not_found, db.name).await;
    }
}

// --- Restart ---------------------------------------------------------------------------------

#[tokio::test]
async fn bookings_survive_a_restart() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, code) = app.erika_booked().await;
        let app = app.restart().await;
        let booking = app.booking(&code).await;
        assert_eq!(booking.status, BookingStatus::Confirmed, "{}", db.name);
        assert_eq!(booking.name, "Erika Muster", "{}", db.name);
        assert_eq!(booking.session.seats_left, 1, "{}", db.name);
    }
}

// --- Outside the resources -------------------------------------------------------------------

#[tokio::test]
async fn an_unknown_api_path_is_a_404_problem_whatever_the_method() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        for method in [Method::GET, Method::POST, Method::PUT, Method::DELETE] {
            for path in ["/api/v1/whatever", "/api/whatever"] {
                let response = app
                    .client
                    .request(method.clone(), format!("{}{path}", app.base))
                    .send()
                    .await
                    .expect("request");
                problem(
                    response,
                    StatusCode::NOT_FOUND,
                    &format!("{}: {method} {path}", db.name),
                )
                .await;
            }
        }
    }
}

#[tokio::test]
async fn the_health_check_answers_ok() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let response = app.get_page("/healthz").await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        assert_eq!(response.text().await.expect("a body"), "ok", "{}", db.name);
    }
}

// --- Idempotency and operations ----------------------------------------------------------------

/// POSTs a registration of `name` with the `Idempotency-Key` `key`, whatever the answer.
async fn post_registration_with_key(app: &Api, session: &str, name: &str, key: &str) -> Response {
    app.post_registration_with_key(session, key, &registration(name))
        .await
}

#[tokio::test]
async fn the_same_idempotency_key_registers_once_and_answers_the_same_also_after_a_restart() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let first = post_registration_with_key(&app, &session.id, "Erika Muster", "key-1").await;
        assert_eq!(first.status(), StatusCode::CREATED, "{}", db.name);
        let first: RegistrationCreated = json_body(first, db.name).await;
        let again = post_registration_with_key(&app, &session.id, "Erika Muster", "key-1").await;
        assert_eq!(again.status(), StatusCode::CREATED, "{}", db.name);
        let again: RegistrationCreated = json_body(again, db.name).await;
        assert_eq!(again, first, "{}", db.name);
        assert_eq!(app.session(&session.id).await.seats_left, 1, "{}", db.name);

        let app = app.restart().await;
        let after_restart =
            post_registration_with_key(&app, &session.id, "Erika Muster", "key-1").await;
        let after_restart: RegistrationCreated = json_body(after_restart, db.name).await;
        assert_eq!(after_restart, first, "{}", db.name);
        assert_eq!(app.session(&session.id).await.seats_left, 1, "{}", db.name);
    }
}

#[tokio::test]
async fn concurrent_requests_with_one_idempotency_key_record_one_registration() {
    for db in fresh_database_urls().await {
        let app = std::sync::Arc::new(TestApp::spawn(&db).await);
        let session = app
            .sessions()
            .await
            .into_iter()
            .find(|s| s.capacity >= 10)
            .expect("a big session");
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let (app, id) = (app.clone(), session.id.clone());
                tokio::spawn(async move {
                    let response =
                        post_registration_with_key(&app, &id, "Olga Iwanowa", "same-key").await;
                    assert_eq!(response.status(), StatusCode::CREATED);
                    json_body::<RegistrationCreated>(response, "concurrent")
                        .await
                        .booking_code
                })
            })
            .collect();
        let mut codes = BTreeSet::new();
        for task in tasks {
            codes.insert(task.await.expect("task"));
        }
        assert_eq!(
            codes.len(),
            1,
            "{}: one booking code for all answers",
            db.name
        );
        let after = app.session(&session.id).await;
        assert_eq!(after.seats_left, session.seats_left - 1, "{}", db.name);
    }
}

#[tokio::test]
async fn an_idempotency_key_replayed_with_another_request_is_refused_not_answered_with_the_first_code(
) {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let sessions = app.sessions().await;
        let (first_session, other_session) = (&sessions[0], &sessions[1]);
        let key = "3f2a9c1e-victim-key";
        let victim = post_registration_with_key(&app, &first_session.id, "Erika Muster", key).await;
        assert_eq!(victim.status(), StatusCode::CREATED, "{}", db.name);
        let victim: RegistrationCreated = json_body(victim, db.name).await;

        // The attacker replays the key on another session, with another body.
        for (session, name) in [
            (other_session, "Mallory Angreifer"),
            (first_session, "Mallory Angreifer"),
            (other_session, "Erika Muster"),
        ] {
            let replay = post_registration_with_key(&app, &session.id, name, key).await;
            let status = replay.status();
            let text = replay.text().await.unwrap_or_default();
            assert!(
                !text.contains(&victim.booking_code),
                "{}: a replayed key on {} with {name} gave the first person's code ({status}): {text}",
                db.name,
                session.id
            );
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{}: {text}",
                db.name
            );
            let problem: Problem = serde_json::from_str(&text).expect("a problem body");
            assert_eq!(problem.errors[0].field, "Idempotency-Key", "{}", db.name);
        }

        // The same key with the same request still gets the stored answer.
        let again = post_registration_with_key(&app, &first_session.id, "Erika Muster", key).await;
        assert_eq!(again.status(), StatusCode::CREATED, "{}", db.name);
        let again: RegistrationCreated = json_body(again, db.name).await;
        assert_eq!(again, victim, "{}", db.name);
    }
}

#[tokio::test]
async fn a_malformed_idempotency_key_is_a_422_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let long = "k".repeat(201);
        for key in ["", long.as_str(), "has space"] {
            let response = post_registration_with_key(&app, &session.id, "Erika", key).await;
            let problem = problem(
                response,
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("{}: key {key:?}", db.name),
            )
            .await;
            assert_eq!(problem.errors[0].field, "Idempotency-Key");
        }
    }
}

#[tokio::test]
async fn metrics_report_the_head_and_the_read_model_lag_and_readyz_is_ready() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        app.erika_booked().await;
        let metrics = app.metrics().await;
        let head = metrics
            .lines()
            .find_map(|l| l.strip_prefix("teilhabe_log_head_position "))
            .and_then(|v| v.parse::<u64>().ok())
            .expect("a head position");
        assert!(
            head >= 8,
            "{}: demo sessions and one registration: {head}",
            db.name
        );
        assert!(
            metrics.contains("teilhabe_read_model_lag_events{model=\"catalogue\"} 0"),
            "{}: {metrics}",
            db.name
        );
        let ready = app.get_page("/readyz").await.status();
        assert_eq!(ready, StatusCode::OK, "{}", db.name);
    }
}

#[tokio::test]
async fn metrics_show_the_bounded_caches_sizes_and_lookups() {
    // Given a server where someone registered
    let db = fresh_database_urls().await.remove(0);
    let app = TestApp::spawn(&db).await;
    app.erika_booked().await;
    // When /metrics is read
    let metrics = app.metrics().await;
    let value = |name: &str| {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}{{cache=\"keys\"}} ")))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or_else(|| panic!("{name} in {metrics}"))
    };
    // Then the key cache shows its configured size, what it holds and how it was asked
    assert_eq!(value("teilhabe_cache_capacity"), 20_000);
    assert!(value("teilhabe_cache_entries") >= 1, "{metrics}");
    assert!(
        value("teilhabe_cache_hits_total") + value("teilhabe_cache_misses_total") >= 1,
        "{metrics}"
    );
}

// --- Feedback ---------------------------------------------------------------------------------

async fn post_feedback(app: &TestApp, code: &str, body: &Value) -> Response {
    app.post(&format!("/bookings/{code}/feedback"), body).await
}

/// Expects the booking `code` to stand at `feedback`.
async fn assert_feedback(app: &Api, code: &str, feedback: FeedbackStatus) {
    let booking = app.booking(code).await;
    assert_eq!(booking.feedback, feedback, "{}: {code}", app.db);
}

#[tokio::test]
async fn feedback_after_a_session_is_recorded_once() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        assert_feedback(&app, "fed347", FeedbackStatus::Open).await;
        let body = json!({"rating": 4, "helped": "partly", "comment": "Mehr Zeit, bitte.", "next_topic": "video-calls"});
        let response = post_feedback(&app, "FED-347", &body).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        let view: BookingView = json_body(response, db.name).await;
        assert_eq!(view.feedback, FeedbackStatus::Given, "{}", db.name);
        let again = post_feedback(&app, "FED-347", &body).await;
        problem_with_key(
            again,
            StatusCode::CONFLICT,
            "problem-feedback-given",
            db.name,
        )
        .await;
        // The others of that session can still give theirs.
        assert_feedback(&app, "FED-349", FeedbackStatus::Open).await;
    }
}

#[tokio::test]
async fn feedback_before_the_session_is_a_409_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, code) = app.erika_booked().await;
        assert_feedback(&app, &code, FeedbackStatus::NotYet).await;
        let body = json!({"rating": 5, "helped": "yes"});
        let response = post_feedback(&app, &code, &body).await;
        problem_with_key(
            response,
            StatusCode::CONFLICT,
            "problem-feedback-not-yet",
            db.name,
        )
        .await;
    }
}

#[tokio::test]
async fn bad_feedback_names_each_field() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let body = json!({"rating": 0, "helped": "maybe", "comment": "x".repeat(1001)});
        let response = post_feedback(&app, "FED-347", &body).await;
        let problem = problem(response, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        let fields: Vec<&str> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["rating", "helped", "comment"], "{}", db.name);
        let unknown_topic = json!({"rating": 3, "helped": "yes", "next_topic": "knitting"});
        let response = post_feedback(&app, "FED-347", &unknown_topic).await;
        assert!(response.status().is_client_error(), "{}", db.name);
        assert_feedback(&app, "FED-347", FeedbackStatus::Open).await;
    }
}

// --- Safe defaults ---------------------------------------------------------------------------

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        for path in ["/api/v1/sessions", "/", "/api/v1/nothing"] {
            let response = app.get_page(path).await;
            let h = response.headers();
            let csp = h["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("'wasm-unsafe-eval'"), "{path}: {csp}");
            assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
            assert!(
                h.get("strict-transport-security").is_none(),
                "{path}: no TLS, no HSTS"
            );
        }
        let behind_tls = app
            .client
            .get(app.url("/sessions"))
            .header("x-forwarded-proto", "https")
            .send()
            .await
            .unwrap();
        assert!(behind_tls
            .headers()
            .get("strict-transport-security")
            .is_some());
    }
}

#[tokio::test]
async fn a_body_over_64_kilobytes_is_a_413_problem() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let session = app.small_session().await;
        let body = json!({"name": "x".repeat(70_000), "contact": {"kind": "none"}});
        let response = app.post_registration(&session.id, &body).await;
        problem(response, StatusCode::PAYLOAD_TOO_LARGE, db.name).await;
        assert_eq!(app.session(&session.id).await.seats_left, 2, "{}", db.name);
    }
}

#[tokio::test]
async fn guessing_booking_codes_is_stopped_after_ten_misses_an_hour() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, real) = app.erika_booked().await;
        // Codes from the alphabet that name no booking.
        let mut misses = 0;
        for n in 0..40u8 {
            let guess = teilhabe_events::BookingCode::from_indices([0, 0, 0, 0, n / 20, n % 20])
                .to_string();
            if guess == real {
                continue;
            }
            let response = app.get(&format!("/bookings/{guess}")).await;
            if response.status() == StatusCode::NOT_FOUND {
                misses += 1;
            } else {
                problem(response, StatusCode::TOO_MANY_REQUESTS, db.name).await;
                break;
            }
        }
        assert_eq!(misses, 10, "{}", db.name);
        // From now on even the right code is refused to this address.
        let response = app.get(&format!("/bookings/{real}")).await;
        let p = problem(response, StatusCode::TOO_MANY_REQUESTS, db.name).await;
        assert_eq!(p.message_key, "problem-too-many-attempts", "{}", db.name);
    }
}

#[tokio::test]
async fn registrations_from_one_address_are_limited_per_hour() {
    let app = TestApp::spawn_with(&sqlite(), |config| config.registrations_per_hour = 3).await;
    let session = app.first_session().await;
    let mut statuses = Vec::new();
    for n in 0..4 {
        let response = app
            .post_registration(&session, &registration(&format!("Person {n}")))
            .await;
        statuses.push(response.status());
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}

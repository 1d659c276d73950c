//! The staff side of the API end to end: the real server on port 0 with the demo data, once
//! per database from `fresh_database_urls()`.

use crate::app::{problem, Staff, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::{BookingView, RegistrationCreated};
use teilhabe_events::session::Channel;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::{
    AccountCreated, AmbassadorDashboard, AmbassadorStatus, AmbassadorView, ApplicationCreated, Me,
    OfficeOverview, Principles, Roster, SessionFill,
};

fn application(name: &str, email: &str, version: u32) -> Value {
    json!({
        "name": name,
        "email": email,
        "districts": ["Garstedt"],
        "languages": ["de", "ar"],
        "help_with": ["smartphone", "translating"],
        "availability": "Montags ab 15 Uhr",
        "motivation": "Ich kenne viele Nachbarn, die Hilfe brauchen.",
        "principles_version": version,
        "accept_principles": true,
    })
}

#[tokio::test]
async fn an_applicant_becomes_an_ambassador_and_registers_a_resident() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let principles: Principles = app.ok(Method::GET, "/principles", None, None).await;
        assert!(principles.text.contains("Augenhöhe"), "{}", db.name);
        let created: ApplicationCreated = app
            .ok(
                Method::POST,
                "/ambassadors/applications",
                Some(&application(
                    "Samira Haddad",
                    "samira@example.org",
                    principles.version,
                )),
                None,
            )
            .await;
        let office = app.login(Role::Office).await;
        let overview: OfficeOverview = office.get_ok("/office/overview").await;
        assert_eq!(
            overview.pending_applications, 2,
            "{}: Samira and Jonas",
            db.name
        );
        let approved: AccountCreated = office
            .ok(
                Method::POST,
                &format!("/office/applications/{}/approve", created.application_id),
                None,
            )
            .await;
        let again = office
            .send(
                Method::POST,
                &format!("/office/applications/{}/approve", created.application_id),
                None,
            )
            .await;
        let p = problem(again, StatusCode::CONFLICT, db.name).await;
        assert_eq!(p.message_key, "problem-application-decided", "{}", db.name);

        let samira = app
            .set_password_and_login(&approved.set_password_link, "samira@example.org")
            .await;
        assert_eq!(samira.me().role, Role::Ambassador, "{}", db.name);
        assert_eq!(samira.me().principles_to_accept, None, "{}", db.name);

        let today = chrono::Utc::now().date_naive().to_string();
        let outreach = json!({"date": today, "district": "Garstedt", "place": "Moschee-Café",
            "people": 7, "minutes": 60, "topic": "video-calls", "note": ""});
        let _: Value = samira.post_ok("/ambassador/outreach", &outreach).await;
        let dashboard: AmbassadorDashboard = samira.get_ok("/ambassador/dashboard").await;
        assert_eq!(dashboard.this_month.people, 7, "{}", db.name);
        assert!(
            dashboard
                .upcoming_sessions
                .iter()
                .all(|s| s.district == "Garstedt"),
            "{}",
            db.name
        );
        let session = dashboard.upcoming_sessions[0].id.clone();

        let registration = json!({"session_id": session, "name": "Hatice Yıldız",
            "contact": {"kind": "phone", "value": "040 5556677"}, "needs": ["hearing-loop"],
            "consent": "spoken"});
        let created: RegistrationCreated = samira
            .post_ok("/ambassador/registrations", &registration)
            .await;
        let booking: BookingView = app.booking(&created.booking_code).await;
        assert_eq!(booking.name, "Hatice Yıldız", "{}", db.name);
        let roster: Roster = office
            .get_ok(&format!("/office/sessions/{session}/roster"))
            .await;
        let entry = roster
            .entries
            .iter()
            .find(|e| e.booking_code == created.booking_code)
            .expect("the resident on the roster");
        assert_eq!(entry.channel, Channel::Ambassador, "{}", db.name);
        assert_eq!(
            entry.needs,
            [teilhabe_events::Need::HearingLoop],
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn outreach_entries_are_corrected_and_withdrawn_by_new_events() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let ayse = app.login(Role::Ambassador).await;
        let before: AmbassadorDashboard = ayse.get_ok("/ambassador/dashboard").await;
        let entry = before.entries[0].entry;
        let mut corrected = serde_json::to_value(&before.entries[0].outreach).unwrap();
        corrected["people"] = json!(11);
        corrected["place"] = json!("Bürgerhaus");
        corrected["note"] = json!("");
        let view: Value = ayse
            .ok(
                Method::PUT,
                &format!("/ambassador/outreach/{entry}"),
                Some(&corrected),
            )
            .await;
        assert_eq!(view["outreach"]["people"], 11, "{}", db.name);
        let response = ayse
            .send(
                Method::DELETE,
                &format!("/ambassador/outreach/{entry}"),
                None,
            )
            .await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT, "{}", db.name);
        let twice = ayse
            .send(
                Method::DELETE,
                &format!("/ambassador/outreach/{entry}"),
                None,
            )
            .await;
        problem(twice, StatusCode::NOT_FOUND, db.name).await;
        let after: AmbassadorDashboard = ayse.get_ok("/ambassador/dashboard").await;
        assert!(
            after
                .entries
                .iter()
                .any(|e| e.entry == entry && e.withdrawn),
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn the_office_plans_resizes_and_cancels_a_session_and_marks_attendance() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let starts = chrono::Utc::now() + chrono::Duration::days(20);
        let plan = json!({"title": "WhatsApp für Einsteiger", "topic": "video-calls",
            "venue": "Stadtbücherei Norderstedt", "district": "Garstedt",
            "starts_at": starts.to_rfc3339(), "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
            "capacity": 1});
        let session: Value = office.post_ok("/office/sessions", &plan).await;
        let id = session["id"].as_str().expect("an id").to_owned();
        for name in ["Erste Person", "Zweite Person"] {
            let body = json!({"name": name, "contact": {"kind": "none"}, "consent": "spoken"});
            let _: RegistrationCreated = office
                .post_ok(&format!("/office/sessions/{id}/registrations"), &body)
                .await;
        }
        let resized: Value = office
            .post_ok(
                &format!("/office/sessions/{id}/capacity"),
                &json!({"capacity": 2}),
            )
            .await;
        assert_eq!(
            resized["seats_left"], 0,
            "{}: the waiting one moved up",
            db.name
        );
        let too_small = office
            .post(
                &format!("/office/sessions/{id}/capacity"),
                &json!({"capacity": 1}),
            )
            .await;
        let p = problem(too_small, StatusCode::CONFLICT, db.name).await;
        assert_eq!(
            p.message_key, "problem-capacity-below-confirmed",
            "{}",
            db.name
        );
        let roster: Roster = office
            .get_ok(&format!("/office/sessions/{id}/roster"))
            .await;
        assert!(
            roster.entries.iter().all(|e| e.channel == Channel::Phone),
            "{}",
            db.name
        );
        let cancelled: Value = office
            .post_ok(
                &format!("/office/sessions/{id}/cancel"),
                &json!({"reason": "Die Kursleiterin ist krank."}),
            )
            .await;
        assert_eq!(cancelled["cancelled"], true, "{}", db.name);
        let listed: Vec<Value> = app.ok(Method::GET, "/sessions", None, None).await;
        assert!(listed.iter().all(|s| s["id"] != id.as_str()), "{}", db.name);

        // Attendance for last week's demo session.
        let sessions: Vec<SessionFill> = office.get_ok("/office/sessions").await;
        let past = sessions
            .iter()
            .find(|s| s.session.id.starts_with("demo-past-"))
            .expect("the past demo session");
        let path = format!("/office/sessions/{}/attendance", past.session.id);
        for (code, attendance) in [("FED-347", "attended"), ("FED-349", "no-show")] {
            let body = json!({"booking_code": code, "attendance": attendance});
            let response = office.post(&path, &body).await;
            assert_eq!(response.status(), StatusCode::NO_CONTENT, "{}", db.name);
        }
        let roster: Roster = office
            .get_ok(&format!("/office/sessions/{}/roster", past.session.id))
            .await;
        let marks: Vec<_> = roster.entries.iter().map(|e| e.attendance).collect();
        assert_eq!(
            marks,
            [
                Some(teilhabe_events::Attendance::Attended),
                Some(teilhabe_events::Attendance::NoShow),
                None
            ],
            "{}",
            db.name
        );
    }
}

/// A request with bad input, who sends it, and the fields the answer must name.
type BadInput<'a> = (Method, &'a str, Value, Option<&'a Staff>, Vec<&'a str>);

#[tokio::test]
async fn bad_staff_input_names_each_field() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ayse = app.login(Role::Ambassador).await;
        let cases: Vec<BadInput> = vec![
            (
                Method::POST,
                "/ambassadors/applications",
                json!({"email": "nope"}),
                None,
                vec![
                    "name",
                    "email",
                    "districts",
                    "languages",
                    "help_with",
                    "availability",
                    "motivation",
                    "accept_principles",
                ],
            ),
            (
                Method::POST,
                "/ambassador/outreach",
                json!({"date": "2999-01-01", "district": "Atlantis", "people": 0, "minutes": 0}),
                Some(&ayse),
                vec!["date", "district", "people", "minutes"],
            ),
            (
                Method::POST,
                "/ambassador/registrations",
                json!({"session_id": "demo-1", "name": "", "contact": {"kind": "fax"}}),
                Some(&ayse),
                vec!["name", "contact.kind", "consent"],
            ),
            (
                Method::POST,
                "/office/sessions",
                json!({"title": "", "capacity": 0}),
                Some(&office),
                vec![
                    "title",
                    "topic",
                    "venue",
                    "district",
                    "starts_at",
                    "ends_at",
                    "capacity",
                ],
            ),
            (
                Method::POST,
                "/office/accounts",
                json!({"name": "X", "email": "x", "role": "king"}),
                Some(&office),
                vec!["email", "role"],
            ),
            (
                Method::POST,
                "/staff/password",
                json!({"token": "abc", "password": "short"}),
                None,
                vec!["password"],
            ),
        ];
        for (method, path, body, login, fields) in cases {
            let response = app
                .send(method.clone(), path, Some(&body), login.map(|l| &l.login))
                .await;
            let what = format!("{}: {method} {path}", db.name);
            let p = problem(response, StatusCode::UNPROCESSABLE_ENTITY, &what).await;
            let named: Vec<&str> = p.errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(named, fields, "{what}");
        }
        let declined = office
            .post(
                "/office/applications/demo-jonas/decline",
                &json!({"reason": "  "}),
            )
            .await;
        let p = problem(declined, StatusCode::UNPROCESSABLE_ENTITY, db.name).await;
        assert_eq!(p.errors[0].field, "reason", "{}", db.name);
    }
}

#[tokio::test]
async fn failed_logins_are_limited_per_account() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let wrong = json!({"email": DEMO_OFFICE, "password": "falsch falsch"});
        for _ in 0..5 {
            let response = app.post("/staff/login", &wrong).await;
            let p = problem(response, StatusCode::UNAUTHORIZED, db.name).await;
            assert_eq!(p.message_key, "problem-login-failed", "{}", db.name);
        }
        let right = json!({"email": DEMO_OFFICE, "password": DEMO_PASSWORD});
        let response = app.post("/staff/login", &right).await;
        let p = problem(response, StatusCode::TOO_MANY_REQUESTS, db.name).await;
        assert_eq!(p.message_key, "problem-too-many-attempts", "{}", db.name);
        // Another account from the same address still gets in.
        app.login(Role::Ambassador).await;
    }
}

/// Every staff route with the roles allowed on it.
fn staff_routes() -> Vec<(Method, &'static str, &'static [Role])> {
    const ANY: &[Role] = &[Role::Office, Role::Auditor, Role::Ambassador];
    const OFFICE: &[Role] = &[Role::Office];
    const AMBASSADOR: &[Role] = &[Role::Ambassador];
    const AUDIT: &[Role] = &[Role::Office, Role::Auditor];
    const CALLERS: &[Role] = &[Role::Office, Role::Ambassador];
    vec![
        (Method::GET, "/audit/events", AUDIT),
        (Method::GET, "/calls", CALLERS),
        (Method::POST, "/ambassador/ideas", AMBASSADOR),
        (Method::POST, "/office/ideas", OFFICE),
        (Method::POST, "/office/ideas/x/state", OFFICE),
        (Method::POST, "/staff/ideas/x/support", ANY),
        (Method::POST, "/calls", CALLERS),
        (Method::POST, "/audit/verify", AUDIT),
        (Method::GET, "/audit/report", AUDIT),
        (Method::GET, "/audit/export.jsonl", AUDIT),
        (Method::GET, "/staff/me", ANY),
        (Method::POST, "/staff/logout", ANY),
        (Method::GET, "/ambassador/dashboard", AMBASSADOR),
        (Method::POST, "/ambassador/principles", AMBASSADOR),
        (Method::POST, "/ambassador/outreach", AMBASSADOR),
        (Method::PUT, "/ambassador/outreach/1", AMBASSADOR),
        (Method::DELETE, "/ambassador/outreach/1", AMBASSADOR),
        (Method::POST, "/ambassador/workshops", AMBASSADOR),
        (Method::POST, "/ambassador/status", AMBASSADOR),
        (Method::POST, "/ambassador/registrations", AMBASSADOR),
        (Method::GET, "/office/overview", OFFICE),
        (Method::GET, "/office/applications", OFFICE),
        (
            Method::POST,
            "/office/applications/demo-jonas/approve",
            OFFICE,
        ),
        (
            Method::POST,
            "/office/applications/demo-jonas/decline",
            OFFICE,
        ),
        (Method::GET, "/office/sessions", OFFICE),
        (Method::POST, "/office/sessions", OFFICE),
        (Method::POST, "/office/sessions/x/reschedule", OFFICE),
        (Method::POST, "/office/sessions/x/capacity", OFFICE),
        (Method::POST, "/office/sessions/x/cancel", OFFICE),
        (Method::GET, "/office/sessions/x/roster", OFFICE),
        (Method::POST, "/office/sessions/x/attendance", OFFICE),
        (Method::POST, "/office/sessions/x/registrations", OFFICE),
        (Method::POST, "/office/accounts", OFFICE),
        (Method::POST, "/office/principles", OFFICE),
        (Method::GET, "/office/outbox", OFFICE),
        (Method::POST, "/office/erasures", OFFICE),
        (Method::GET, "/office/bookings/FED-347/letter", OFFICE),
        (Method::GET, "/door/sessions", CALLERS),
        (Method::GET, "/door/sessions/x", CALLERS),
        (Method::POST, "/door/sessions/x/check-ins", CALLERS),
        (Method::POST, "/door/sessions/x/walk-ins", CALLERS),
        (Method::POST, "/door/sessions/x/feedback-cards", CALLERS),
        (
            Method::GET,
            "/door/sessions/x/proposals?name=Erika",
            CALLERS,
        ),
    ]
}

#[tokio::test]
async fn every_staff_route_refuses_strangers_wrong_roles_and_missing_csrf_tokens() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let ambassador = app.login(Role::Ambassador).await;
        let auditor = app.login(Role::Auditor).await;
        let logins = [
            (Role::Office, &office),
            (Role::Ambassador, &ambassador),
            (Role::Auditor, &auditor),
        ];
        let body = json!({});
        for (method, path, allowed) in staff_routes() {
            let what = format!("{}: {method} {path}", db.name);
            let anonymous = app.send(method.clone(), path, Some(&body), None).await;
            let p = problem(
                anonymous,
                StatusCode::UNAUTHORIZED,
                &format!("{what} anonymous"),
            )
            .await;
            assert!(p.errors.is_empty(), "{what}");
            for (role, login) in &logins {
                if allowed.contains(role) {
                    continue;
                }
                let response = login.send(method.clone(), path, Some(&body)).await;
                let status = response.status();
                let text = response.text().await.unwrap_or_default();
                assert_eq!(status, StatusCode::FORBIDDEN, "{what} as {role:?}: {text}");
                assert!(!text.contains("Jonas"), "{what} as {role:?}: no data");
            }
            if method != Method::GET && path != "/staff/logout" {
                let (_, login) = logins
                    .iter()
                    .find(|(role, _)| allowed.contains(role))
                    .expect("some role may use the route");
                let without_csrf = login.without_csrf();
                let response = without_csrf.send(method.clone(), path, Some(&body)).await;
                let p = problem(
                    response,
                    StatusCode::FORBIDDEN,
                    &format!("{what} without CSRF"),
                )
                .await;
                assert_eq!(p.message_key, "problem-csrf", "{what}");
            }
        }
        // The applications were left undecided by all of the above.
        let applications: Vec<AmbassadorView> = office.get_ok("/office/applications").await;
        assert!(
            applications
                .iter()
                .any(|a| a.id == "demo-jonas" && a.status == AmbassadorStatus::Applied),
            "{}",
            db.name
        );
    }
}

#[tokio::test]
async fn a_new_version_of_the_principles_is_asked_for_at_the_next_login() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let text = json!({"text": "Version 2: Wir achten aufeinander."});
        let published: Principles = office.post_ok("/office/principles", &text).await;
        assert_eq!(published.version, 2, "{}", db.name);
        let ayse = app.login(Role::Ambassador).await;
        assert_eq!(ayse.me().principles_to_accept, Some(2), "{}", db.name);
        let outreach = json!({"date": chrono::Utc::now().date_naive().to_string(),
            "district": "Garstedt", "people": 2, "minutes": 30});
        let refused = ayse.post("/ambassador/outreach", &outreach).await;
        let p = problem(refused, StatusCode::CONFLICT, db.name).await;
        assert_eq!(p.message_key, "problem-principles-outdated", "{}", db.name);
        let accepted = ayse
            .post("/ambassador/principles", &json!({"version": 2}))
            .await;
        assert_eq!(accepted.status(), StatusCode::NO_CONTENT, "{}", db.name);
        let me: Me = ayse.get_ok("/staff/me").await;
        assert_eq!(me.principles_to_accept, None, "{}", db.name);
        let _: Value = ayse.post_ok("/ambassador/outreach", &outreach).await;
    }
}

#[tokio::test]
async fn a_store_seeded_before_there_were_staff_gets_the_demo_staff() {
    use teilhabe_backend::commands::Respond;
    use teilhabe_backend::domain::session::Session;
    use teilhabe_backend::store::Metadata;
    let url = teilhabe_backend::testing::fresh_sqlite_url();
    let state = teilhabe_backend::startup::state(&Config::for_tests(url))
        .await
        .expect("state");
    // The demo sessions of an earlier version, without any staff.
    for (id, details) in teilhabe_backend::demo::sessions(chrono::Utc::now()) {
        let respond: Respond<Session> = std::sync::Arc::new(|_, _| String::new());
        state
            .commands
            .execute(
                &id,
                teilhabe_events::SessionCommand::ScheduleSession(details),
                Metadata::new_command("system", "system"),
                respond,
            )
            .await
            .expect("scheduled");
    }
    state.projector.catch_up().await.expect("caught up");
    assert_eq!(state.staff.office_accounts().await.unwrap(), 0);
    let seeded = teilhabe_backend::startup::seed_demo(&state)
        .await
        .expect("seeded");
    assert_eq!(seeded, 0, "the sessions are left as they were");
    assert_eq!(state.staff.office_accounts().await.unwrap(), 1);
    assert!(state
        .staff
        .account_by_email(DEMO_OFFICE)
        .await
        .unwrap()
        .is_some_and(|a| a.password_hash.is_some()));
}

//! The interest list "Sagen Sie mir Bescheid" through HTTP on the real server: a resident
//! leaves an interest and gets a code; with it she looks at it, withdraws it or erases her data;
//! an `Idempotency-Key` hands a code only to the request that made it; the office sees before
//! planning how many a session would reach; a planned session that fits tells each interested
//! person once, by her channel (e-mail through a real SMTP server, the call list, a letter),
//! also after the read models are rebuilt; erasure leaves her data in no file.

use crate::app::{problem, problem_with_key, sqlite, Staff, TestApp};
use crate::mail::Sink;
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::interest::{
    InterestCreated, InterestLetter, InterestReach, InterestStatus, InterestView, Reach,
};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::CallItem;
use teilhabe_events::Notice;

const NAME: &str = "Waltraud Quendelbeck";
const EMAIL: &str = "waltraud.quendelbeck@example.org";
const PHONE: &str = "040 55512399";
const STREET: &str = "Quendelweg 17";

/// A session's start ten days from now at 10:00 (UTC), and the weekday it falls on.
fn ten_days_on() -> (chrono::DateTime<chrono::Utc>, String) {
    use chrono::{Datelike, TimeZone};
    let day = (chrono::Utc::now() + chrono::Duration::days(10)).date_naive();
    let starts = chrono::Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).expect("10:00"));
    let weekday = teilhabe_events::interest::Weekday::of(day.weekday());
    (starts, teilhabe_events::serde_name(&weekday))
}

fn interest(weekday: &str, district: &str, reach: Value) -> Value {
    json!({
        "topics": ["video-calls", "photos"],
        "districts": [district],
        "weekdays": [weekday],
        "times": ["morning"],
        "name": NAME,
        "reach": reach,
        "consent": true,
    })
}

async fn post_interest(app: &TestApp, body: &Value, key: Option<&str>, language: &str) -> Response {
    let mut request = app
        .request(Method::POST, "/interests", None)
        .header(reqwest::header::ACCEPT_LANGUAGE, language)
        .json(body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    request.send().await.expect("POST /interests")
}

async fn leave(app: &TestApp, body: &Value, language: &str) -> String {
    let response = post_interest(app, body, None, language).await;
    assert_eq!(response.status(), StatusCode::CREATED, "{}", app.db);
    let created: InterestCreated = response.json().await.expect("JSON");
    created.interest_code
}

async fn plan(
    office: &Staff,
    starts: chrono::DateTime<chrono::Utc>,
    district: &str,
) -> SessionSummary {
    let body = json!({
        "title": "Videoanrufe mit der Familie",
        "topic": "video-calls",
        "venue": "Seniorentreff",
        "district": district,
        "starts_at": starts.to_rfc3339(),
        "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
        "capacity": 12,
    });
    office.post_ok("/office/sessions", &body).await
}

#[tokio::test]
async fn an_interest_is_left_looked_up_withdrawn_and_erased_with_its_code() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let (_, weekday) = ten_days_on();
        let body = interest(
            &weekday,
            "Garstedt",
            json!({"kind": "email", "value": EMAIL}),
        );
        let code = leave(&app, &body, "tr").await;
        let view: InterestView = app.get_ok(&format!("/interests/{code}")).await;
        assert_eq!(view.name, NAME, "{}", db.name);
        assert_eq!(view.reach, Reach::Email(EMAIL.into()), "{}", db.name);
        assert_eq!(view.status, InterestStatus::Active, "{}", db.name);
        assert_eq!(view.locale.as_deref(), Some("tr"), "{}", db.name);
        assert_eq!(view.wish.districts, ["Garstedt"], "{}", db.name);
        // Any case, without the dash.
        let lower = code.replace('-', "").to_lowercase();
        let same: InterestView = app.get_ok(&format!("/interests/{lower}")).await;
        assert_eq!(same, view, "{}", db.name);

        // Bad input names each field.
        let bad = json!({"topics": ["knitting"], "districts": ["Hamburg"], "weekdays": [],
            "name": "", "reach": {"kind": "email", "value": "nope"}});
        let refused = problem(
            app.post("/interests", &bad).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            db.name,
        )
        .await;
        let fields: Vec<_> = refused.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "topics",
                "districts",
                "weekdays",
                "name",
                "reach.value",
                "consent"
            ],
            "{}",
            db.name
        );
        // A booking code is not an interest code; a malformed one is no code at all.
        problem_with_key(
            app.get("/interests/ACD-347").await,
            StatusCode::NOT_FOUND,
            "problem-interest-not-found",
            db.name,
        )
        .await;
        problem(
            app.get("/interests/nope").await,
            StatusCode::UNPROCESSABLE_ENTITY,
            db.name,
        )
        .await;

        let withdrawn: InterestView = app
            .ok(Method::DELETE, &format!("/interests/{code}"), None, None)
            .await;
        assert_eq!(withdrawn.status, InterestStatus::Withdrawn, "{}", db.name);
        problem_with_key(
            app.delete(&format!("/interests/{code}")).await,
            StatusCode::CONFLICT,
            "problem-interest-withdrawn",
            db.name,
        )
        .await;
        let erased: InterestView = app
            .post_ok(&format!("/interests/{code}/erase"), &json!({}))
            .await;
        assert_eq!(erased.status, InterestStatus::Erased, "{}", db.name);
        assert_eq!(erased.name, teilhabe_events::ERASED, "{}", db.name);
        assert_eq!(erased.reach, Reach::None, "{}", db.name);
        problem_with_key(
            app.post(&format!("/interests/{code}/erase"), &json!({}))
                .await,
            StatusCode::CONFLICT,
            "problem-already-erased",
            db.name,
        )
        .await;
    }
}

#[tokio::test]
async fn an_idempotency_key_hands_a_code_only_to_the_request_that_made_it() {
    let app = TestApp::spawn(&sqlite()).await;
    let (_, weekday) = ten_days_on();
    let mine = interest(
        &weekday,
        "Garstedt",
        json!({"kind": "phone", "value": PHONE}),
    );
    let first = post_interest(&app, &mine, Some("key-1"), "de").await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: InterestCreated = first.json().await.expect("JSON");
    // The same request again (a retry): the same code, nothing new recorded.
    let again = post_interest(&app, &mine, Some("key-1"), "de").await;
    assert_eq!(again.status(), StatusCode::CREATED);
    let again: InterestCreated = again.json().await.expect("JSON");
    assert_eq!(again, first);
    // Someone else with the same key gets no code, least of all hers.
    let mut theirs = mine.clone();
    theirs["name"] = json!("Jemand Anderes");
    let refused = post_interest(&app, &theirs, Some("key-1"), "de").await;
    let text = format!("{refused:?}");
    let refused = problem(
        refused,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another request with the key",
    )
    .await;
    assert_eq!(refused.errors[0].field, "Idempotency-Key");
    assert_eq!(
        refused.errors[0].message_key,
        "problem-idempotency-key-reused"
    );
    assert!(
        !format!("{refused:?}{text}").contains(&first.interest_code),
        "the code is not handed out"
    );
    // Without a key every request is a new interest with a new code.
    let other = leave(&app, &mine, "de").await;
    assert_ne!(other, first.interest_code);
}

#[tokio::test]
async fn a_planned_session_tells_each_interested_person_once_by_her_channel() {
    let Some(sink) = Sink::start().await else {
        return;
    };
    let db = sqlite();
    let port = sink.port;
    let with_smtp = move |config: &mut teilhabe_backend::config::Config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        config.public_url = "https://teilhabe.norderstedt.example".into();
    };
    let app = TestApp::spawn_with(&db, with_smtp).await;
    let office = app.login(Role::Office).await;
    let (starts, weekday) = ten_days_on();
    leave(
        &app,
        &interest(
            &weekday,
            "Harksheide",
            json!({"kind": "email", "value": EMAIL}),
        ),
        "en",
    )
    .await;
    let by_phone = leave(
        &app,
        &interest(
            &weekday,
            "Harksheide",
            json!({"kind": "phone", "value": PHONE}),
        ),
        "tr",
    )
    .await;
    leave(
        &app,
        &interest(
            &weekday,
            "Harksheide",
            json!({"kind": "letter", "street": STREET, "postcode": "22844", "town": "Norderstedt"}),
        ),
        "ar",
    )
    .await;
    // Another district: not reached.
    leave(
        &app,
        &interest(
            &weekday,
            "Glashütte",
            json!({"kind": "email", "value": "glas@example.org"}),
        ),
        "de",
    )
    .await;

    // Before saving, the planning form learns whom the session would reach.
    let query = format!(
        "/office/interests/reach?topic=video-calls&district=Harksheide&starts_at={}",
        urlencode(&starts.to_rfc3339())
    );
    let reach: InterestReach = office.get_ok(&query).await;
    assert_eq!(
        reach,
        InterestReach {
            people: 3,
            email: 1,
            phone: 1,
            letter: 1
        }
    );
    let evening = format!(
        "/office/interests/reach?topic=video-calls&district=Harksheide&starts_at={}",
        urlencode(&(starts + chrono::Duration::hours(9)).to_rfc3339())
    );
    let none: InterestReach = office.get_ok(&evening).await;
    assert_eq!(none.people, 0, "she asked for mornings");
    let bad = office
        .get("/office/interests/reach?topic=knitting&district=Harksheide&starts_at=soon")
        .await;
    let bad = problem(bad, StatusCode::UNPROCESSABLE_ENTITY, "a bad draft").await;
    let fields: Vec<_> = bad.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["topic", "starts_at"]);

    let session = plan(&office, starts, "Harksheide").await;

    // E-mail, in her language, through the real SMTP server.
    let mail = &sink.messages_to(EMAIL, 1).await[0];
    assert!(mail.contains(&format!("Hello {NAME}")), "{mail}");
    assert!(mail.contains("Videoanrufe mit der Familie"), "{mail}");
    assert!(
        mail.contains(&format!(
            "https://teilhabe.norderstedt.example/sessions/{}",
            session.id
        )),
        "{mail}"
    );
    assert_eq!(sink.count_to("glas@example.org"), 0);

    // The call list: what to say, in Turkish.
    let calls: Vec<CallItem> = office.get_ok("/calls").await;
    let call = calls
        .iter()
        .find(|c| c.kind == Notice::InterestMatched)
        .expect("a call about the new session");
    assert_eq!(call.phone, PHONE);
    assert_eq!(call.locale, "tr");
    assert_eq!(call.session.id, session.id);
    assert!(call.script.starts_with("Merhaba"), "{}", call.script);
    assert!(call.script.contains("Videoanrufe mit der Familie"));
    assert_eq!(call.booking_code, "", "an interest has no booking code");
    // The staff app records the call as for a booking (its entry, no booking code): a message
    // left, she is off the list. An entry that is no interest's is refused on the code.
    let not_reached = json!({"call": call.call, "booking_code": "", "result": "not-reached"});
    let recorded = office.post("/calls", &not_reached).await;
    assert_eq!(recorded.status(), StatusCode::NO_CONTENT);
    let calls: Vec<CallItem> = office.get_ok("/calls").await;
    let again = calls
        .iter()
        .find(|c| c.kind == Notice::InterestMatched)
        .expect("not reached: still to call");
    assert_eq!(again.attempts, 1);
    let left = json!({"call": call.call, "booking_code": "", "result": "left-message"});
    let recorded = office.post("/calls", &left).await;
    assert_eq!(recorded.status(), StatusCode::NO_CONTENT);
    let calls: Vec<CallItem> = office.get_ok("/calls").await;
    assert!(
        calls.iter().all(|c| c.kind != Notice::InterestMatched),
        "{calls:?}"
    );
    let unknown = json!({"call": "1-nothing", "booking_code": "", "result": "reached"});
    let refused = problem(
        office.post("/calls", &unknown).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an entry that is no interest's",
    )
    .await;
    assert_eq!(refused.errors[0].field, "booking_code");

    // The letter, in Arabic, right to left, to her address.
    let letters: Vec<InterestLetter> = office.get_ok("/office/interests/letters").await;
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert_eq!(letters[0].address.street, STREET);
    assert_eq!(letters[0].session_id, session.id);
    assert!(letters[0].right_to_left);
    assert!(letters[0].body.contains("Videoanrufe mit der Familie"));

    // Each knows she was told, once.
    let told: InterestView = app.get_ok(&format!("/interests/{by_phone}")).await;
    assert_eq!(told.notified, std::slice::from_ref(&session.id));

    // Withdrawn: no call for the next session; the e-mail goes out once more, for it alone.
    app.delete(&format!("/interests/{by_phone}")).await;
    let next = plan(&office, starts + chrono::Duration::days(7), "Harksheide").await;
    sink.messages_to(EMAIL, 2).await;
    let calls: Vec<CallItem> = office.get_ok("/calls").await;
    assert!(
        calls.iter().all(|c| c.kind != Notice::InterestMatched),
        "a withdrawn wish is not called: {calls:?}"
    );
    let letters: Vec<InterestLetter> = office.get_ok("/office/interests/letters").await;
    let sessions: Vec<_> = letters.iter().map(|l| l.session_id.clone()).collect();
    assert_eq!(sessions, [session.id.clone(), next.id.clone()]);

    // The read models rebuilt from the log (the server stopped), then served again: nobody is
    // told twice.
    app.stop().await;
    rebuild(&db.url).await;
    let app = TestApp::spawn_with(&db, with_smtp).await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(sink.count_to(EMAIL), 2, "a replay sends nothing twice");
    let letters: Vec<InterestLetter> = app
        .login(Role::Office)
        .await
        .get_ok("/office/interests/letters")
        .await;
    assert_eq!(letters.len(), 2);
}

/// Rebuilds every read model of the store at `url` from its log, as `teilhabe rebuild --all`.
async fn rebuild(url: &str) {
    use clap::Parser;
    let cli = teilhabe_backend::cli::Cli::parse_from([
        "teilhabe",
        "--database-url",
        url,
        "rebuild",
        "--all",
    ]);
    teilhabe_backend::cli::run(cli).await.expect("rebuild");
}

fn urlencode(text: &str) -> String {
    text.replace('+', "%2B").replace(':', "%3A")
}

#[tokio::test]
async fn an_erased_interest_is_in_no_file() {
    let db = sqlite();
    let app = TestApp::spawn(&db).await;
    let (_, weekday) = ten_days_on();
    let letter =
        json!({"kind": "letter", "street": STREET, "postcode": "22844", "town": "Norderstedt"});
    let by_letter = leave(&app, &interest(&weekday, "Garstedt", letter), "de").await;
    let by_email = leave(
        &app,
        &interest(
            &weekday,
            "Garstedt",
            json!({"kind": "email", "value": EMAIL}),
        ),
        "de",
    )
    .await;
    let file = db
        .url
        .strip_prefix("sqlite://")
        .expect("a SQLite file")
        .to_owned();
    let read = || {
        let mut bytes = std::fs::read(&file).expect("db file");
        bytes.extend(std::fs::read(format!("{file}-wal")).unwrap_or_default());
        bytes
    };
    let holds = |bytes: &[u8], text: &str| bytes.windows(text.len()).any(|w| w == text.as_bytes());
    // The read model holds her name until the erasure: the scan below is not vacuous.
    assert!(holds(&read(), NAME), "the name is in the file before");

    for code in [&by_letter, &by_email] {
        let erased: InterestView = app
            .post_ok(&format!("/interests/{code}/erase"), &json!({}))
            .await;
        assert_eq!(erased.name, teilhabe_events::ERASED);
    }
    let bytes = read();
    for text in [NAME, "Quendelbeck", EMAIL, STREET, "Quendelweg"] {
        assert!(!holds(&bytes, text), "the database still holds {text:?}");
        let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(
            !bytes.windows(utf16.len()).any(|w| w == utf16.as_slice()),
            "{text:?} in UTF-16"
        );
    }
    // Her keys are gone: the sealed fields cannot be opened by anyone any more.
    let office = app.login(Role::Office).await;
    let export = office
        .get("/audit/export.jsonl")
        .await
        .bytes()
        .await
        .expect("export");
    for text in [NAME, EMAIL, STREET] {
        assert!(!holds(&export, text), "the export holds {text:?}");
    }
    let log = office.text("/audit/events?type=InterestErased").await;
    assert_eq!(log.matches("InterestErased").count(), 2, "{log}");
    // The code itself is in no event: the log names interests by a keyed hash.
    let all = office.text("/audit/events?type=InterestRegistered").await;
    assert!(
        !all.contains(&by_letter) && !all.contains(&by_letter.replace('-', "")),
        "{all}"
    );
}

#[tokio::test]
async fn the_retention_rule_erases_interests_left_long_ago() {
    use teilhabe_backend::domain::clock::FixedClock;
    use teilhabe_backend::erasure::apply_retention;
    use teilhabe_backend::personal::Subject;
    let config = crate::app::demo_config(&teilhabe_backend::testing::fresh_sqlite_url());
    let mut state = teilhabe_backend::startup::state(&config)
        .await
        .expect("state");
    let (_, weekday) = ten_days_on();
    let request: teilhabe_events::interest::InterestRequest = serde_json::from_value(interest(
        &weekday,
        "Garstedt",
        json!({"kind": "phone", "value": PHONE}),
    ))
    .expect("request");
    let (wish, name, reach) = request.parse().expect("a good request");
    // The command as the service runs it (this state has no projector following the log).
    let code = teilhabe_events::BookingCode::parse("KEY-347").expect("code");
    let id = state.keys.interest_id(&code);
    let command = teilhabe_events::interest::InterestCommand::Register {
        wish,
        name,
        reach,
        consent: teilhabe_events::ContactConsent::OnlineForm,
        locale: None,
    };
    let respond: teilhabe_backend::commands::Respond<teilhabe_backend::domain::interest::Interest> =
        std::sync::Arc::new(|_, _| String::new());
    let metadata = teilhabe_backend::store::Metadata::new_command("test", "web");
    state
        .interests
        .execute(&id, command, metadata, respond)
        .await
        .expect("registered");
    state.projector.catch_up().await.expect("caught up");
    let subject = Subject::stream(&format!("interest-{id}"));
    assert!(state.keys.holds(&subject).await.expect("keys"));
    let retention = chrono::Duration::days(365);
    let none = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(none.interests, 0, "{none:?}");
    state.clock = std::sync::Arc::new(FixedClock(chrono::Utc::now() + chrono::Duration::days(400)));
    let round = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(round.interests, 1, "{round:?}");
    assert!(!state.keys.holds(&subject).await.expect("keys"));
    let view = teilhabe_backend::app::interests::current(&state, &id)
        .await
        .expect("view");
    assert_eq!(view.name, teilhabe_events::ERASED);
    assert_eq!(view.status, InterestStatus::Erased);
    let again = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(again.interests, 0, "{again:?}");
}

#[tokio::test]
async fn guessing_interest_codes_is_limited_together_with_booking_codes() {
    let app = TestApp::spawn_with(&sqlite(), |config| config.code_misses_per_hour = 3).await;
    let (_, weekday) = ten_days_on();
    let body = interest(
        &weekday,
        "Garstedt",
        json!({"kind": "phone", "value": PHONE}),
    );
    let code = leave(&app, &body, "de").await;
    // Her own code, looked up again and again, uses up nothing.
    for _ in 0..5 {
        let found = app.get(&format!("/interests/{code}")).await;
        assert_eq!(found.status(), StatusCode::OK);
    }
    // Two guessed interest codes and one guessed booking code use up the allowance ...
    for path in [
        "/interests/ACD-347",
        "/interests/ACD-349",
        "/bookings/ACD-346",
    ] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    // ... and from then on every look-up is refused, her own code too, and so are withdrawing
    // and erasing by code.
    for response in [
        app.get("/interests/ACD-343").await,
        app.get(&format!("/interests/{code}")).await,
        app.delete(&format!("/interests/{code}")).await,
        app.post(&format!("/interests/{code}/erase"), &json!({}))
            .await,
    ] {
        problem(response, StatusCode::TOO_MANY_REQUESTS, "after the misses").await;
    }
}

//! Letters to print: the office gets a confirmation, change or cancellation for any booking,
//! written in the resident's language (right to left for Arabic), and only the letters that fit
//! the booking now.

use crate::app::{plan_session, problem, Staff, TestApp};
use reqwest::StatusCode;
use serde_json::json;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::Letter;
use teilhabe_events::Notice;

async fn plan(office: &Staff, capacity: u32) -> SessionSummary {
    let in_nine_days = chrono::Duration::days(9);
    plan_session(office, "Briefe am Tablet schreiben", in_nine_days, capacity).await
}

/// Registers someone without any contact, their browser set to `language`.
async fn register(app: &TestApp, session: &str, name: &str, language: &str) -> String {
    let body = json!({"name": name, "contact": {"kind": "none"}});
    app.register_in(language, session, &body).await.booking_code
}

async fn letter(office: &Staff, code: &str, notice: &str) -> reqwest::Response {
    let query = if notice.is_empty() {
        String::new()
    } else {
        format!("?notice={notice}")
    };
    office
        .get(&format!("/office/bookings/{code}/letter{query}"))
        .await
}

/// What a letter is: its language, whether it reads right to left, and its notice.
fn language_and_notice(letter: &Letter) -> (&str, bool, Notice) {
    (letter.locale.as_str(), letter.right_to_left, letter.notice)
}

#[tokio::test]
async fn the_office_prints_letters_in_the_residents_language_that_fit_the_booking() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = plan(&office, 1).await;
        let ayse = register(&app, &session.id, "Ayşe Yılmaz", "tr-TR,tr;q=0.9").await;
        let amal = register(&app, &session.id, "Amal Haddad", "ar").await;

        // A confirmed place, in Turkish, with the code and the office's phone number.
        let read: Letter = office
            .get_ok(&format!(
                "/office/bookings/{}/letter",
                ayse.replace('-', "").to_lowercase()
            ))
            .await;
        assert_eq!(
            language_and_notice(&read),
            ("tr", false, Notice::BookingConfirmed),
            "{}",
            db.name
        );
        assert_eq!(
            read.choices,
            [
                Notice::BookingConfirmed,
                Notice::SessionRescheduled,
                Notice::SessionReminder
            ]
        );
        assert_eq!(read.booking_code, ayse);
        assert!(
            read.subject.contains("Briefe am Tablet schreiben"),
            "{read:?}"
        );
        assert!(
            read.body.contains("Ayşe Yılmaz") && read.body.contains(&ayse),
            "{read:?}"
        );
        assert!(read.body.contains("Merhaba"), "Turkish: {read:?}");
        assert!(read.questions.contains("040 535 95-0"), "{read:?}");

        // The second is on the waiting list: that letter, in Arabic, right to left.
        let waiting: Letter = office
            .get_ok(&format!("/office/bookings/{amal}/letter"))
            .await;
        assert_eq!(
            language_and_notice(&waiting),
            ("ar", true, Notice::BookingWaitlisted),
            "{}",
            db.name
        );
        assert_eq!(waiting.choices, [Notice::BookingWaitlisted]);
        // In Arabic the number is isolated left to right, so its digit groups keep their order.
        assert!(
            waiting.questions.contains("\u{2066}040 535 95-0\u{2069}"),
            "{}: {waiting:?}",
            db.name
        );

        // A change the booking can have; a letter it cannot; a letter that does not exist.
        let moved: Letter = office
            .get_ok(&format!(
                "/office/bookings/{ayse}/letter?notice=session-rescheduled"
            ))
            .await;
        assert_ne!(moved.subject, read.subject, "{}", db.name);
        let p = problem(
            letter(&office, &amal, "booking-confirmed").await,
            StatusCode::CONFLICT,
            db.name,
        )
        .await;
        assert_eq!(p.message_key, "office-letter-problem-not-now");
        let p = problem(
            letter(&office, &ayse, "love-letter").await,
            StatusCode::UNPROCESSABLE_ENTITY,
            db.name,
        )
        .await;
        assert_eq!(p.errors[0].field, "notice");
        let p = problem(
            letter(&office, "AAA-AAA", "").await,
            StatusCode::NOT_FOUND,
            db.name,
        )
        .await;
        assert_eq!(p.message_key, "problem-booking-not-found");

        // The session is cancelled: now every booking's letter is the cancellation, with
        // the reason the office gave.
        let _: SessionSummary = office
            .post_ok(
                &format!("/office/sessions/{}/cancel", session.id),
                &json!({"reason": "Die Kursleiterin ist krank."}),
            )
            .await;
        let cancelled: Letter = office
            .get_ok(&format!("/office/bookings/{ayse}/letter"))
            .await;
        assert_eq!(cancelled.notice, Notice::SessionCancelled, "{}", db.name);
        assert!(
            cancelled.body.contains("Die Kursleiterin ist krank."),
            "{cancelled:?}"
        );
    }
}

#[tokio::test]
async fn a_cancelled_booking_has_no_letter() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = plan(&office, 5).await;
        let code = register(&app, &session.id, "Hans Schulz", "de").await;
        let response = app.cancel(&code).await;
        assert_eq!(response.status(), StatusCode::OK, "{}", db.name);
        let p = problem(
            letter(&office, &code, "").await,
            StatusCode::CONFLICT,
            db.name,
        )
        .await;
        assert_eq!(p.message_key, "office-letter-problem-cancelled");
    }
}

/// A date as Leichte Sprache writes it: „Montag, 23. November 2026“ (computed here, not by the
/// code under test).
fn in_words(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const DAYS: [&str; 7] = [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ];
    const MONTHS: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    format!(
        "{}, {}. {} {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

#[tokio::test]
async fn leichte_sprache_letters_give_the_date_and_time_in_words() {
    use chrono::Timelike;
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = plan(&office, 5).await;
        let code = register(&app, &session.id, "Karl Berg", "de-x-leicht").await;
        let read: Letter = office
            .get_ok(&format!("/office/bookings/{code}/letter"))
            .await;
        assert_eq!(read.locale, "de-x-leicht", "{}", db.name);
        let at = session.starts_at;
        let time = if at.minute() == 0 {
            format!("{} Uhr", at.hour())
        } else {
            format!("{}:{:02} Uhr", at.hour(), at.minute())
        };
        let when = format!("{}, {time}", in_words(at.date_naive()));
        assert!(
            read.body.contains(&when),
            "{}: the course's time in words („{when}“): {}",
            db.name,
            read.body
        );
        let today = in_words(chrono::Utc::now().with_timezone(at.offset()).date_naive());
        assert!(
            read.date.contains(&today),
            "{}: the letter's date in words („{today}“): {}",
            db.name,
            read.date
        );
    }
}

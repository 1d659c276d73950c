use super::*;
use teilhabe_events::session::Channel;
use teilhabe_events::{BookingCode, PersonName, Registration};

// Streams are numbered (`session-1`, not `session-s1`): the i18n check reads a literal that
// starts with an interface area (`session-`) and does not end in a number as a message id.

fn code() -> BookingCode {
    BookingCode::parse("ACD-EFG").expect("valid code")
}

fn registered(contact: Contact, confirmed: bool) -> LoggedEvent {
    let name = PersonName::parse("Erika Mustermann").expect("name");
    let registration = Registration::new(code(), name, contact, Channel::Web);
    // Both events carry the same fields; only the variant says whether a seat was free.
    LoggedEvent::Session(if confirmed {
        SessionEvent::ParticipantRegistered(registration)
    } else {
        SessionEvent::ParticipantWaitlisted(registration)
    })
}

/// Asserts that `event`, read at `position` of `stream`, is written to the outbox as the
/// notice `kind` about `subject` with `detail`.
fn assert_notice(
    position: i64,
    stream: &str,
    event: LoggedEvent,
    (kind, subject, detail): (Notice, &str, &str),
) {
    assert_eq!(
        statement(position, stream, &event),
        Some(notice(position, kind, subject, detail))
    );
}

fn email() -> Contact {
    Contact::Email("erika@example.org".into())
}

#[test]
fn a_booking_is_confirmed_or_waitlisted_by_mail_only_to_an_email_address() {
    let code = code();
    assert_notice(
        7,
        "session-1",
        registered(email(), true),
        (Notice::BookingConfirmed, code.as_str(), ""),
    );
    assert_notice(
        8,
        "session-1",
        registered(email(), false),
        (Notice::BookingWaitlisted, code.as_str(), ""),
    );
    for contact in [Contact::Phone("040 123".into()), Contact::None] {
        assert_eq!(statement(9, "session-1", &registered(contact, true)), None);
    }
}

#[test]
fn news_about_a_session_is_about_the_session_of_the_stream() {
    assert_notice(
        3,
        "session-1",
        LoggedEvent::Session(SessionEvent::SessionCancelled {
            reason: "Krankheit".into(),
        }),
        (Notice::SessionCancelled, "1", "Krankheit"),
    );
    assert_notice(
        4,
        "session-1",
        LoggedEvent::Session(SessionEvent::ParticipantPromoted {
            booking_code: code(),
        }),
        (Notice::BookingPromoted, code().as_str(), ""),
    );
}

#[test]
fn an_erasure_takes_the_persons_unsent_mail_with_it() {
    let erased = statement(
        5,
        "session-1",
        &LoggedEvent::Session(SessionEvent::PersonalDataErased {
            booking_code: code(),
        }),
    )
    .expect("a statement");
    assert!(
        erased.sql.starts_with("DELETE FROM outbox"),
        "{}",
        erased.sql
    );
    assert_eq!(erased.params, vec![code().as_str().into()]);
}

#[test]
fn a_decided_application_is_written_to_the_applicant() {
    assert_notice(
        6,
        "ambassador-1",
        LoggedEvent::Ambassador(AmbassadorEvent::AmbassadorDeclined {
            reason: "voll".into(),
        }),
        (Notice::ApplicationDeclined, "1", "voll"),
    );
}

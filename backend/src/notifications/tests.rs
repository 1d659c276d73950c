use super::*;
use teilhabe_events::session::Channel;
use teilhabe_events::{BookingCode, PersonName};

fn code() -> BookingCode {
    BookingCode::parse("ACD-EFG").expect("valid code")
}

fn registered(contact: Contact, confirmed: bool) -> LoggedEvent {
    let (booking_code, name, channel) = (
        code(),
        PersonName::parse("Erika Mustermann").expect("name"),
        Channel::Web,
    );
    LoggedEvent::Session(if confirmed {
        SessionEvent::ParticipantRegistered {
            booking_code,
            name,
            contact,
            channel,
            needs: vec![],
            contact_consent: None,
            locale: None,
        }
    } else {
        SessionEvent::ParticipantWaitlisted {
            booking_code,
            name,
            contact,
            channel,
            needs: vec![],
            contact_consent: None,
            locale: None,
        }
    })
}

fn email() -> Contact {
    Contact::Email("erika@example.org".into())
}

#[test]
fn a_booking_is_confirmed_or_waitlisted_by_mail_only_to_an_email_address() {
    let code = code();
    assert_eq!(
        statement(7, "session-s1", &registered(email(), true)),
        Some(notice(7, Notice::BookingConfirmed, code.as_str(), ""))
    );
    assert_eq!(
        statement(8, "session-s1", &registered(email(), false)),
        Some(notice(8, Notice::BookingWaitlisted, code.as_str(), ""))
    );
    for contact in [Contact::Phone("040 123".into()), Contact::None] {
        assert_eq!(statement(9, "session-s1", &registered(contact, true)), None);
    }
}

#[test]
fn news_about_a_session_is_about_the_session_of_the_stream() {
    assert_eq!(
        statement(
            3,
            "session-s1",
            &LoggedEvent::Session(SessionEvent::SessionCancelled {
                reason: "Krankheit".into()
            })
        ),
        Some(notice(3, Notice::SessionCancelled, "s1", "Krankheit"))
    );
    assert_eq!(
        statement(
            4,
            "session-s1",
            &LoggedEvent::Session(SessionEvent::ParticipantPromoted {
                booking_code: code()
            })
        ),
        Some(notice(4, Notice::BookingPromoted, code().as_str(), ""))
    );
}

#[test]
fn an_erasure_takes_the_persons_unsent_mail_with_it() {
    let erased = statement(
        5,
        "session-s1",
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
    assert_eq!(
        statement(
            6,
            "ambassador-a1",
            &LoggedEvent::Ambassador(AmbassadorEvent::AmbassadorDeclined {
                reason: "voll".into()
            })
        ),
        Some(notice(6, Notice::ApplicationDeclined, "a1", "voll"))
    );
}

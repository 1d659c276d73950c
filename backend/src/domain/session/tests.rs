//! The session's rules, one given/when/then test each.

use super::*;
use crate::domain::clock::FixedClock;
use chrono::{DateTime, TimeZone, Utc};
use cqrs_es::test::TestFramework;
use teilhabe_events::session::{Channel, Source, Topic};
use teilhabe_events::Attendance;
use teilhabe_events::{Contact, PersonName};

type SessionTest = TestFramework<Session>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
        .single()
        .expect("valid date")
}

fn framework() -> SessionTest {
    SessionTest::with(SessionServices {
        clock: Arc::new(FixedClock(now())),
    })
}

fn details(capacity: u32) -> SessionDetails {
    let berlin = chrono::FixedOffset::east_opt(3600).expect("valid offset");
    SessionDetails {
        title: "Smartphone-Grundlagen".into(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei Norderstedt".into(),
        district: "Garstedt".into(),
        starts_at: berlin
            .with_ymd_and_hms(2026, 12, 8, 10, 0, 0)
            .single()
            .expect("date"),
        ends_at: berlin
            .with_ymd_and_hms(2026, 12, 8, 12, 0, 0)
            .single()
            .expect("date"),
        capacity,
        drop_in: false,
    }
}

fn code(s: &str) -> BookingCode {
    BookingCode::parse(s).expect("valid code")
}

fn register(c: &str) -> SessionCommand {
    SessionCommand::RegisterParticipant {
        booking_code: code(c),
        name: PersonName::parse("Erika Mustermann").expect("name"),
        contact: Contact::None,
        channel: Channel::Web,
        needs: vec![],
        contact_consent: None,
        locale: None,
    }
}

fn registered(c: &str) -> SessionEvent {
    SessionEvent::ParticipantRegistered {
        booking_code: code(c),
        name: PersonName::parse("Erika Mustermann").expect("name"),
        contact: Contact::None,
        channel: Channel::Web,
        needs: vec![],
        contact_consent: None,
        locale: None,
    }
}

fn waitlisted(c: &str) -> SessionEvent {
    SessionEvent::ParticipantWaitlisted {
        booking_code: code(c),
        name: PersonName::parse("Erika Mustermann").expect("name"),
        contact: Contact::None,
        channel: Channel::Web,
        needs: vec![],
        contact_consent: None,
        locale: None,
    }
}

fn cancel(c: &str) -> SessionCommand {
    SessionCommand::CancelRegistration {
        booking_code: code(c),
    }
}

#[test]
fn a_planned_session_is_scheduled() {
    framework()
        .given_no_previous_events()
        .when(SessionCommand::ScheduleSession(details(8)))
        .then_expect_events(vec![SessionEvent::SessionScheduled(details(8))]);
}

#[test]
fn a_session_cannot_be_scheduled_twice() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(details(8))])
        .when(SessionCommand::ScheduleSession(details(8)))
        .then_expect_error(SessionError::AlreadyScheduled);
}

#[test]
fn a_session_without_seats_is_refused() {
    framework()
        .given_no_previous_events()
        .when(SessionCommand::ScheduleSession(details(0)))
        .then_expect_error(SessionError::InvalidDetails);
}

#[test]
fn nobody_can_register_for_a_session_that_was_never_scheduled() {
    framework()
        .given_no_previous_events()
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::NotFound);
}

#[test]
fn a_session_with_free_seats_confirms_the_registration() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(details(2))])
        .when(register("ACD-EFG"))
        .then_expect_events(vec![registered("ACD-EFG")]);
}

#[test]
fn a_full_session_puts_the_next_person_on_the_waitlist() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
        ])
        .when(register("HJK-MNP"))
        .then_expect_events(vec![waitlisted("HJK-MNP")]);
}

#[test]
fn registration_closes_when_the_session_starts() {
    let started = SessionServices {
        clock: Arc::new(FixedClock(details(1).starts_at.with_timezone(&Utc))),
    };
    SessionTest::with(started)
        .given(vec![SessionEvent::SessionScheduled(details(1))])
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::RegistrationClosed);
}

#[test]
fn a_booking_code_is_used_only_once_per_session() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(5)),
            registered("ACD-EFG"),
        ])
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::BookingCodeTaken);
}

#[test]
fn cancelling_a_confirmed_seat_promotes_the_first_on_the_waitlist() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
            waitlisted("RTW-XY3"),
        ])
        .when(cancel("ACD-EFG"))
        .then_expect_events(vec![
            SessionEvent::RegistrationCancelled {
                booking_code: code("ACD-EFG"),
            },
            SessionEvent::ParticipantPromoted {
                booking_code: code("HJK-MNP"),
            },
        ]);
}

#[test]
fn cancelling_a_waitlisted_place_promotes_nobody() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
        ])
        .when(cancel("HJK-MNP"))
        .then_expect_events(vec![SessionEvent::RegistrationCancelled {
            booking_code: code("HJK-MNP"),
        }]);
}

#[test]
fn a_seat_freed_by_cancelling_goes_to_the_next_registration_when_nobody_waits() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            SessionEvent::RegistrationCancelled {
                booking_code: code("ACD-EFG"),
            },
        ])
        .when(register("HJK-MNP"))
        .then_expect_events(vec![registered("HJK-MNP")]);
}

#[test]
fn a_promoted_person_holds_a_seat_so_the_next_one_waits() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
            SessionEvent::RegistrationCancelled {
                booking_code: code("ACD-EFG"),
            },
            SessionEvent::ParticipantPromoted {
                booking_code: code("HJK-MNP"),
            },
        ])
        .when(register("RTW-XY3"))
        .then_expect_events(vec![waitlisted("RTW-XY3")]);
}

#[test]
fn a_booking_cannot_be_cancelled_twice() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            SessionEvent::RegistrationCancelled {
                booking_code: code("ACD-EFG"),
            },
        ])
        .when(cancel("ACD-EFG"))
        .then_expect_error(SessionError::AlreadyCancelled);
}

#[test]
fn an_unknown_booking_cannot_be_cancelled() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(details(1))])
        .when(cancel("ACD-EFG"))
        .then_expect_error(SessionError::UnknownBooking);
}

#[test]
fn the_waitlist_position_counts_from_one_in_order_of_arrival() {
    let mut session = Session::default();
    for event in [
        SessionEvent::SessionScheduled(details(1)),
        registered("ACD-EFG"),
        waitlisted("HJK-MNP"),
        waitlisted("RTW-XY3"),
        SessionEvent::RegistrationCancelled {
            booking_code: code("HJK-MNP"),
        },
    ] {
        session.apply(event);
    }
    assert_eq!(session.waitlist_position(&code("RTW-XY3")), Some(1));
    assert_eq!(session.waitlist_position(&code("ACD-EFG")), None);
}

fn feedback() -> teilhabe_events::Feedback {
    teilhabe_events::Feedback {
        rating: teilhabe_events::Rating::parse(5).expect("rating"),
        helped: teilhabe_events::Helped::Yes,
        comment: None,
        next_topic: Some(Topic::Photos),
    }
}

fn give_feedback(c: &str) -> SessionCommand {
    SessionCommand::GiveFeedback {
        booking_code: code(c),
        feedback: feedback(),
    }
}

/// The framework with the clock on the afternoon after the session (which ends at 12:00).
fn after_the_session() -> SessionTest {
    SessionTest::with(SessionServices {
        clock: Arc::new(FixedClock(
            Utc.with_ymd_and_hms(2026, 12, 8, 15, 0, 0)
                .single()
                .expect("valid date"),
        )),
    })
}

#[test]
fn a_participant_gives_feedback_after_the_session() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(5)),
            registered("ACD-EFG"),
        ])
        .when(give_feedback("ACD-EFG"))
        .then_expect_events(vec![SessionEvent::FeedbackGiven {
            booking_code: code("ACD-EFG"),
            feedback: feedback(),
        }]);
}

#[test]
fn feedback_is_refused_before_the_session_is_over() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(5)),
            registered("ACD-EFG"),
        ])
        .when(give_feedback("ACD-EFG"))
        .then_expect_error(SessionError::FeedbackNotYet);
}

#[test]
fn feedback_is_given_once_per_booking() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(5)),
            registered("ACD-EFG"),
            SessionEvent::FeedbackGiven {
                booking_code: code("ACD-EFG"),
                feedback: feedback(),
            },
        ])
        .when(give_feedback("ACD-EFG"))
        .then_expect_error(SessionError::FeedbackAlreadyGiven);
}

#[test]
fn someone_still_on_the_waitlist_cannot_give_feedback() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
        ])
        .when(give_feedback("HJK-MNP"))
        .then_expect_error(SessionError::FeedbackNotPossible);
}

#[test]
fn a_cancelled_booking_cannot_give_feedback() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(5)),
            registered("ACD-EFG"),
            SessionEvent::RegistrationCancelled {
                booking_code: code("ACD-EFG"),
            },
        ])
        .when(give_feedback("ACD-EFG"))
        .then_expect_error(SessionError::FeedbackNotPossible);
}

#[test]
fn a_call_is_recorded_only_for_a_booking_of_the_session() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(SessionCommand::RecordCall {
            booking_code: code("HJK-MNP"),
            call: "reminder-s1".into(),
            result: teilhabe_events::CallResult::Reached,
        })
        .then_expect_error(SessionError::UnknownBooking);
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(SessionCommand::RecordCall {
            booking_code: code("ACD-EFG"),
            call: "reminder-s1".into(),
            result: teilhabe_events::CallResult::LeftMessage,
        })
        .then_expect_events(vec![SessionEvent::CallRecorded {
            booking_code: code("ACD-EFG"),
            call: "reminder-s1".into(),
            result: teilhabe_events::CallResult::LeftMessage,
        }]);
}

#[test]
fn more_seats_promote_the_first_waiting() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
            waitlisted("RTW-XY3"),
        ])
        .when(SessionCommand::ChangeCapacity { capacity: 2 })
        .then_expect_events(vec![
            SessionEvent::CapacityChanged { capacity: 2 },
            SessionEvent::ParticipantPromoted {
                booking_code: code("HJK-MNP"),
            },
        ]);
}

#[test]
fn the_capacity_cannot_fall_below_the_confirmed_seats() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
            registered("HJK-MNP"),
        ])
        .when(SessionCommand::ChangeCapacity { capacity: 1 })
        .then_expect_error(SessionError::CapacityBelowConfirmed);
}

#[test]
fn a_cancelled_session_takes_no_registrations() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            SessionEvent::SessionCancelled {
                reason: "Raum nicht verfügbar".into(),
            },
        ])
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::Cancelled);
}

#[test]
fn attendance_is_marked_for_confirmed_seats_once_the_session_is_near() {
    let given = vec![
        SessionEvent::SessionScheduled(details(3)),
        registered("ACD-EFG"),
    ];
    framework()
        .given(given.clone())
        .when(SessionCommand::RecordAttendance {
            booking_code: code("ACD-EFG"),
            attendance: teilhabe_events::Attendance::Attended,
        })
        .then_expect_error(SessionError::AttendanceNotPossible);
    after_the_session()
        .given(given)
        .when(SessionCommand::RecordAttendance {
            booking_code: code("ACD-EFG"),
            attendance: teilhabe_events::Attendance::NoShow,
        })
        .then_expect_events(vec![SessionEvent::AttendanceRecorded {
            booking_code: code("ACD-EFG"),
            attendance: teilhabe_events::Attendance::NoShow,
        }]);
}

#[test]
fn a_session_is_rescheduled_only_into_the_future() {
    let start = now().fixed_offset() - chrono::Duration::hours(1);
    framework()
        .given(vec![SessionEvent::SessionScheduled(details(3))])
        .when(SessionCommand::Reschedule {
            starts_at: start,
            ends_at: start + chrono::Duration::hours(2),
        })
        .then_expect_error(SessionError::InvalidDetails);
}

#[test]
fn a_booking_holders_data_is_erased_once() {
    let given = vec![
        SessionEvent::SessionScheduled(details(3)),
        registered("ACD-EFG"),
    ];
    framework()
        .given(given.clone())
        .when(SessionCommand::ErasePersonalData {
            booking_code: code("ACD-EFG"),
        })
        .then_expect_events(vec![SessionEvent::PersonalDataErased {
            booking_code: code("ACD-EFG"),
        }]);
    let mut erased = given;
    erased.push(SessionEvent::PersonalDataErased {
        booking_code: code("ACD-EFG"),
    });
    framework()
        .given(erased)
        .when(SessionCommand::ErasePersonalData {
            booking_code: code("ACD-EFG"),
        })
        .then_expect_error(SessionError::AlreadyErased);
}

#[test]
fn an_unknown_booking_cannot_be_erased() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(details(3))])
        .when(SessionCommand::ErasePersonalData {
            booking_code: code("ACD-EFG"),
        })
        .then_expect_error(SessionError::UnknownBooking);
}
// At the door and from paper.

fn drop_in() -> SessionDetails {
    SessionDetails {
        capacity: 0,
        drop_in: true,
        ..details(0)
    }
}

fn check_in(c: &str, source: Source) -> SessionCommand {
    SessionCommand::CheckIn {
        booking_code: code(c),
        source,
    }
}

fn checked_in(c: &str, source: Source) -> SessionEvent {
    SessionEvent::ParticipantCheckedIn {
        booking_code: code(c),
        source,
    }
}

fn walk_in(id: &str, source: Source) -> SessionCommand {
    SessionCommand::CheckInWalkIn {
        walk_in_id: id.into(),
        first_name: PersonName::parse("Hans").expect("name"),
        district: Some("Garstedt".into()),
        source,
    }
}

fn walked_in(id: &str, source: Source) -> SessionEvent {
    SessionEvent::WalkInCheckedIn {
        walk_in_id: id.into(),
        first_name: PersonName::parse("Hans").expect("name"),
        district: Some("Garstedt".into()),
        source,
    }
}

#[test]
fn a_drop_in_session_is_scheduled_without_places() {
    framework()
        .given_no_previous_events()
        .when(SessionCommand::ScheduleSession(drop_in()))
        .then_expect_events(vec![SessionEvent::SessionScheduled(drop_in())]);
}

#[test]
fn a_drop_in_session_with_places_is_refused() {
    framework()
        .given_no_previous_events()
        .when(SessionCommand::ScheduleSession(SessionDetails {
            drop_in: true,
            ..details(8)
        }))
        .then_expect_error(SessionError::InvalidDetails);
}

#[test]
fn a_drop_in_session_takes_no_bookings_so_nobody_waits() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(drop_in())])
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::NoBookingNeeded);
}

#[test]
fn a_drop_in_session_gets_no_places_later() {
    framework()
        .given(vec![SessionEvent::SessionScheduled(drop_in())])
        .when(SessionCommand::ChangeCapacity { capacity: 5 })
        .then_expect_error(SessionError::NoBookingNeeded);
}

#[test]
fn a_walk_in_comes_to_a_drop_in_session() {
    after_the_session()
        .given(vec![SessionEvent::SessionScheduled(drop_in())])
        .when(walk_in("tap-1", Source::Door))
        .then_expect_events(vec![walked_in("tap-1", Source::Door)]);
}

#[test]
fn a_booking_is_checked_in_at_the_door() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(check_in("ACD-EFG", Source::Door))
        .then_expect_events(vec![checked_in("ACD-EFG", Source::Door)]);
}

#[test]
fn nobody_is_checked_in_twice() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
            checked_in("ACD-EFG", Source::Door),
        ])
        .when(check_in("ACD-EFG", Source::Paper))
        .then_expect_error(SessionError::AlreadyCheckedIn);
}

#[test]
fn someone_marked_present_on_the_roster_is_not_checked_in_again() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
            SessionEvent::AttendanceRecorded {
                booking_code: code("ACD-EFG"),
                attendance: Attendance::Attended,
            },
        ])
        .when(check_in("ACD-EFG", Source::Door))
        .then_expect_error(SessionError::AlreadyCheckedIn);
}

#[test]
fn check_in_opens_an_hour_before_the_start() {
    framework()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(check_in("ACD-EFG", Source::Door))
        .then_expect_error(SessionError::CheckInNotYet);
}

#[test]
fn a_waitlisted_person_is_not_checked_in() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(1)),
            registered("ACD-EFG"),
            waitlisted("HJK-MNP"),
        ])
        .when(check_in("HJK-MNP", Source::Door))
        .then_expect_error(SessionError::AttendanceNotPossible);
}

#[test]
fn an_unknown_code_is_not_checked_in() {
    after_the_session()
        .given(vec![SessionEvent::SessionScheduled(details(1))])
        .when(check_in("ACD-EFG", Source::Door))
        .then_expect_error(SessionError::UnknownBooking);
}

#[test]
fn a_walk_in_sent_twice_with_the_same_key_is_counted_once() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            walked_in("tap-1", Source::Door),
        ])
        .when(walk_in("tap-1", Source::Door))
        .then_expect_events(vec![]);
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            walked_in("tap-1", Source::Door),
        ])
        .when(walk_in("tap-2", Source::Door))
        .then_expect_events(vec![walked_in("tap-2", Source::Door)]);
}

#[test]
fn a_paper_line_confirmed_as_a_booking_checks_that_booking_in_from_paper() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(check_in("ACD-EFG", Source::Paper))
        .then_expect_events(vec![checked_in("ACD-EFG", Source::Paper)]);
}

#[test]
fn a_paper_line_kept_apart_counts_as_a_walk_in_from_paper() {
    after_the_session()
        .given(vec![
            SessionEvent::SessionScheduled(details(3)),
            registered("ACD-EFG"),
        ])
        .when(SessionCommand::CheckInWalkIn {
            walk_in_id: "line-1".into(),
            first_name: PersonName::parse("Erika").expect("name"),
            district: None,
            source: Source::Paper,
        })
        .then_expect_events(vec![SessionEvent::WalkInCheckedIn {
            walk_in_id: "line-1".into(),
            first_name: PersonName::parse("Erika").expect("name"),
            district: None,
            source: Source::Paper,
        }]);
}

#[test]
fn a_walk_ins_first_name_is_erased_once_and_only_for_a_walk_in_who_came() {
    let came = || {
        vec![
            SessionEvent::SessionScheduled(details(3)),
            SessionEvent::WalkInCheckedIn {
                walk_in_id: "line-1".into(),
                first_name: PersonName::parse("Erika").expect("name"),
                district: None,
                source: Source::Paper,
            },
        ]
    };
    after_the_session()
        .given(came())
        .when(SessionCommand::EraseWalkIn {
            walk_in_id: "line-1".into(),
        })
        .then_expect_events(vec![SessionEvent::WalkInDataErased {
            walk_in_id: "line-1".into(),
        }]);
    let mut erased = came();
    erased.push(SessionEvent::WalkInDataErased {
        walk_in_id: "line-1".into(),
    });
    after_the_session()
        .given(erased)
        .when(SessionCommand::EraseWalkIn {
            walk_in_id: "line-1".into(),
        })
        .then_expect_error(SessionError::AlreadyErased);
    after_the_session()
        .given(came())
        .when(SessionCommand::EraseWalkIn {
            walk_in_id: "line-2".into(),
        })
        .then_expect_error(SessionError::UnknownWalkIn);
}

#[test]
fn a_feedback_card_from_paper_is_recorded() {
    after_the_session()
        .given(vec![SessionEvent::SessionScheduled(details(3))])
        .when(SessionCommand::RecordFeedbackCard {
            source: Source::Paper,
            feedback: feedback(),
        })
        .then_expect_events(vec![SessionEvent::FeedbackCardRecorded {
            source: Source::Paper,
            feedback: feedback(),
        }]);
}

#[test]
fn leaving_the_waitlist_frees_a_place_in_the_queue_and_promotes_nobody() {
    let mut session = Session::default();
    for event in [
        SessionEvent::SessionScheduled(details(1)),
        registered("ACD-EFG"),
        waitlisted("HJK-MNP"),
        waitlisted("RTW-XY3"),
        SessionEvent::RegistrationCancelled {
            booking_code: code("HJK-MNP"),
        },
    ] {
        session.apply(event);
    }
    assert_eq!(session.waitlist_position(&code("RTW-XY3")), Some(1));
    assert_eq!(session.waitlist_position(&code("HJK-MNP")), None);
}

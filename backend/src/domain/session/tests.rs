//! The session's rules, one given/when/then test each.

use super::*;
use crate::domain::clock::FixedClock;
use chrono::{DateTime, TimeZone, Utc};
use cqrs_es::test::{AggregateResultValidator, TestFramework};
use teilhabe_events::session::{CallResult, Channel, Source, Topic};
use teilhabe_events::{Contact, Feedback, PersonName, Registration};

type SessionTest = TestFramework<Session>;
type Expect = AggregateResultValidator<Session>;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
        .single()
        .expect("valid date")
}

fn at(clock: DateTime<Utc>) -> SessionTest {
    SessionTest::with(SessionServices::new(Arc::new(FixedClock(clock))))
}

/// Given `history`, when `command` comes a week before the session, with waiting lists that
/// close at `multiple` times the capacity, at least `minimum`.
fn limited(
    multiple: u32,
    minimum: u32,
    history: Vec<SessionEvent>,
    command: SessionCommand,
) -> Expect {
    SessionTest::with(SessionServices {
        clock: Arc::new(FixedClock(now())),
        waitlist: WaitlistLimit { multiple, minimum },
    })
    .given(history)
    .when(command)
}

/// Given `history`, when `command` comes a week before the session.
fn before(history: Vec<SessionEvent>, command: SessionCommand) -> Expect {
    at(now()).given(history).when(command)
}

/// Given `history`, when `command` comes on the afternoon after the session (which ends at
/// 12:00).
fn after(history: Vec<SessionEvent>, command: SessionCommand) -> Expect {
    let afternoon = Utc.with_ymd_and_hms(2026, 12, 8, 15, 0, 0).single();
    at(afternoon.expect("valid date"))
        .given(history)
        .when(command)
}

fn details(capacity: u32) -> SessionDetails {
    let berlin = chrono::FixedOffset::east_opt(3600).expect("valid offset");
    let on_the_8th = |hour| berlin.with_ymd_and_hms(2026, 12, 8, hour, 0, 0).single();
    SessionDetails {
        title: "Smartphone-Grundlagen".into(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei Norderstedt".into(),
        district: "Garstedt".into(),
        starts_at: on_the_8th(10).expect("date"),
        ends_at: on_the_8th(12).expect("date"),
        capacity,
        drop_in: false,
    }
}

fn schedule(details: SessionDetails) -> SessionCommand {
    SessionCommand::ScheduleSession(details)
}

fn scheduled(capacity: u32) -> SessionEvent {
    SessionEvent::SessionScheduled(details(capacity))
}

/// A session of `capacity` seats with a confirmed seat for each of `confirmed`, then a place on
/// the waitlist for each of `waiting`.
fn booked(capacity: u32, confirmed: &[&str], waiting: &[&str]) -> Vec<SessionEvent> {
    let mut history = vec![scheduled(capacity)];
    history.extend(confirmed.iter().map(|c| registered(c)));
    history.extend(waiting.iter().map(|c| waitlisted(c)));
    history
}

/// `history` followed by `later`.
fn then(
    mut history: Vec<SessionEvent>,
    later: impl IntoIterator<Item = SessionEvent>,
) -> Vec<SessionEvent> {
    history.extend(later);
    history
}

fn code(s: &str) -> BookingCode {
    BookingCode::parse(s).expect("valid code")
}

fn registration(c: &str) -> Registration {
    let name = PersonName::parse("Erika Mustermann").expect("name");
    Registration::new(code(c), name, Contact::None, Channel::Web)
}

fn register(c: &str) -> SessionCommand {
    SessionCommand::RegisterParticipant(registration(c))
}

fn registered(c: &str) -> SessionEvent {
    SessionEvent::ParticipantRegistered(registration(c))
}

fn waitlisted(c: &str) -> SessionEvent {
    SessionEvent::ParticipantWaitlisted(registration(c))
}

fn cancel(c: &str) -> SessionCommand {
    SessionCommand::CancelRegistration {
        booking_code: code(c),
    }
}

fn cancelled(c: &str) -> SessionEvent {
    SessionEvent::RegistrationCancelled {
        booking_code: code(c),
    }
}

fn promoted(c: &str) -> SessionEvent {
    SessionEvent::ParticipantPromoted {
        booking_code: code(c),
    }
}

#[test]
fn a_planned_session_is_scheduled() {
    before(vec![], schedule(details(8))).then_expect_events(vec![scheduled(8)]);
}

#[test]
fn a_session_cannot_be_scheduled_twice() {
    before(vec![scheduled(8)], schedule(details(8)))
        .then_expect_error(SessionError::AlreadyScheduled);
}

#[test]
fn a_session_without_seats_is_refused() {
    before(vec![], schedule(details(0))).then_expect_error(SessionError::InvalidDetails);
}

#[test]
fn nobody_can_register_for_a_session_that_was_never_scheduled() {
    before(vec![], register("ACD-EFG")).then_expect_error(SessionError::NotFound);
}

#[test]
fn a_session_with_free_seats_confirms_the_registration() {
    before(vec![scheduled(2)], register("ACD-EFG")).then_expect_events(vec![registered("ACD-EFG")]);
}

#[test]
fn a_full_session_puts_the_next_person_on_the_waitlist() {
    before(booked(1, &["ACD-EFG"], &[]), register("HJK-MNP"))
        .then_expect_events(vec![waitlisted("HJK-MNP")]);
}

#[test]
fn registration_closes_when_the_session_starts() {
    at(details(1).starts_at.with_timezone(&Utc))
        .given(vec![scheduled(1)])
        .when(register("ACD-EFG"))
        .then_expect_error(SessionError::RegistrationClosed);
}

#[test]
fn a_booking_code_is_used_only_once_per_session() {
    before(booked(5, &["ACD-EFG"], &[]), register("ACD-EFG"))
        .then_expect_error(SessionError::BookingCodeTaken);
}

#[test]
fn cancelling_a_confirmed_seat_promotes_the_first_on_the_waitlist() {
    before(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        cancel("ACD-EFG"),
    )
    .then_expect_events(vec![cancelled("ACD-EFG"), promoted("HJK-MNP")]);
}

#[test]
fn cancelling_a_waitlisted_place_promotes_nobody() {
    before(booked(1, &["ACD-EFG"], &["HJK-MNP"]), cancel("HJK-MNP"))
        .then_expect_events(vec![cancelled("HJK-MNP")]);
}

#[test]
fn a_seat_freed_by_cancelling_goes_to_the_next_registration_when_nobody_waits() {
    let history = then(booked(1, &["ACD-EFG"], &[]), [cancelled("ACD-EFG")]);
    before(history, register("HJK-MNP")).then_expect_events(vec![registered("HJK-MNP")]);
}

#[test]
fn a_promoted_person_holds_a_seat_so_the_next_one_waits() {
    let history = then(
        booked(1, &["ACD-EFG"], &["HJK-MNP"]),
        [cancelled("ACD-EFG"), promoted("HJK-MNP")],
    );
    before(history, register("RTW-XY3")).then_expect_events(vec![waitlisted("RTW-XY3")]);
}

#[test]
fn a_full_waiting_list_refuses_the_next_registration() {
    limited(
        1,
        2,
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        register("CDE-FGH"),
    )
    .then_expect_error(SessionError::WaitlistFull);
}

#[test]
fn the_waiting_list_holds_a_multiple_of_the_capacity() {
    let five = ["CDE-FGH", "DEF-GHJ", "EFG-HJK", "FGH-JKM", "GHJ-KMN"];
    // Two places, three times over: six may wait, so the sixth joins
    limited(
        3,
        2,
        booked(2, &["ACD-EFG", "HJK-MNP"], &five),
        register("HJK-MNR"),
    )
    .then_expect_events(vec![waitlisted("HJK-MNR")]);
    // and the seventh is refused
    let six = [
        "CDE-FGH", "DEF-GHJ", "EFG-HJK", "FGH-JKM", "GHJ-KMN", "HJK-MNR",
    ];
    limited(
        3,
        2,
        booked(2, &["ACD-EFG", "HJK-MNP"], &six),
        register("JKM-NPR"),
    )
    .then_expect_error(SessionError::WaitlistFull);
}

#[test]
fn a_small_session_still_takes_the_minimum_on_its_waiting_list() {
    // One place, three times over would be three; the minimum of four lets the fourth wait
    let three = ["CDE-FGH", "DEF-GHJ", "EFG-HJK"];
    limited(3, 4, booked(1, &["ACD-EFG"], &three), register("FGH-JKM"))
        .then_expect_events(vec![waitlisted("FGH-JKM")]);
}

#[test]
fn waiting_lists_without_a_limit_never_close() {
    let many: Vec<String> = (0..50u8)
        .map(|n| BookingCode::from_indices([n % 22, n / 22, 0, 0, 0, 1]).to_string())
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    limited(0, 0, booked(1, &["ACD-EFG"], &many), register("HJK-MNP"))
        .then_expect_events(vec![waitlisted("HJK-MNP")]);
}

#[test]
fn someone_leaving_a_full_waiting_list_makes_room_for_the_next() {
    let history = then(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        [cancelled("HJK-MNP")],
    );
    limited(1, 2, history, register("CDE-FGH")).then_expect_events(vec![waitlisted("CDE-FGH")]);
}

#[test]
fn a_place_freed_after_people_left_the_middle_of_the_list_goes_to_the_first_still_waiting() {
    // Given four waiting, of whom the second and third left, and the first was promoted
    let history = then(
        booked(
            1,
            &["ACD-EFG"],
            &["HJK-MNP", "RTW-XY3", "CDE-FGH", "DEF-GHJ"],
        ),
        [
            cancelled("RTW-XY3"),
            cancelled("CDE-FGH"),
            cancelled("ACD-EFG"),
            promoted("HJK-MNP"),
        ],
    );
    // When the promoted one cancels, the fourth (now first in line) gets the place
    before(history, cancel("HJK-MNP"))
        .then_expect_events(vec![cancelled("HJK-MNP"), promoted("DEF-GHJ")]);
}

#[test]
fn people_who_left_the_waiting_list_do_not_count_against_its_limit() {
    // Given three waiting, two of whom left from the middle and the back
    let history = then(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3", "CDE-FGH"]),
        [cancelled("RTW-XY3"), cancelled("CDE-FGH")],
    );
    // Then a list closing at two still takes one more
    limited(1, 2, history, register("DEF-GHJ")).then_expect_events(vec![waitlisted("DEF-GHJ")]);
}

#[test]
fn a_booking_cannot_be_cancelled_twice() {
    let history = then(booked(1, &["ACD-EFG"], &[]), [cancelled("ACD-EFG")]);
    before(history, cancel("ACD-EFG")).then_expect_error(SessionError::AlreadyCancelled);
}

#[test]
fn an_unknown_booking_cannot_be_cancelled() {
    before(vec![scheduled(1)], cancel("ACD-EFG")).then_expect_error(SessionError::UnknownBooking);
}

/// The session after `history`.
fn session_after(history: Vec<SessionEvent>) -> Session {
    let mut session = Session::default();
    for event in history {
        session.apply(event);
    }
    session
}

#[test]
fn the_waitlist_position_counts_from_one_in_order_of_arrival() {
    let session = session_after(then(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        [cancelled("HJK-MNP")],
    ));
    assert_eq!(session.waitlist_position(&code("RTW-XY3")), Some(1));
    assert_eq!(session.waitlist_position(&code("ACD-EFG")), None);
}

fn feedback() -> Feedback {
    Feedback {
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

fn feedback_given(c: &str) -> SessionEvent {
    SessionEvent::FeedbackGiven {
        booking_code: code(c),
        feedback: feedback(),
    }
}

#[test]
fn a_participant_gives_feedback_after_the_session() {
    after(booked(5, &["ACD-EFG"], &[]), give_feedback("ACD-EFG"))
        .then_expect_events(vec![feedback_given("ACD-EFG")]);
}

#[test]
fn feedback_is_refused_before_the_session_is_over() {
    before(booked(5, &["ACD-EFG"], &[]), give_feedback("ACD-EFG"))
        .then_expect_error(SessionError::FeedbackNotYet);
}

#[test]
fn feedback_is_given_once_per_booking() {
    let history = then(booked(5, &["ACD-EFG"], &[]), [feedback_given("ACD-EFG")]);
    after(history, give_feedback("ACD-EFG")).then_expect_error(SessionError::FeedbackAlreadyGiven);
}

#[test]
fn someone_still_on_the_waitlist_cannot_give_feedback() {
    after(
        booked(1, &["ACD-EFG"], &["HJK-MNP"]),
        give_feedback("HJK-MNP"),
    )
    .then_expect_error(SessionError::FeedbackNotPossible);
}

#[test]
fn a_cancelled_booking_cannot_give_feedback() {
    let history = then(booked(5, &["ACD-EFG"], &[]), [cancelled("ACD-EFG")]);
    after(history, give_feedback("ACD-EFG")).then_expect_error(SessionError::FeedbackNotPossible);
}

fn record_call(c: &str, result: CallResult) -> SessionCommand {
    SessionCommand::RecordCall {
        booking_code: code(c),
        call: "reminder-s1".into(),
        result,
    }
}

#[test]
fn a_call_is_recorded_only_for_a_booking_of_the_session() {
    before(
        booked(3, &["ACD-EFG"], &[]),
        record_call("HJK-MNP", CallResult::Reached),
    )
    .then_expect_error(SessionError::UnknownBooking);
    before(
        booked(3, &["ACD-EFG"], &[]),
        record_call("ACD-EFG", CallResult::LeftMessage),
    )
    .then_expect_events(vec![SessionEvent::CallRecorded {
        booking_code: code("ACD-EFG"),
        call: "reminder-s1".into(),
        result: CallResult::LeftMessage,
    }]);
}

#[test]
fn more_seats_promote_the_first_waiting() {
    before(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        SessionCommand::ChangeCapacity { capacity: 2 },
    )
    .then_expect_events(vec![
        SessionEvent::CapacityChanged { capacity: 2 },
        promoted("HJK-MNP"),
    ]);
}

#[test]
fn the_capacity_cannot_fall_below_the_confirmed_seats() {
    before(
        booked(3, &["ACD-EFG", "HJK-MNP"], &[]),
        SessionCommand::ChangeCapacity { capacity: 1 },
    )
    .then_expect_error(SessionError::CapacityBelowConfirmed);
}

#[test]
fn a_cancelled_session_takes_no_registrations() {
    let history = vec![
        scheduled(3),
        SessionEvent::SessionCancelled {
            reason: "Raum nicht verfügbar".into(),
        },
    ];
    before(history, register("ACD-EFG")).then_expect_error(SessionError::Cancelled);
}

fn record_attendance(c: &str, attendance: Attendance) -> SessionCommand {
    SessionCommand::RecordAttendance {
        booking_code: code(c),
        attendance,
    }
}

#[test]
fn attendance_is_marked_for_confirmed_seats_once_the_session_is_near() {
    before(
        booked(3, &["ACD-EFG"], &[]),
        record_attendance("ACD-EFG", Attendance::Attended),
    )
    .then_expect_error(SessionError::AttendanceNotPossible);
    after(
        booked(3, &["ACD-EFG"], &[]),
        record_attendance("ACD-EFG", Attendance::NoShow),
    )
    .then_expect_events(vec![SessionEvent::AttendanceRecorded {
        booking_code: code("ACD-EFG"),
        attendance: Attendance::NoShow,
    }]);
}

#[test]
fn a_session_is_rescheduled_only_into_the_future() {
    let start = now().fixed_offset() - chrono::Duration::hours(1);
    let reschedule = SessionCommand::Reschedule {
        starts_at: start,
        ends_at: start + chrono::Duration::hours(2),
    };
    before(vec![scheduled(3)], reschedule).then_expect_error(SessionError::InvalidDetails);
}

fn erase(c: &str) -> SessionCommand {
    SessionCommand::ErasePersonalData {
        booking_code: code(c),
    }
}

fn erased(c: &str) -> SessionEvent {
    SessionEvent::PersonalDataErased {
        booking_code: code(c),
    }
}

#[test]
fn a_booking_holders_data_is_erased_once() {
    before(booked(3, &["ACD-EFG"], &[]), erase("ACD-EFG"))
        .then_expect_events(vec![erased("ACD-EFG")]);
    let history = then(booked(3, &["ACD-EFG"], &[]), [erased("ACD-EFG")]);
    before(history, erase("ACD-EFG")).then_expect_error(SessionError::AlreadyErased);
}

#[test]
fn an_unknown_booking_cannot_be_erased() {
    before(vec![scheduled(3)], erase("ACD-EFG")).then_expect_error(SessionError::UnknownBooking);
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

/// A walk-in under the client's key `id`, named `first_name` from `district`.
fn walk_in(id: &str, first_name: &str, district: Option<&str>, source: Source) -> SessionCommand {
    SessionCommand::CheckInWalkIn {
        walk_in_id: id.into(),
        first_name: PersonName::parse(first_name).expect("name"),
        district: district.map(str::to_owned),
        source,
    }
}

fn walked_in(id: &str, first_name: &str, district: Option<&str>, source: Source) -> SessionEvent {
    SessionEvent::WalkInCheckedIn {
        walk_in_id: id.into(),
        first_name: PersonName::parse(first_name).expect("name"),
        district: district.map(str::to_owned),
        source,
    }
}

/// Hans from Garstedt, at the door.
fn hans(id: &str) -> SessionCommand {
    walk_in(id, "Hans", Some("Garstedt"), Source::Door)
}

fn hans_came(id: &str) -> SessionEvent {
    walked_in(id, "Hans", Some("Garstedt"), Source::Door)
}

#[test]
fn a_drop_in_session_is_scheduled_without_places() {
    before(vec![], schedule(drop_in()))
        .then_expect_events(vec![SessionEvent::SessionScheduled(drop_in())]);
}

#[test]
fn a_drop_in_session_with_places_is_refused() {
    let with_places = SessionDetails {
        drop_in: true,
        ..details(8)
    };
    before(vec![], schedule(with_places)).then_expect_error(SessionError::InvalidDetails);
}

#[test]
fn a_drop_in_session_takes_no_bookings_so_nobody_waits() {
    before(
        vec![SessionEvent::SessionScheduled(drop_in())],
        register("ACD-EFG"),
    )
    .then_expect_error(SessionError::NoBookingNeeded);
}

#[test]
fn a_drop_in_session_gets_no_places_later() {
    before(
        vec![SessionEvent::SessionScheduled(drop_in())],
        SessionCommand::ChangeCapacity { capacity: 5 },
    )
    .then_expect_error(SessionError::NoBookingNeeded);
}

#[test]
fn a_walk_in_comes_to_a_drop_in_session() {
    after(
        vec![SessionEvent::SessionScheduled(drop_in())],
        hans("tap-1"),
    )
    .then_expect_events(vec![hans_came("tap-1")]);
}

#[test]
fn a_booking_is_checked_in_at_the_door() {
    after(
        booked(3, &["ACD-EFG"], &[]),
        check_in("ACD-EFG", Source::Door),
    )
    .then_expect_events(vec![checked_in("ACD-EFG", Source::Door)]);
}

#[test]
fn nobody_is_checked_in_twice() {
    let history = then(
        booked(3, &["ACD-EFG"], &[]),
        [checked_in("ACD-EFG", Source::Door)],
    );
    after(history, check_in("ACD-EFG", Source::Paper))
        .then_expect_error(SessionError::AlreadyCheckedIn);
}

#[test]
fn someone_marked_present_on_the_roster_is_not_checked_in_again() {
    let present = SessionEvent::AttendanceRecorded {
        booking_code: code("ACD-EFG"),
        attendance: Attendance::Attended,
    };
    let history = then(booked(3, &["ACD-EFG"], &[]), [present]);
    after(history, check_in("ACD-EFG", Source::Door))
        .then_expect_error(SessionError::AlreadyCheckedIn);
}

#[test]
fn check_in_opens_an_hour_before_the_start() {
    before(
        booked(3, &["ACD-EFG"], &[]),
        check_in("ACD-EFG", Source::Door),
    )
    .then_expect_error(SessionError::CheckInNotYet);
}

#[test]
fn a_waitlisted_person_is_not_checked_in() {
    after(
        booked(1, &["ACD-EFG"], &["HJK-MNP"]),
        check_in("HJK-MNP", Source::Door),
    )
    .then_expect_error(SessionError::AttendanceNotPossible);
}

#[test]
fn an_unknown_code_is_not_checked_in() {
    after(vec![scheduled(1)], check_in("ACD-EFG", Source::Door))
        .then_expect_error(SessionError::UnknownBooking);
}

#[test]
fn a_walk_in_sent_twice_with_the_same_key_is_counted_once() {
    let history = || vec![scheduled(3), hans_came("tap-1")];
    after(history(), hans("tap-1")).then_expect_events(vec![]);
    after(history(), hans("tap-2")).then_expect_events(vec![hans_came("tap-2")]);
}

#[test]
fn a_paper_line_confirmed_as_a_booking_checks_that_booking_in_from_paper() {
    after(
        booked(3, &["ACD-EFG"], &[]),
        check_in("ACD-EFG", Source::Paper),
    )
    .then_expect_events(vec![checked_in("ACD-EFG", Source::Paper)]);
}

#[test]
fn a_paper_line_kept_apart_counts_as_a_walk_in_from_paper() {
    after(
        booked(3, &["ACD-EFG"], &[]),
        walk_in("line-1", "Erika", None, Source::Paper),
    )
    .then_expect_events(vec![walked_in("line-1", "Erika", None, Source::Paper)]);
}

fn erase_walk_in(id: &str) -> SessionCommand {
    SessionCommand::EraseWalkIn {
        walk_in_id: id.into(),
    }
}

fn walk_in_erased(id: &str) -> SessionEvent {
    SessionEvent::WalkInDataErased {
        walk_in_id: id.into(),
    }
}

#[test]
fn a_walk_ins_first_name_is_erased_once_and_only_for_a_walk_in_who_came() {
    let came = || {
        vec![
            scheduled(3),
            walked_in("line-1", "Erika", None, Source::Paper),
        ]
    };
    after(came(), erase_walk_in("line-1")).then_expect_events(vec![walk_in_erased("line-1")]);
    let erased = then(came(), [walk_in_erased("line-1")]);
    after(erased, erase_walk_in("line-1")).then_expect_error(SessionError::AlreadyErased);
    after(came(), erase_walk_in("line-2")).then_expect_error(SessionError::UnknownWalkIn);
}

#[test]
fn a_feedback_card_from_paper_is_recorded() {
    let card = SessionCommand::RecordFeedbackCard {
        source: Source::Paper,
        feedback: feedback(),
    };
    after(vec![scheduled(3)], card).then_expect_events(vec![SessionEvent::FeedbackCardRecorded {
        source: Source::Paper,
        feedback: feedback(),
    }]);
}

#[test]
fn leaving_the_waitlist_frees_a_place_in_the_queue_and_promotes_nobody() {
    let session = session_after(then(
        booked(1, &["ACD-EFG"], &["HJK-MNP", "RTW-XY3"]),
        [cancelled("HJK-MNP")],
    ));
    assert_eq!(session.waitlist_position(&code("RTW-XY3")), Some(1));
    assert_eq!(session.waitlist_position(&code("HJK-MNP")), None);
}

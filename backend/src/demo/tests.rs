use super::*;

#[test]
fn the_past_demo_session_is_over_and_its_codes_are_valid() {
    let now = Utc::now();
    let (_, details) = past_session(now).unwrap();
    assert!(details.ends_at < now);
    for (code, name) in PAST_BOOKINGS {
        assert!(teilhabe_events::BookingCode::parse(code).is_ok(), "{code}");
        assert!(teilhabe_events::PersonName::parse(name).is_ok());
    }
}

#[test]
fn demo_sessions_all_lie_in_the_future() {
    let now = Utc::now();
    let sessions = sessions(now);
    assert_eq!(sessions.len(), PLANS.len());
    assert!(sessions
        .iter()
        .all(|(_, d)| d.starts_at > now && d.ends_at > d.starts_at));
}

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

#[test]
fn the_demo_ideas_cover_every_field_and_state_and_are_valid_input() {
    use super::ideas::{Step, Who, IDEAS};
    use std::collections::BTreeMap;
    use teilhabe_events::ideas::{IdeaRequest, IdeaSource};
    assert!(IDEAS.len() >= 12);
    let mut fields = BTreeMap::new();
    let mut states = BTreeMap::new();
    for (i, idea) in IDEAS.iter().enumerate() {
        assert_eq!(idea.number, i + 1, "numbered in order");
        *fields.entry(idea.field).or_insert(0) += 1;
        let (state, reason) = match idea.step {
            Step::Submitted => ("submitted", None),
            Step::Assessing => ("assessing", None),
            Step::Pilot(r) => ("pilot", Some(r)),
            Step::Kept(r) => ("kept", Some(r)),
            Step::Merged(into, r) => {
                let target = &IDEAS[into - 1];
                assert!(
                    into < idea.number,
                    "{}: merged into an earlier idea",
                    idea.number
                );
                assert!(!matches!(
                    target.step,
                    Step::Merged(..) | Step::NotPursued(_) | Step::Submitted
                ));
                ("merged", Some(r))
            }
            Step::NotPursued(r) => ("not-pursued", Some(r)),
        };
        *states.entry(state).or_insert(0) += 1;
        if let Some(reason) = reason {
            assert!(teilhabe_events::input::long_text("reason", reason, 1000).is_ok());
        }
        let request = IdeaRequest {
            what: idea.what.into(),
            for_whom: idea.for_whom.into(),
            where_in_city: idea.where_in_city.into(),
            field: Some(idea.field),
            ..IdeaRequest::default()
        };
        assert!(request.parse().is_ok(), "{}", idea.number);
        for who in idea.supporters {
            if let Who::Code(code) = who {
                assert!(PAST_BOOKINGS.iter().any(|(c, _)| c == code), "{code}");
            }
        }
        let mut unique = idea
            .supporters
            .iter()
            .map(|w| format!("{w:?}"))
            .collect::<Vec<_>>();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), idea.supporters.len(), "each supports once");
    }
    // Every field and every state, more than once (the server test counts them exactly).
    assert_eq!((fields.len(), states.len()), (4, 6), "{states:?}");
    assert!(fields.values().chain(states.values()).all(|n| *n >= 2));
    for source in [
        IdeaSource::Online,
        IdeaSource::Paper,
        IdeaSource::Ambassador,
    ] {
        assert!(IDEAS.iter().filter(|i| i.source == source).count() >= 3);
    }
}

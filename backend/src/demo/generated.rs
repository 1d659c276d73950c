//! A generated log for benchmarks and demonstrations: sessions over a year, each filled with
//! registrations, some cancelled (promoting the first on the waiting list), decided by the real
//! aggregate so every event is one the service could have written.

use crate::codec::encode;
use crate::domain::clock::FixedClock;
use crate::domain::session::{Session, SessionServices};
use crate::projections::catalogue::session_stream;
use crate::store::hash;
use crate::store::{EventStore, Metadata, RecordedEvent, StoreError};
use chrono::{Duration, FixedOffset, TimeZone, Utc};
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::sync::Arc;
use teilhabe_events::session::{Channel, Topic};
use teilhabe_events::{
    BookingCode, Contact, Need, PersonName, Registration, SessionCommand, SessionDetails,
};

/// A two-hour "Digitale Sprechstunde" with registration: what every generated session is.
fn office_hours(
    topic: Topic,
    venue: &str,
    district: &str,
    starts_at: chrono::DateTime<FixedOffset>,
    capacity: u32,
) -> SessionDetails {
    SessionDetails {
        title: "Digitale Sprechstunde".into(),
        topic,
        venue: venue.into(),
        district: district.into(),
        starts_at,
        ends_at: starts_at + Duration::hours(2),
        capacity,
        drop_in: false,
    }
}

const FIRST_NAMES: &[&str] = &[
    "Erika", "Hans", "Ayşe", "Olga", "Marta", "Jürgen", "Fatma", "Wolfgang", "Irina", "Gisela",
    "Mehmet", "Ursula",
];
const LAST_NAMES: &[&str] = &[
    "Mustermann",
    "Peters",
    "Yılmaz",
    "Iwanowa",
    "Nowak",
    "Schröder",
    "Demir",
    "Koch",
    "Kowalska",
    "Hansen",
];
const PLACES: &[(&str, &str)] = &[
    ("Stadtbücherei Norderstedt", "Garstedt"),
    ("Rathaus Norderstedt", "Harksheide"),
    ("TriBühne Norderstedt", "Harksheide"),
    ("Bürgerhaus Garstedt", "Garstedt"),
    ("Treffpunkt Friedrichsgabe", "Friedrichsgabe"),
    ("Gemeindehaus Glashütte", "Glashütte"),
];

/// Appends about `target` events (never fewer) to `store`; returns how many were written.
/// `progress` hears the count after each imported chunk.
pub async fn generate(
    store: &dyn EventStore,
    keys: &crate::personal::Keyring,
    target: u64,
    seed: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<u64, StoreError> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut new_keys = Vec::new();
    let mut position = store.head().await?;
    let mut previous = match position {
        0 => hash::GENESIS,
        p => {
            let last = store.read_all(p - 1, 1).await?;
            last.first()
                .and_then(|e| hash::from_hex(&e.hash))
                .ok_or_else(|| StoreError::Corrupt("head hash".into()))?
        }
    };
    let berlin = FixedOffset::east_opt(3600).ok_or_else(|| StoreError::Corrupt("offset".into()))?;
    // Registrations are decided as of a year before the first session.
    let services = SessionServices::new(Arc::new(FixedClock(Utc::now() - Duration::days(400))));
    let recorded_at = Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let mut chunk: Vec<RecordedEvent> = Vec::with_capacity(20_000);
    let mut written = 0u64;
    let mut code_counter = seed.wrapping_mul(7_919);
    let mut session_no = 0u64;
    while written < target {
        session_no += 1;
        let id = format!("gen-{seed}-{session_no}");
        let (venue, district) = PLACES[rng.random_range(0..PLACES.len())];
        let day = rng.random_range(-300i64..90);
        let start = (Utc::now() + Duration::days(day))
            .with_timezone(&berlin)
            .date_naive();
        let starts_at = berlin
            .from_local_datetime(
                &start
                    .and_hms_opt(rng.random_range(9..18), 0, 0)
                    .unwrap_or_default(),
            )
            .single()
            .ok_or_else(|| StoreError::Corrupt("date".into()))?;
        let capacity = rng.random_range(8..40);
        let topic = Topic::ALL[rng.random_range(0..Topic::ALL.len())];
        let details = office_hours(topic, venue, district, starts_at, capacity);
        let mut commands = vec![SessionCommand::ScheduleSession(details)];
        let mut codes = Vec::new();
        for _ in 0..rng.random_range(capacity..capacity * 2) {
            code_counter = code_counter.wrapping_add(1);
            let mut n = code_counter;
            let indices = std::array::from_fn(|_| {
                let i = (n % 22) as u8;
                n /= 22;
                i
            });
            let code = BookingCode::from_indices(indices);
            codes.push(code.clone());
            let name = format!(
                "{} {}",
                FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())],
                LAST_NAMES[rng.random_range(0..LAST_NAMES.len())]
            );
            let contact = if rng.random_bool(0.5) {
                Contact::Phone("040 5359 5000".into())
            } else {
                Contact::None
            };
            commands.push(SessionCommand::RegisterParticipant(Registration {
                booking_code: code,
                name: PersonName::parse(&name).map_err(|e| StoreError::Corrupt(e.to_string()))?,
                contact_consent: (contact != Contact::None)
                    .then_some(teilhabe_events::ContactConsent::OnlineForm),
                locale: None,
                contact,
                channel: [
                    Channel::Web,
                    Channel::Phone,
                    Channel::InPerson,
                    Channel::Ambassador,
                ][rng.random_range(0..4)],
                needs: if rng.random_bool(0.2) {
                    vec![Need::HearingLoop]
                } else {
                    vec![]
                },
            }));
        }
        for code in codes.iter().filter(|_| rng.random_bool(0.15)) {
            commands.push(SessionCommand::CancelRegistration {
                booking_code: code.clone(),
            });
        }
        let mut session = Session::default();
        let mut version = 0;
        for command in commands {
            let sink = EventSink::default();
            if session.handle(command, &services, &sink).await.is_err() {
                continue;
            }
            let metadata = Metadata::new_command("generator", "system");
            let metadata = serde_json::to_string(&metadata).unwrap_or_default();
            for event in sink.collect().await {
                position += 1;
                version += 1;
                let encoded =
                    keys.seal_generated(&session_stream(&id), encode(&event), &mut new_keys);
                let mut recorded = RecordedEvent {
                    position,
                    stream_id: session_stream(&id),
                    stream_version: version,
                    event_type: encoded.event_type,
                    schema_version: encoded.schema_version,
                    payload: encoded.payload,
                    metadata: metadata.clone(),
                    recorded_at: recorded_at.clone(),
                    hash: String::new(),
                };
                previous = hash::chain(&previous, &recorded);
                recorded.hash = hash::to_hex(&previous);
                chunk.push(recorded);
                written += 1;
            }
        }
        if chunk.len() >= 10_000 {
            keys.save_new(&mut new_keys).await?;
            store.import(&chunk).await?;
            chunk.clear();
            progress(written);
        }
    }
    keys.save_new(&mut new_keys).await?;
    if !chunk.is_empty() {
        store.import(&chunk).await?;
    }
    progress(written);
    Ok(written)
}

/// Half a year of past demo sessions, each recorded when it happened: planned three weeks
/// ahead, booked over the following days (some cancel), attendance taken at the end and
/// feedback given the day after. Written into an empty store only (backdated events must
/// come first in the log), so auditors find history to replay "as of last month".
pub async fn history(
    store: &dyn EventStore,
    keys: &crate::personal::Keyring,
    now: chrono::DateTime<Utc>,
) -> Result<u64, StoreError> {
    use teilhabe_events::session::{Feedback, Helped, Rating, Source};
    use teilhabe_events::Attendance;
    if store.head().await? != 0 {
        return Ok(0);
    }
    let corrupt = |e: &dyn std::fmt::Display| StoreError::Corrupt(e.to_string());
    let mut rng = StdRng::seed_from_u64(2026);
    let berlin = FixedOffset::east_opt(3600).ok_or_else(|| corrupt(&"offset"))?;
    let at = |t: chrono::DateTime<Utc>| SessionServices::new(Arc::new(FixedClock(t)));
    // (when, stream, event, channel of the command)
    let mut timed: Vec<(
        chrono::DateTime<Utc>,
        String,
        teilhabe_events::SessionEvent,
        &str,
    )> = Vec::new();
    let mut code_counter = 9_000_000u64;
    for n in 0..18i64 {
        let id = format!("demo-history-{n}");
        let stream = session_stream(&id);
        let (venue, district) = PLACES[(n as usize) % PLACES.len()];
        let day = (now - Duration::days(12 + n * 10))
            .with_timezone(&berlin)
            .date_naive();
        let starts_at = berlin
            .from_local_datetime(&day.and_hms_opt(10, 0, 0).unwrap_or_default())
            .single()
            .ok_or_else(|| corrupt(&"date"))?;
        let start = starts_at.with_timezone(&Utc);
        let capacity = rng.random_range(8..14);
        let topic = Topic::ALL[(n as usize) % Topic::ALL.len()];
        let details = office_hours(topic, venue, district, starts_at, capacity);
        let planned = start - Duration::days(21);
        let mut commands = vec![(planned, SessionCommand::ScheduleSession(details), "system")];
        // Never full: a cancellation would promote someone, and the outbox and call list
        // would carry news of sessions long over.
        let wanted = rng.random_range(capacity - 4..capacity);
        let mut codes = Vec::new();
        for i in 0..wanted {
            code_counter += 1;
            let mut c = code_counter;
            let code = BookingCode::from_indices(std::array::from_fn(|_| {
                let i = (c % 22) as u8;
                c /= 22;
                i
            }));
            codes.push(code.clone());
            let channel = Channel::ALL[rng.random_range(0..Channel::ALL.len())];
            let slug = channel.slug();
            let name = format!(
                "{} {}",
                FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())],
                LAST_NAMES[rng.random_range(0..LAST_NAMES.len())]
            );
            let phone = rng.random_bool(0.5);
            let when = planned + Duration::hours(6 + i64::from(i) * 18 * 24 / i64::from(wanted));
            commands.push((
                when,
                SessionCommand::RegisterParticipant(Registration {
                    contact_consent: phone.then_some(teilhabe_events::ContactConsent::OnlineForm),
                    ..Registration::new(
                        code,
                        PersonName::parse(&name).map_err(|e| corrupt(&e))?,
                        if phone {
                            Contact::Phone("040 5359 5000".into())
                        } else {
                            Contact::None
                        },
                        channel,
                    )
                }),
                slug,
            ));
        }
        for code in codes.iter().filter(|_| rng.random_bool(0.1)) {
            commands.push((
                start - Duration::days(1),
                SessionCommand::CancelRegistration {
                    booking_code: code.clone(),
                },
                "web",
            ));
        }
        // Where attendance was taken: every third session at the door, every third from the
        // paper sign-in sheet typed in the next day (with walk-ins and smiley cards; their
        // own generator, so the rest of the history stays as it was), the rest on the
        // office's list.
        let source = match n % 3 {
            0 => Some(Source::Door),
            1 => Some(Source::Paper),
            _ => None,
        };
        let mut door_rng = StdRng::seed_from_u64(2027 + n as u64);
        for (i, code) in codes.iter().enumerate() {
            let came = rng.random_bool(0.82);
            let booking_code = code.clone();
            commands.push(match (came, source) {
                (true, Some(Source::Door)) => (
                    start - Duration::minutes(20) + Duration::minutes(i as i64),
                    SessionCommand::CheckIn {
                        booking_code,
                        source: Source::Door,
                    },
                    "door",
                ),
                (true, Some(Source::Paper)) => (
                    start + Duration::days(1) + Duration::minutes(i as i64),
                    SessionCommand::CheckIn {
                        booking_code,
                        source: Source::Paper,
                    },
                    "paper",
                ),
                _ => (
                    start + Duration::minutes(110 + i as i64),
                    SessionCommand::RecordAttendance {
                        booking_code,
                        attendance: if came {
                            Attendance::Attended
                        } else {
                            Attendance::NoShow
                        },
                    },
                    "system",
                ),
            });
            if came && rng.random_bool(0.6) {
                let helped =
                    [Helped::Yes, Helped::Yes, Helped::Partly, Helped::No][rng.random_range(0..4)];
                commands.push((
                    start + Duration::days(1) + Duration::minutes(i as i64),
                    SessionCommand::GiveFeedback {
                        booking_code: code.clone(),
                        feedback: Feedback {
                            rating: Rating::parse(rng.random_range(3..=5))
                                .map_err(|e| corrupt(&e))?,
                            helped,
                            comment: None,
                            next_topic: None,
                        },
                    },
                    "web",
                ));
            }
        }
        if let Some(source) = source {
            let typed_in = match source {
                Source::Door => start,
                Source::Paper => start + Duration::days(1),
            };
            for w in 0..door_rng.random_range(1..=4) {
                let first = FIRST_NAMES[door_rng.random_range(0..FIRST_NAMES.len())];
                commands.push((
                    typed_in + Duration::minutes(30 + w),
                    SessionCommand::CheckInWalkIn {
                        walk_in_id: format!("demo-walk-in-{n}-{w}"),
                        first_name: PersonName::parse(first).map_err(|e| corrupt(&e))?,
                        district: (source == Source::Door).then(|| district.to_owned()),
                        source,
                    },
                    source.slug(),
                ));
            }
            if source == Source::Paper {
                for c in 0..door_rng.random_range(2..=5) {
                    commands.push((
                        typed_in + Duration::minutes(60 + c),
                        SessionCommand::RecordFeedbackCard {
                            source,
                            feedback: Feedback {
                                rating: Rating::parse(door_rng.random_range(3..=5))
                                    .map_err(|e| corrupt(&e))?,
                                helped: [Helped::Yes, Helped::Yes, Helped::Partly]
                                    [door_rng.random_range(0..3)],
                                comment: None,
                                next_topic: None,
                            },
                        },
                        "paper",
                    ));
                }
            }
        }
        commands.sort_by_key(|(when, _, _)| *when);
        let mut session = Session::default();
        for (when, command, channel) in commands {
            let sink = EventSink::default();
            // Cancelled seats take no attendance and give no feedback: those are refused.
            if session.handle(command, &at(when), &sink).await.is_err() {
                continue;
            }
            for event in sink.collect().await {
                timed.push((when, stream.clone(), event, channel));
            }
        }
    }
    // One log in time order; each session's events keep their order (stable sort).
    timed.sort_by_key(|(when, _, _, _)| *when);
    let mut previous = hash::GENESIS;
    let mut versions = std::collections::HashMap::<String, u64>::new();
    let mut new_keys = Vec::new();
    let mut recorded = Vec::with_capacity(timed.len());
    for (i, (when, stream, event, channel)) in timed.into_iter().enumerate() {
        let version = versions.entry(stream.clone()).or_default();
        *version += 1;
        let encoded = keys.seal_generated(&stream, encode(&event), &mut new_keys);
        let metadata = Metadata::new_command("demo", channel);
        let mut event = RecordedEvent {
            position: i as u64 + 1,
            stream_id: stream,
            stream_version: *version,
            event_type: encoded.event_type,
            schema_version: encoded.schema_version,
            payload: encoded.payload,
            metadata: serde_json::to_string(&metadata).unwrap_or_default(),
            recorded_at: when.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            hash: String::new(),
        };
        previous = hash::chain(&previous, &event);
        event.hash = hash::to_hex(&previous);
        recorded.push(event);
    }
    keys.save_new(&mut new_keys).await?;
    store.import(&recorded).await?;
    Ok(recorded.len() as u64)
}

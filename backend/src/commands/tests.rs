use super::*;
use crate::domain::clock::FixedClock;
use crate::domain::session::{Session, SessionServices, WaitlistLimit};
use crate::projections::catalogue::session_stream;
use crate::testing::fresh_database_urls;
use chrono::{TimeZone, Utc};
use teilhabe_events::session::{Channel, Topic};
use teilhabe_events::SessionCommand;
use teilhabe_events::{BookingCode, Contact, PersonName, Registration, SessionDetails};

async fn buses() -> Vec<(&'static str, Arc<CommandBus<Session>>)> {
    let mut out = Vec::new();
    for db in fresh_database_urls().await {
        let store = crate::store::open(&db.url).await.unwrap();
        let bus = Arc::new(CommandBus::new(store, services()));
        let respond = no_answer::<Session>();
        bus.execute(
            "s1",
            SessionCommand::ScheduleSession(details()),
            Metadata::new_command("t", "t"),
            respond,
        )
        .await
        .unwrap();
        out.push((db.name, bus));
    }
    out
}

/// Waiting lists without a limit: these tests send hundreds of registrations to one session.
fn services() -> SessionServices {
    SessionServices {
        clock: clock(),
        waitlist: WaitlistLimit::NONE,
    }
}

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock(
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    ))
}

fn details() -> SessionDetails {
    let berlin = chrono::FixedOffset::east_opt(3600).unwrap();
    SessionDetails {
        title: "Sprechstunde".into(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei".into(),
        district: "Garstedt".into(),
        starts_at: berlin.with_ymd_and_hms(2026, 12, 8, 10, 0, 0).unwrap(),
        ends_at: berlin.with_ymd_and_hms(2026, 12, 8, 12, 0, 0).unwrap(),
        capacity: 5,
        drop_in: false,
    }
}

#[tokio::test]
async fn idle_aggregates_beyond_the_configured_number_are_forgotten_and_loaded_again() {
    // Given a bus that keeps two idle sessions in memory
    let store = crate::store::open(&crate::testing::fresh_sqlite_url())
        .await
        .unwrap();
    let bus = Arc::new(CommandBus::new(store, services()).with_cache(2));
    // When five sessions are scheduled
    for i in 0..5 {
        let scheduled = bus
            .execute(
                &format!("s{i}"),
                SessionCommand::ScheduleSession(details()),
                Metadata::new_command("t", "t"),
                status(),
            )
            .await
            .unwrap();
        assert_eq!(scheduled.response, "SessionScheduled");
    }
    // Then at most two are held
    let held = bus.cache_stats("sessions");
    assert!(held.entries <= 2, "{held:?}");
    assert_eq!((held.capacity, held.hits, held.misses), (2, 0, 5));
    // And the first, forgotten, is loaded again and decides as before
    let registered = register_in(&bus, "s0", 1).await.unwrap();
    assert_eq!(registered.response, "ParticipantRegistered");
    let after = bus.cache_stats("sessions");
    assert_eq!((after.hits, after.misses), (0, 6));
    assert!(after.entries <= 2, "{after:?}");
}

fn register(n: u32) -> SessionCommand {
    let code = BookingCode::from_indices([
        (n % 22) as u8,
        (n / 22 % 22) as u8,
        (n / 484 % 22) as u8,
        0,
        0,
        0,
    ]);
    SessionCommand::RegisterParticipant(Registration::new(
        code,
        PersonName::parse("Erika").unwrap(),
        Contact::None,
        Channel::Web,
    ))
}

/// Registers person `n` for `session` from the web; the outcome answers the first event's type.
async fn register_in(
    bus: &Arc<CommandBus<Session>>,
    session: &str,
    n: u32,
) -> Result<Outcome, CommandError> {
    let metadata = Metadata::new_command("t", "web");
    bus.execute(session, register(n), metadata, status()).await
}

fn status() -> Respond<Session> {
    Arc::new(|events, _| {
        events
            .first()
            .map(|e| e.event_type().to_owned())
            .unwrap_or_default()
    })
}

#[tokio::test]
async fn many_concurrent_registrations_on_one_session_confirm_exactly_its_capacity() {
    for (db, bus) in buses().await {
        let tasks: Vec<_> = (0..200)
            .map(|n| {
                let bus = bus.clone();
                tokio::spawn(async move { register_in(&bus, "s1", n).await })
            })
            .collect();
        let mut confirmed = 0;
        let mut waitlisted = 0;
        for task in tasks {
            let outcome = task.await.unwrap().unwrap_or_else(|e| panic!("{db}: {e}"));
            confirmed += usize::from(outcome.response == "ParticipantRegistered");
            waitlisted += usize::from(outcome.response == "ParticipantWaitlisted");
        }
        assert_eq!((confirmed, waitlisted), (5, 195), "{db}");
        let (_, version) = bus.load("s1").await.unwrap();
        assert_eq!(version, 201, "{db}: every registration recorded once");
    }
}

#[tokio::test]
async fn a_session_loaded_from_its_snapshot_equals_one_replayed_from_the_start() {
    for (db, bus) in buses().await {
        for n in 0..250 {
            register_in(&bus, "s1", n).await.unwrap();
        }
        // Snapshots are written in the background.
        let mut saved = None;
        for _ in 0..100 {
            saved = bus
                .store
                .load_snapshot(&session_stream("s1"))
                .await
                .unwrap();
            if saved.as_ref().is_some_and(|s| s.version >= 200) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let version = saved.unwrap_or_else(|| panic!("{db}: a snapshot")).version;
        assert!(
            (200..=251).contains(&version),
            "{db}: snapshot at {version}"
        );
        let (from_snapshot, v1) = bus.load("s1").await.unwrap();
        let mut replayed = Session::default();
        for event in bus
            .store
            .read_stream(&session_stream("s1"), 0)
            .await
            .unwrap()
        {
            replayed.apply(decode(&event).unwrap());
        }
        assert_eq!(v1, 251, "{db}");
        assert_eq!(
            serde_json::to_string(&from_snapshot).unwrap(),
            serde_json::to_string(&replayed).unwrap(),
            "{db}"
        );
    }
}

#[tokio::test]
async fn copies_of_one_command_arriving_together_are_recorded_once() {
    for (db, bus) in buses().await {
        let tasks: Vec<_> = (0..20)
            .map(|n| {
                let bus = bus.clone();
                tokio::spawn(async move {
                    let metadata = Metadata::with_command_id("same".into(), "t", "web");
                    // Different codes, as two clicks would carry; only the first counts.
                    bus.execute("s1", register(n), metadata, status()).await
                })
            })
            .collect();
        let mut fresh = 0;
        for task in tasks {
            let outcome = task.await.unwrap().unwrap_or_else(|e| panic!("{db}: {e}"));
            assert_eq!(outcome.response, "ParticipantRegistered", "{db}");
            fresh += usize::from(!outcome.repeated);
        }
        assert_eq!(
            fresh, 1,
            "{db}: one command decided, the others repeated it"
        );
        let (_, version) = bus.load("s1").await.unwrap();
        assert_eq!(version, 2, "{db}: scheduled + one registration");
    }
}

#[test]
fn a_growing_stream_is_snapshotted_a_few_times_per_doubling_not_at_every_append() {
    // Given a stream that grows by 32 events per append up to 200,000 events
    let mut snapshots = Vec::new();
    let mut before = 0;
    while before < 200_000 {
        let after = before + 32;
        if snapshot_due(before, after) {
            snapshots.push(after);
        }
        before = after;
    }
    // Then it is snapshotted about eight times per doubling (the old rule wrote one at every
    // append past 1,000 events: over 6,000 here)
    assert!(snapshots.len() < 100, "{} snapshots", snapshots.len());
    // And whatever its length, the last snapshot is at most an eighth of the stream (plus the
    // short streams' interval and one append) behind
    let mut last = 0;
    let mut version = 0;
    while version < 200_000 {
        version += 32;
        if snapshots.contains(&version) {
            last = version;
        }
        assert!(
            version - last <= version / 8 + SNAPSHOT_EVERY + 32,
            "at {version}: last snapshot at {last}"
        );
    }
}

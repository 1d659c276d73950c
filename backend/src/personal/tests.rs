use super::keyring::Entry;
use super::sealing::seal_value;
use super::*;
use crate::projections::db::{ReadDb, Statement};
use crate::store::{NewEvent, RecordedEvent};
use crate::testing::fresh_sqlite_url;
use serde_json::{json, Value};
use std::sync::Arc;
use teilhabe_events::{BookingCode, ERASED};

fn code() -> BookingCode {
    BookingCode::parse("K7P4WM").unwrap()
}

/// The subject of booking K7P-4WM in events written before booking codes were hidden.
fn k7p_4wm() -> Subject {
    Subject::booking_in_clear(&code())
}

/// A registration as versions before booking codes were hidden stored it: the code in clear,
/// the personal fields sealed under `booking-K7P-4WM`.
async fn sealed_in_clear(keys: &Keyring, name: &str, phone: &str) -> NewEvent {
    let subject = k7p_4wm();
    let Entry::Key(cipher) = keys.sealing_entry(&subject).await.unwrap() else {
        panic!("a new key");
    };
    let event = registration(name, phone);
    let mut payload: Value = serde_json::from_str(&event.payload).unwrap();
    for pointer in ["/data/name", "/data/contact", "/data/needs"] {
        let field = payload.pointer_mut(pointer).unwrap();
        *field = Value::String(seal_value(&cipher, subject.as_str(), pointer, field));
    }
    NewEvent {
        payload: payload.to_string(),
        ..event
    }
}

async fn keyring() -> Arc<Keyring> {
    let db = ReadDb::connect(&fresh_sqlite_url()).await.unwrap();
    Keyring::open(db).await.unwrap()
}

fn registration(name: &str, phone: &str) -> NewEvent {
    NewEvent {
        event_type: "ParticipantRegistered".into(),
        schema_version: 3,
        payload: json!({"type": "ParticipantRegistered", "data": {
            "booking_code": "K7P-4WM", "name": name,
            "contact": {"kind": "phone", "value": phone},
            "channel": "web", "needs": [], "contact_consent": "online-form", "locale": "de"}})
        .to_string(),
    }
}

/// Zelda Quargelmeier's registration, sealed by `keys` into stream-a.
async fn sealed_registration(keys: &Keyring) -> NewEvent {
    keys.seal(
        "stream-a",
        registration("Zelda Quargelmeier", "040 98765432"),
    )
    .await
    .unwrap()
}

fn recorded(event: NewEvent) -> RecordedEvent {
    RecordedEvent {
        position: 1,
        stream_id: "stream-a".into(),
        stream_version: 1,
        event_type: event.event_type,
        schema_version: event.schema_version,
        payload: event.payload,
        metadata: "{}".into(),
        recorded_at: String::new(),
        hash: String::new(),
    }
}

#[tokio::test]
async fn a_sealed_registration_holds_no_personal_data_and_opens_to_the_original() {
    let keys = keyring().await;
    let plain = registration("Zelda Quargelmeier", "040 98765432");
    let sealed = keys.seal("stream-a", plain.clone()).await.unwrap();
    assert!(!sealed.payload.contains("Zelda"));
    assert!(!sealed.payload.contains("98765432"));
    // Nor the booking code, nor a subject that names it: only the booking's reference.
    assert!(!sealed.payload.contains("K7P"), "{}", sealed.payload);
    assert!(sealed
        .payload
        .contains(&keys.booking_subject(&code()).to_string()));
    let opened = keys.open_event(recorded(sealed)).await.unwrap();
    let a: Value = serde_json::from_str(&opened.payload).unwrap();
    let b: Value = serde_json::from_str(&plain.payload).unwrap();
    assert_eq!(a, b);
}

#[tokio::test]
async fn after_erasure_the_fields_read_as_erased_and_new_data_is_not_kept() {
    let keys = keyring().await;
    let sealed = sealed_registration(&keys).await;
    assert!(keys.erase(&keys.booking_subject(&code())).await.unwrap());
    let opened = keys.open_event(recorded(sealed)).await.unwrap();
    let v: Value = serde_json::from_str(&opened.payload).unwrap();
    assert_eq!(v["data"]["name"], json!(ERASED));
    assert_eq!(v["data"]["contact"], json!({"kind": "none"}));
    // A late event for the erased person keeps the placeholder, not the data.
    let late = keys
        .seal("stream-a", registration("Zelda Again", "040 1"))
        .await
        .unwrap();
    assert!(!late.payload.contains("Zelda"));
    assert!(!late.payload.contains(SEALED));
    // Erasing twice finds nothing left to erase.
    assert!(!keys.erase(&keys.booking_subject(&code())).await.unwrap());
}

#[tokio::test]
async fn sealing_and_erasure_name_a_booking_the_same_however_its_code_is_written() {
    let keys = keyring().await;
    let sealed = sealed_in_clear(&keys, "Zelda Quargelmeier", "040 1").await;
    // The code as typed, as stored without its dash, and as printed: one subject.
    for typed in ["k7p 4wm", "K7P4WM", "K7P-4WM"] {
        let code = BookingCode::parse(typed).unwrap();
        assert_eq!(Subject::booking_in_clear(&code), k7p_4wm());
        assert_eq!(
            keys.booking_subject(&code),
            keys.booking_subject(&self::code())
        );
    }
    assert_eq!(Subject::parse("booking-K7P4WM"), k7p_4wm());
    assert!(keys.holds(&k7p_4wm()).await.unwrap());
    assert!(keys
        .erase(&Subject::booking_in_clear(
            &BookingCode::parse("K7P4WM").unwrap()
        ))
        .await
        .unwrap());
    let opened = keys.open_event(recorded(sealed)).await.unwrap();
    assert!(!opened.payload.contains("Zelda"), "{}", opened.payload);
}

#[tokio::test]
async fn an_erasure_recorded_under_the_code_without_its_dash_deletes_the_key_on_opening() {
    let url = fresh_sqlite_url();
    let db = ReadDb::connect(&url).await.unwrap();
    let keys = Keyring::open(db.clone()).await.unwrap();
    let sealed = sealed_in_clear(&keys, "Zelda Quargelmeier", "040 1").await;
    // What every erasure wrote before a booking's subject had one form.
    db.execute_durable(Statement::new(
        "INSERT INTO personal_keys (subject, key, created_at, erased_at) VALUES ('booking-K7P4WM', NULL, 'x', 'x')",
        vec![],
    ))
    .await
    .unwrap();
    let again = Keyring::open(db.clone()).await.unwrap();
    assert!(!again.holds(&k7p_4wm()).await.unwrap());
    let live = db
        .query(
            "SELECT subject FROM personal_keys WHERE key IS NOT NULL",
            vec![],
        )
        .await
        .unwrap();
    assert!(live.is_empty(), "{} keys left", live.len());
    let rows = db
        .query("SELECT subject FROM personal_keys", vec![])
        .await
        .unwrap();
    let subjects: Vec<&str> = rows.iter().map(|r| r[0].text()).collect();
    assert_eq!(
        subjects,
        ["booking-K7P-4WM"],
        "the erasure under the key's own name"
    );
    let opened = again.open_event(recorded(sealed)).await.unwrap();
    assert!(!opened.payload.contains("Zelda"), "{}", opened.payload);
}

#[tokio::test]
async fn a_ciphertext_moved_to_another_field_does_not_open() {
    let keys = keyring().await;
    let sealed = sealed_registration(&keys).await;
    let mut v: Value = serde_json::from_str(&sealed.payload).unwrap();
    let name = v["data"]["name"].clone();
    v["data"]["contact"] = name;
    let moved = NewEvent {
        payload: v.to_string(),
        ..sealed
    };
    let opened = keys.open_event(recorded(moved)).await.unwrap();
    let v: Value = serde_json::from_str(&opened.payload).unwrap();
    assert_eq!(v["data"]["contact"], json!({"kind": "none"}));
    assert_eq!(v["data"]["name"], json!("Zelda Quargelmeier"));
}

#[tokio::test]
async fn keys_survive_reopening_the_keyring() {
    let url = fresh_sqlite_url();
    let db = ReadDb::connect(&url).await.unwrap();
    let keys = Keyring::open(db).await.unwrap();
    let sealed = sealed_registration(&keys).await;
    let again = Keyring::open(ReadDb::connect(&url).await.unwrap())
        .await
        .unwrap();
    let opened = again.open_event(recorded(sealed)).await.unwrap();
    assert!(opened.payload.contains("Zelda Quargelmeier"));
}

#[tokio::test]
async fn keys_made_at_the_same_time_are_all_written_and_each_opens_its_own() {
    let url = fresh_sqlite_url();
    let keys = Keyring::open(ReadDb::connect(&url).await.unwrap())
        .await
        .unwrap();
    let tasks: Vec<_> = (0..40u8)
        .map(|i| {
            let keys = keys.clone();
            tokio::spawn(async move {
                let mut event = registration(&format!("Person {i}"), "040 1");
                let code = BookingCode::from_indices([9, 7, 11, i / 22, i % 22, 0]);
                event.payload = event.payload.replace("K7P-4WM", &code.to_string());
                keys.seal("stream-a", event).await.unwrap()
            })
        })
        .collect();
    let mut sealed = Vec::new();
    for task in tasks {
        sealed.push(task.await.unwrap());
    }
    let again = Keyring::open(ReadDb::connect(&url).await.unwrap())
        .await
        .unwrap();
    for (i, event) in sealed.into_iter().enumerate() {
        let opened = again.open_event(recorded(event)).await.unwrap();
        assert!(opened.payload.contains(&format!("Person {i}")), "{i}");
    }
}

#[tokio::test]
async fn a_booking_sealed_before_codes_were_hidden_opens_and_a_later_event_hides_its_code() {
    let keys = keyring().await;
    let old = keys
        .open_event(recorded(
            sealed_in_clear(&keys, "Zelda Quargelmeier", "040 1").await,
        ))
        .await
        .unwrap();
    assert!(
        old.payload.contains("Zelda Quargelmeier"),
        "{}",
        old.payload
    );
    assert!(old.payload.contains("K7P-4WM"), "{}", old.payload);
    // Feedback given today on that old booking: its comment under today's subject.
    let feedback = NewEvent {
        event_type: "FeedbackGiven".into(),
        schema_version: 1,
        payload: json!({"type": "FeedbackGiven", "data": {"booking_code": "K7P-4WM",
            "feedback": {"rating": 3, "comment": "Zelda liked it"}}})
        .to_string(),
    };
    let sealed = keys.seal("stream-a", feedback).await.unwrap();
    assert!(!sealed.payload.contains("K7P"), "{}", sealed.payload);
    assert!(!sealed.payload.contains("Zelda"), "{}", sealed.payload);
    // Both subjects of the booking are held; erasing them both reads every field as erased.
    for subject in keys.booking_subjects(&code()) {
        assert!(keys.holds(&subject).await.unwrap(), "{subject}");
        assert!(keys.erase(&subject).await.unwrap(), "{subject}");
    }
    let opened = keys.open_event(recorded(sealed)).await.unwrap();
    assert!(!opened.payload.contains("Zelda"), "{}", opened.payload);
    assert!(
        opened.payload.contains("K7P-4WM"),
        "the booking still counts: {}",
        opened.payload
    );
}

/// The registration of booking `i` (one person each).
fn registration_of(i: u8) -> NewEvent {
    let mut event = registration(&format!("Person {i}"), "040 1");
    let code = BookingCode::from_indices([9, 7, 11, i / 22, i % 22, 0]);
    event.payload = event.payload.replace("K7P-4WM", &code.to_string());
    event
}

fn opens_to_person(opened: &RecordedEvent, i: u8) -> bool {
    opened.payload.contains(&format!("Person {i}"))
}

#[tokio::test]
async fn a_key_cache_keeps_its_configured_size_and_the_others_are_read_from_the_table() {
    // Given a keyring that keeps two keys in memory
    let keys = Keyring::open_with(ReadDb::connect(&fresh_sqlite_url()).await.unwrap(), 2)
        .await
        .unwrap();
    // When five people register
    let mut sealed = Vec::new();
    for i in 0..5 {
        sealed.push(keys.seal("stream-a", registration_of(i)).await.unwrap());
    }
    // Then two keys are held, and every registration still opens (from the table)
    assert_eq!(keys.cache_stats().entries, 2);
    assert_eq!(keys.cache_stats().capacity, 2);
    for (i, event) in (0..).zip(sealed) {
        let opened = keys.open_event(recorded(event)).await.unwrap();
        assert!(opens_to_person(&opened, i), "{i}: {}", opened.payload);
    }
    assert!(keys.cache_stats().misses > 0);
    assert_eq!(keys.cache_stats().entries, 2);
}

#[tokio::test]
async fn an_erased_key_not_in_the_cache_does_not_open() {
    // Given a server keeping one key in memory, which sealed two registrations (the first
    // key is no longer held), and another server on the same database
    let url = fresh_sqlite_url();
    let keys = Keyring::open_with(ReadDb::connect(&url).await.unwrap(), 1)
        .await
        .unwrap();
    let first = keys.seal("stream-a", registration_of(0)).await.unwrap();
    let second = keys.seal("stream-a", registration_of(1)).await.unwrap();
    let other = Keyring::open(ReadDb::connect(&url).await.unwrap())
        .await
        .unwrap();
    let subject = |i: u8| keys.booking_subject(&BookingCode::from_indices([9, 7, 11, 0, i, 0]));
    // When the other server erases both people
    assert!(other.erase(&subject(0)).await.unwrap());
    assert!(other.erase(&subject(1)).await.unwrap());
    // Then the first server opens neither: the evicted key is gone from the table, and the
    // held one is forgotten at the refresh before use
    keys.refresh().await.unwrap();
    for (i, event) in [(0, first), (1, second)] {
        let opened = keys.open_event(recorded(event)).await.unwrap();
        assert!(!opens_to_person(&opened, i), "{i}: {}", opened.payload);
        assert!(!keys.holds(&subject(i)).await.unwrap());
    }
}

#[tokio::test]
async fn with_no_key_cache_an_erased_key_does_not_open_either() {
    // Given a keyring that keeps no keys in memory, and a sealed registration
    let keys = Keyring::open_with(ReadDb::connect(&fresh_sqlite_url()).await.unwrap(), 0)
        .await
        .unwrap();
    let sealed = keys.seal("stream-a", registration_of(3)).await.unwrap();
    assert!(opens_to_person(
        &keys.open_event(recorded(sealed.clone())).await.unwrap(),
        3
    ));
    // When the person is erased
    let subject = keys.booking_subject(&BookingCode::from_indices([9, 7, 11, 0, 3, 0]));
    assert!(keys.erase(&subject).await.unwrap());
    // Then the registration reads as erased, and nothing was kept in memory
    let opened = keys.open_event(recorded(sealed)).await.unwrap();
    assert!(!opens_to_person(&opened, 3), "{}", opened.payload);
    assert_eq!(keys.cache_stats().entries, 0);
}

#[tokio::test]
async fn a_generated_history_keeps_one_key_per_person_whatever_the_cache_holds() {
    // Given a keyring that keeps one key in memory
    let url = fresh_sqlite_url();
    let keys = Keyring::open_with(ReadDb::connect(&url).await.unwrap(), 1)
        .await
        .unwrap();
    // When a generated history seals two events for each of three people, interleaved,
    // before the new keys are written
    let mut new = Vec::new();
    let mut sealed = Vec::new();
    for _ in 0..2 {
        for i in 0..3 {
            sealed.push((
                i,
                keys.seal_generated("stream-a", registration_of(i), &mut new),
            ));
        }
    }
    keys.save_new(&mut new).await.unwrap();
    // Then each person got one key, and every event opens, in a keyring opened afresh too
    let again = Keyring::open(ReadDb::connect(&url).await.unwrap())
        .await
        .unwrap();
    for (i, event) in sealed {
        for keyring in [&keys, &again] {
            let opened = keyring.open_event(recorded(event.clone())).await.unwrap();
            assert!(opens_to_person(&opened, i), "{i}: {}", opened.payload);
        }
    }
}

//! Personal data in the log, sealed per person: crypto-shredding.
//!
//! Names, contact details and free text in events are encrypted (ChaCha20-Poly1305) with a key
//! that belongs to one person (a booking, an ambassador, a staff account, an idea's
//! submitter). The keys live in the `personal_keys` table, outside the log. Erasing a person
//! deletes their key: the events stay, their hashes and the chain stay valid, counts stay the
//! same, and wherever the person's data would appear the app reads the placeholder
//! [`ERASED`](teilhabe_events::ERASED) instead.
//!
//! [`SealingStore`] wraps the event store: it seals on append and opens on read, so aggregates
//! and read models see plain events. The stored payload holds, at each personal field, a
//! string `sealed:v1:<subject>:<base64 of nonce and ciphertext>`; which fields are personal,
//! whose they are and what stands in for them once erased is written down once, in
//! [`PERSONAL_FIELDS`].

use crate::projections::db::{ReadDb, Statement, Value as DbValue};
use crate::projections::ProjectionError;
use crate::store::{
    AppendRequest, Appended, EventStore, NewEvent, RecordedCommand, RecordedEvent, StoreError,
};
use async_trait::async_trait;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use teilhabe_events::{BookingCode, ERASED};

const SEALED: &str = "sealed:v1:";

pub const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS personal_keys (
        subject TEXT PRIMARY KEY, key TEXT, created_at TEXT NOT NULL, erased_at TEXT)",
    // How many erasures there have been: every process holding keys in memory compares it
    // with the count it saw last before it uses a key, and forgets the keys erased meanwhile
    // (by another server on the same database, or the command line).
    "CREATE TABLE IF NOT EXISTS personal_key_erasures (id BIGINT PRIMARY KEY, erasures BIGINT NOT NULL)",
    "INSERT INTO personal_key_erasures (id, erasures) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
];

/// Whose data an event holds.
#[derive(Clone, Copy, Debug)]
enum Whose {
    /// The booking named in the payload's `booking_code`: one resident's registration.
    Booking,
    /// The stream's: an ambassador, a staff account, an idea.
    Stream,
    /// A walk-in at the door, by the id their check-in was given.
    WalkIn,
    /// The anonymous feedback cards of a session, together.
    Cards,
}

/// What an erased field reads as.
#[derive(Clone, Copy, Debug)]
enum Erased {
    /// The text [`ERASED`].
    Text,
    /// `null`: an optional field left empty.
    Null,
    /// No way of contact.
    NoContact,
    /// An empty list.
    Empty,
    /// An address in the reserved `.invalid` domain, distinct per person (staff e-mail
    /// addresses are unique in the read model).
    Email,
}

impl Erased {
    fn value(self, subject: &str) -> Value {
        match self {
            Erased::Text => json!(ERASED),
            Erased::Null => Value::Null,
            Erased::NoContact => json!({ "kind": "none" }),
            Erased::Empty => json!([]),
            Erased::Email => {
                let digest = hex(&Sha256::digest(subject.as_bytes())[..6]);
                json!(format!("erased-{digest}@erased.invalid"))
            }
        }
    }
}

/// A personal field: its JSON pointer into the stored payload, and what it reads as once erased.
type Field = (&'static str, Erased);

/// Every event type that carries personal data: whose it is and which fields are sealed.
const PERSONAL_FIELDS: &[(&str, Whose, &[Field])] = &[
    (
        "ParticipantRegistered",
        Whose::Booking,
        &[
            ("/data/name", Erased::Text),
            ("/data/contact", Erased::NoContact),
            // What help a person asks for (a wheelchair, a hearing loop): health data.
            ("/data/needs", Erased::Empty),
        ],
    ),
    (
        "ParticipantWaitlisted",
        Whose::Booking,
        &[
            ("/data/name", Erased::Text),
            ("/data/contact", Erased::NoContact),
            ("/data/needs", Erased::Empty),
        ],
    ),
    (
        "FeedbackCardRecorded",
        Whose::Cards,
        &[("/data/feedback/comment", Erased::Null)],
    ),
    (
        "AmbassadorDeclined",
        Whose::Stream,
        &[("/data/reason", Erased::Text)],
    ),
    (
        "FeedbackGiven",
        Whose::Booking,
        &[("/data/feedback/comment", Erased::Null)],
    ),
    (
        "AmbassadorApplied",
        Whose::Stream,
        &[
            ("/data/application/name", Erased::Text),
            ("/data/application/email", Erased::Email),
            ("/data/application/phone", Erased::Null),
            ("/data/application/availability", Erased::Text),
            ("/data/application/motivation", Erased::Text),
        ],
    ),
    (
        "OutreachLogged",
        Whose::Stream,
        &[
            ("/data/outreach/place", Erased::Null),
            ("/data/outreach/note", Erased::Null),
        ],
    ),
    (
        "OutreachCorrected",
        Whose::Stream,
        &[
            ("/data/outreach/place", Erased::Null),
            ("/data/outreach/note", Erased::Null),
        ],
    ),
    (
        "AccountOpened",
        Whose::Stream,
        &[("/data/name", Erased::Text), ("/data/email", Erased::Email)],
    ),
    // Not personal data, but a secret: the log and its export must not let anyone try
    // passwords against it offline. Sealed with the account's key, outside the log.
    (
        "PasswordSet",
        Whose::Stream,
        &[("/data/password_hash", Erased::Text)],
    ),
    (
        "IdeaSubmitted",
        Whose::Stream,
        &[("/data/contact", Erased::NoContact)],
    ),
    (
        "WalkInCheckedIn",
        Whose::WalkIn,
        &[("/data/first_name", Erased::Text)],
    ),
];

/// Every personal field the log seals: event type and JSON pointer into the stored payload.
pub fn personal_pointers() -> impl Iterator<Item = (&'static str, &'static str)> {
    PERSONAL_FIELDS.iter().flat_map(|(event_type, _, fields)| {
        fields
            .iter()
            .map(move |(pointer, _)| (*event_type, *pointer))
    })
}

fn personal_fields(event_type: &str) -> Option<(Whose, &'static [(&'static str, Erased)])> {
    PERSONAL_FIELDS
        .iter()
        .find(|(t, _, _)| *t == event_type)
        .map(|(_, whose, fields)| (*whose, *fields))
}

/// Whose key seals a piece of personal data: a booking's holder, the owner of a stream (an
/// ambassador, a staff account, an idea's submitter) or a walk-in.
///
/// It has one text form, used for the key's row in `personal_keys` and inside every sealed
/// field, and it is built only from typed ids or parsed from such a text: sealing and erasure
/// cannot name one person two ways (they once did: sealing took the booking code as the
/// payload spells it, `booking-3W9-HHR`, erasure as stored, `booking-3W9HHR`, and the erasure
/// deleted a key that had never existed).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Subject(String);

const BOOKING_PREFIX: &str = "booking-";

impl Subject {
    /// The holder of the booking `code`: `booking-` and the code as printed (`booking-3W9-HHR`).
    pub fn booking(code: &BookingCode) -> Self {
        Self(format!("{BOOKING_PREFIX}{code}"))
    }

    /// The one person a stream is about: an ambassador, a staff account, an idea's submitter.
    pub fn stream(stream_id: &str) -> Self {
        Self(stream_id.to_owned())
    }

    /// A walk-in at the door: the walk-in's id is the client's, so it is unique only within
    /// its session's stream.
    pub fn walk_in(stream_id: &str, walk_in_id: &str) -> Self {
        Self(format!("walk-in-{stream_id}-{walk_in_id}"))
    }

    /// The anonymous feedback cards of the session whose stream is `stream_id`: their
    /// comments go together, with the session's other data, under the retention rule.
    pub fn cards(stream_id: &str) -> Self {
        Self(format!("cards-{stream_id}"))
    }

    /// The subject a sealed field or a key row names: a booking's in its one form whichever
    /// way its code was written there.
    pub fn parse(text: &str) -> Self {
        match text
            .strip_prefix(BOOKING_PREFIX)
            .and_then(|code| BookingCode::parse(code).ok())
        {
            Some(code) => Self::booking(&code),
            None => Self(text.to_owned()),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn subject_of(whose: Whose, stream_id: &str, payload: &Value) -> Option<Subject> {
    match whose {
        Whose::Booking => payload
            .pointer("/data/booking_code")
            .and_then(Value::as_str)
            .and_then(|code| BookingCode::parse(code).ok())
            .map(|code| Subject::booking(&code)),
        Whose::Stream => Some(Subject::stream(stream_id)),
        Whose::Cards => Some(Subject::cards(stream_id)),
        Whose::WalkIn => payload
            .pointer("/data/walk_in_id")
            .and_then(Value::as_str)
            .map(|id| Subject::walk_in(stream_id, id)),
    }
}

/// An event's payload, whose data it holds and its personal fields, if it has any; an event
/// with personal fields but no subject to seal them for holds its placeholders instead.
fn personal_payload(
    stream_id: &str,
    event: &NewEvent,
) -> Option<(Value, Option<Subject>, &'static [Field])> {
    let (whose, fields) = personal_fields(&event.event_type)?;
    let payload = serde_json::from_str::<Value>(&event.payload).ok()?;
    let subject = subject_of(whose, stream_id, &payload);
    Some((payload, subject, fields))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("key table: {0}")]
    Database(#[from] ProjectionError),
    #[error("stored key for {0} is not a key")]
    BadKey(String),
}

impl From<KeyringError> for StoreError {
    fn from(e: KeyringError) -> Self {
        match e {
            KeyringError::Database(ProjectionError::Store(e)) if e.is_unavailable() => e,
            e => StoreError::Corrupt(e.to_string()),
        }
    }
}

/// A person's key, or the fact that it was deleted.
#[derive(Clone)]
enum Entry {
    Key(Arc<ChaCha20Poly1305>),
    Erased,
}

/// The per-person keys: held in the database outside the log, cached in memory.
pub struct Keyring {
    db: ReadDb,
    cache: Mutex<HashMap<String, Entry>>,
    /// New keys waiting to be written, with their sequence numbers: concurrent registrations
    /// share one durable commit (group commit) instead of waiting for the disk one by one.
    pending: Mutex<Vec<(u64, String, String)>>,
    next_seq: AtomicU64,
    written_upto: AtomicU64,
    writing: tokio::sync::Mutex<()>,
    /// The count of erasures in the table when this process last looked.
    erasures_seen: AtomicI64,
}

impl Keyring {
    /// Opens the key table (creating it) and loads every key.
    pub async fn open(db: ReadDb) -> Result<Arc<Self>, KeyringError> {
        db.execute_all(SCHEMA).await?;
        // Read before the keys: an erasure in between is picked up at the first refresh.
        let erasures = erasure_count(&db).await?;
        let rows = db
            .query("SELECT subject, key FROM personal_keys", vec![])
            .await?;
        let mut cache = HashMap::with_capacity(rows.len());
        // Erasures recorded under another spelling of their subject than the key's own (every
        // booking erased before subjects had one form): the key they meant is erased now.
        let mut misspelt = Vec::new();
        for row in rows {
            let written = row[0].text();
            let subject = Subject::parse(written);
            let entry = entry_of(written, &row[1])?;
            if matches!(entry, Entry::Erased) && subject.as_str() != written {
                misspelt.push((written.to_owned(), subject.clone()));
            }
            // An erasure outweighs a key, whichever row comes first.
            if !matches!(cache.get(subject.as_str()), Some(Entry::Erased)) {
                cache.insert(subject.0, entry);
            }
        }
        let keyring = Arc::new(Self {
            db,
            cache: Mutex::new(cache),
            pending: Mutex::new(Vec::new()),
            next_seq: AtomicU64::new(0),
            written_upto: AtomicU64::new(0),
            writing: tokio::sync::Mutex::new(()),
            erasures_seen: AtomicI64::new(erasures),
        });
        let mut repaired = 0;
        for (written, subject) in &misspelt {
            if keyring.db_holds_key(subject).await? {
                repaired += 1;
            }
            // The erasure moves to the key's own name; the misspelt row goes (once).
            keyring.erase(subject).await?;
            keyring
                .db
                .execute_durable(Statement::new(
                    "DELETE FROM personal_keys WHERE subject = $1",
                    vec![written.as_str().into()],
                ))
                .await?;
        }
        if !misspelt.is_empty() {
            tracing::warn!(
                erasures = misspelt.len(),
                keys_deleted = repaired,
                "moved erasures recorded under another spelling of their subject"
            );
        }
        Ok(keyring)
    }

    /// Forgets the keys erased since this process last looked (by another server on the same
    /// database, or the command line): one look at the count of erasures, and only when it
    /// moved a look at which keys are gone. Called before keys are used.
    pub async fn refresh(&self) -> Result<(), KeyringError> {
        let count = erasure_count(&self.db).await?;
        if count == self.erasures_seen.load(Ordering::SeqCst) {
            return Ok(());
        }
        let rows = self
            .db
            .query(
                "SELECT subject FROM personal_keys WHERE key IS NULL",
                vec![],
            )
            .await?;
        {
            let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
            for row in rows {
                cache.insert(Subject::parse(row[0].text()).0, Entry::Erased);
            }
        }
        self.erasures_seen.fetch_max(count, Ordering::SeqCst);
        Ok(())
    }

    /// Whether the table holds a key for `subject` (not the cache: for repairs).
    async fn db_holds_key(&self, subject: &Subject) -> Result<bool, KeyringError> {
        let rows = self
            .db
            .query(
                "SELECT key FROM personal_keys WHERE subject = $1 AND key IS NOT NULL",
                vec![subject.as_str().into()],
            )
            .await?;
        Ok(!rows.is_empty())
    }

    fn cached(&self, subject: &Subject) -> Option<Entry> {
        self.cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(subject.as_str())
            .cloned()
    }

    fn remember(&self, subject: &Subject, entry: Entry) {
        self.cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(subject.0.clone(), entry);
    }

    /// The subject's entry as stored (another instance may have written it), if any.
    async fn stored(&self, subject: &Subject) -> Result<Option<Entry>, KeyringError> {
        let rows = self
            .db
            .query(
                "SELECT key FROM personal_keys WHERE subject = $1",
                vec![subject.as_str().into()],
            )
            .await?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let entry = entry_of(subject.as_str(), &row[0])?;
        self.remember(subject, entry.clone());
        Ok(Some(entry))
    }

    /// The subject's entry: from memory, else from the table (another instance may have
    /// written it since this one loaded the keys).
    async fn entry(&self, subject: &Subject) -> Result<Option<Entry>, KeyringError> {
        match self.cached(subject) {
            Some(entry) => Ok(Some(entry)),
            None => self.stored(subject).await,
        }
    }

    /// The key to seal the subject's data with: theirs, a new one, or none once erased.
    async fn sealing_entry(&self, subject: &Subject) -> Result<Entry, KeyringError> {
        if let Some(entry) = self.entry(subject).await? {
            return Ok(entry);
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        // Durable before any event sealed with it is: a lost key would lose the data.
        self.write_new_key(subject, BASE64.encode(key)).await?;
        // Whoever inserted first (another instance, on PostgreSQL) decides the key.
        self.stored(subject)
            .await?
            .ok_or_else(|| KeyringError::BadKey(subject.to_string()))
    }

    /// Writes a new key durably, together with the keys other tasks are adding meanwhile: the
    /// first to get the writer's lock writes all that wait, the others find theirs written.
    async fn write_new_key(&self, subject: &Subject, key: String) -> Result<(), KeyringError> {
        let seq = {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            let seq = self.next_seq.fetch_add(1, Ordering::SeqCst) + 1;
            pending.push((seq, subject.0.clone(), key));
            seq
        };
        let _writer = self.writing.lock().await;
        if self.written_upto.load(Ordering::SeqCst) >= seq {
            return Ok(());
        }
        let batch =
            std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner));
        let Some(last) = batch.last().map(|(seq, _, _)| *seq) else {
            return Ok(());
        };
        let created = now();
        for chunk in batch.chunks(500) {
            let rows: Vec<Vec<DbValue>> = chunk
                .iter()
                .map(|(_, subject, key)| {
                    vec![
                        subject.as_str().into(),
                        key.as_str().into(),
                        created.as_str().into(),
                    ]
                })
                .collect();
            let statement = insert_keys(&["subject", "key", "created_at"], &rows);
            self.db.execute_durable(statement).await?;
        }
        self.written_upto.store(last, Ordering::SeqCst);
        Ok(())
    }

    /// Whether the subject has a key (none yet, or erased: false), as far as this process
    /// knows since its last [`Keyring::refresh`].
    pub async fn holds(&self, subject: &Subject) -> Result<bool, KeyringError> {
        Ok(matches!(self.entry(subject).await?, Some(Entry::Key(_))))
    }

    /// Deletes the subject's key for good; returns whether there was one to delete.
    pub async fn erase(&self, subject: &Subject) -> Result<bool, KeyringError> {
        let had_key = self.holds(subject).await?;
        self.db
            .execute_durable(Statement::new(
                "INSERT INTO personal_keys (subject, key, created_at, erased_at) VALUES ($1, NULL, $2, $2) ON CONFLICT (subject) DO UPDATE SET key = NULL, erased_at = $2",
                vec![subject.as_str().into(), now().into()],
            ))
            .await?;
        self.remember(subject, Entry::Erased);
        // Tells the other processes to look (after the key is gone: they find it gone).
        self.db
            .execute_durable(Statement::new(
                "UPDATE personal_key_erasures SET erasures = erasures + 1 WHERE id = 1",
                vec![],
            ))
            .await?;
        Ok(had_key)
    }

    /// Seals the personal fields of an event about to be appended to `stream_id`.
    pub async fn seal(&self, stream_id: &str, event: NewEvent) -> Result<NewEvent, KeyringError> {
        let Some((mut payload, subject, fields)) = personal_payload(stream_id, &event) else {
            return Ok(event);
        };
        let entry = match &subject {
            Some(subject) => Some(self.sealing_entry(subject).await?),
            None => None,
        };
        for (pointer, erased) in fields {
            let Some(field) = payload.pointer_mut(pointer) else {
                continue;
            };
            if field.is_null() {
                continue;
            }
            *field = match (&entry, &subject) {
                (Some(Entry::Key(cipher)), Some(subject)) => {
                    Value::String(seal_value(cipher, subject.as_str(), pointer, field))
                }
                // Data arriving for someone already erased is not kept at all, nor data
                // that names no one to seal it for.
                (_, subject) => erased.value(subject.as_ref().map_or("", Subject::as_str)),
            };
        }
        Ok(NewEvent {
            payload: payload.to_string(),
            ..event
        })
    }

    /// Opens the sealed fields of a stored event; fields whose key is gone read as erased.
    pub async fn open_event(
        &self,
        mut event: RecordedEvent,
    ) -> Result<RecordedEvent, KeyringError> {
        if !event.payload.contains(SEALED) {
            return Ok(event);
        }
        let Some((_, fields)) = personal_fields(&event.event_type) else {
            return Ok(event);
        };
        let Ok(mut payload) = serde_json::from_str::<Value>(&event.payload) else {
            return Ok(event);
        };
        for (pointer, erased) in fields {
            let Some(field) = payload.pointer_mut(pointer) else {
                continue;
            };
            let Some((written, sealed)) = field
                .as_str()
                .and_then(|s| s.strip_prefix(SEALED))
                .and_then(|s| s.rsplit_once(':'))
                .map(|(subject, sealed)| (subject.to_owned(), sealed.to_owned()))
            else {
                continue;
            };
            let subject = Subject::parse(&written);
            // The ciphertext is bound to the subject as written when it was sealed.
            *field = match self.entry(&subject).await? {
                Some(Entry::Key(cipher)) => open_value(&cipher, &written, pointer, &sealed)
                    .unwrap_or_else(|| erased.value(subject.as_str())),
                Some(Entry::Erased) | None => erased.value(subject.as_str()),
            };
        }
        event.payload = payload.to_string();
        Ok(event)
    }

    /// Seals a generated event with a new key for its subject, kept in memory until
    /// [`Keyring::save_new`] writes the batch (for generated histories of a million events).
    pub fn seal_generated(
        &self,
        stream_id: &str,
        event: NewEvent,
        new: &mut Vec<(String, String)>,
    ) -> NewEvent {
        let Some((mut payload, subject, fields)) = personal_payload(stream_id, &event) else {
            return event;
        };
        let Some(subject) = subject else {
            for (pointer, erased) in fields {
                if let Some(field) = payload.pointer_mut(pointer).filter(|f| !f.is_null()) {
                    *field = erased.value("");
                }
            }
            return NewEvent {
                payload: payload.to_string(),
                ..event
            };
        };
        let cipher = match self.cached(&subject) {
            Some(Entry::Key(cipher)) => cipher,
            _ => {
                let mut key = [0u8; 32];
                rand::rng().fill_bytes(&mut key);
                let cipher = Arc::new(ChaCha20Poly1305::new(Key::from_slice(&key)));
                self.remember(&subject, Entry::Key(cipher.clone()));
                new.push((subject.0.clone(), BASE64.encode(key)));
                cipher
            }
        };
        for (pointer, _) in fields {
            if let Some(field) = payload.pointer_mut(pointer).filter(|f| !f.is_null()) {
                *field = Value::String(seal_value(&cipher, subject.as_str(), pointer, field));
            }
        }
        NewEvent {
            payload: payload.to_string(),
            ..event
        }
    }

    /// Writes the keys [`Keyring::seal_generated`] made, many to a statement.
    pub async fn save_new(&self, new: &mut Vec<(String, String)>) -> Result<(), KeyringError> {
        let created = now();
        for chunk in new.chunks(500) {
            let rows: Vec<Vec<DbValue>> = chunk
                .iter()
                .map(|(subject, key)| {
                    vec![
                        subject.as_str().into(),
                        key.as_str().into(),
                        created.as_str().into(),
                    ]
                })
                .collect();
            let statement = insert_keys(&["subject", "key", "created_at"], &rows);
            self.db.execute_durable(statement).await?;
        }
        new.clear();
        Ok(())
    }
}

/// Copies every key (and every erasure) from one database to another, for restoring a backup
/// and moving between backends: the log alone would open to nothing but "erased".
pub async fn copy_keys(from: &ReadDb, to: &ReadDb) -> Result<u64, KeyringError> {
    from.execute_all(SCHEMA).await?;
    to.execute_all(SCHEMA).await?;
    let rows = from
        .query(
            "SELECT subject, key, created_at, erased_at FROM personal_keys",
            vec![],
        )
        .await?;
    for chunk in rows.chunks(500) {
        let statement = insert_keys(&["subject", "key", "created_at", "erased_at"], chunk);
        to.execute_durable(statement).await?;
    }
    // The installation's secrets go with the keys: staff ids are keyed with one of them, and
    // a restored store must give an address the id it had.
    from.execute_all(&[crate::auth::INSTALLATION_SCHEMA])
        .await?;
    to.execute_all(&[crate::auth::INSTALLATION_SCHEMA]).await?;
    for row in from
        .query("SELECT key, value FROM installation", vec![])
        .await?
    {
        to.execute_durable(Statement::new(
            "INSERT INTO installation (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            row,
        ))
        .await?;
    }
    Ok(rows.len() as u64)
}

/// One statement inserting `rows` (each a value per column of `columns`) into the key table,
/// keeping what is there already.
fn insert_keys(columns: &[&str], rows: &[Vec<DbValue>]) -> Statement {
    let mut sql = format!("INSERT INTO personal_keys ({}) VALUES ", columns.join(", "));
    let mut params = Vec::with_capacity(rows.len() * columns.len());
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            sql.push_str(", ");
        }
        let slots: Vec<String> = (1..=columns.len())
            .map(|c| format!("${}", i * columns.len() + c))
            .collect();
        sql.push_str(&format!("({})", slots.join(", ")));
        params.extend(row.iter().take(columns.len()).cloned());
    }
    sql.push_str(" ON CONFLICT (subject) DO NOTHING");
    Statement::new(sql, params)
}

async fn erasure_count(db: &ReadDb) -> Result<i64, KeyringError> {
    let rows = db
        .query(
            "SELECT erasures FROM personal_key_erasures WHERE id = 1",
            vec![],
        )
        .await?;
    Ok(rows.first().map_or(0, |row| row[0].int()))
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn entry_of(subject: &str, key: &DbValue) -> Result<Entry, KeyringError> {
    match key {
        DbValue::Null => Ok(Entry::Erased),
        value => {
            let bytes = BASE64
                .decode(value.text())
                .ok()
                .filter(|b| b.len() == 32)
                .ok_or_else(|| KeyringError::BadKey(subject.to_owned()))?;
            Ok(Entry::Key(Arc::new(ChaCha20Poly1305::new(
                Key::from_slice(&bytes),
            ))))
        }
    }
}

/// What binds a ciphertext to its place: it cannot be moved to another person or field.
fn binding(subject: &str, pointer: &str) -> String {
    format!("{subject}|{pointer}")
}

fn seal_value(cipher: &ChaCha20Poly1305, subject: &str, pointer: &str, value: &Value) -> String {
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let plain = value.to_string();
    let aad = binding(subject, pointer);
    // Encryption with a valid key and nonce does not fail for inputs of this size.
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain.as_bytes(),
                aad: aad.as_bytes(),
            },
        )
        .unwrap_or_default();
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    format!("{SEALED}{subject}:{}", BASE64.encode(bytes))
}

fn open_value(
    cipher: &ChaCha20Poly1305,
    subject: &str,
    pointer: &str,
    sealed: &str,
) -> Option<Value> {
    let bytes = BASE64.decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, ciphertext) = bytes.split_at(12);
    let aad = binding(subject, pointer);
    let plain = cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: aad.as_bytes(),
            },
        )
        .ok()?;
    serde_json::from_slice(&plain).ok()
}

/// The event store as the application sees it: personal data sealed on the way in and
/// opened on the way out. The log underneath holds only sealed data; verifying and exporting
/// read [`SealingStore::log`] directly.
pub struct SealingStore {
    log: Arc<dyn EventStore>,
    keys: Arc<Keyring>,
}

impl SealingStore {
    pub fn new(log: Arc<dyn EventStore>, keys: Arc<Keyring>) -> Self {
        Self { log, keys }
    }

    /// The log as stored (sealed), for the hash chain and the export.
    pub fn log(&self) -> Arc<dyn EventStore> {
        self.log.clone()
    }

    async fn open_all(&self, events: Vec<RecordedEvent>) -> Result<Vec<RecordedEvent>, StoreError> {
        // Keys are used only where something is sealed: only then is the count looked at.
        if events.iter().any(|e| e.payload.contains(SEALED)) {
            self.keys.refresh().await?;
        }
        let mut opened = Vec::with_capacity(events.len());
        for event in events {
            opened.push(self.keys.open_event(event).await?);
        }
        Ok(opened)
    }
}

#[async_trait]
impl EventStore for SealingStore {
    async fn append(&self, mut request: AppendRequest) -> Result<Appended, StoreError> {
        let personal = request.commands.iter().any(|c| {
            c.events
                .iter()
                .any(|e| personal_fields(&e.event_type).is_some())
        });
        if personal {
            self.keys.refresh().await?;
        }
        for command in &mut request.commands {
            let mut sealed = Vec::with_capacity(command.events.len());
            for event in command.events.drain(..) {
                sealed.push(self.keys.seal(&request.stream_id, event).await?);
            }
            command.events = sealed;
        }
        self.log.append(request).await
    }

    async fn read_stream(
        &self,
        stream_id: &str,
        after_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let events = self.log.read_stream(stream_id, after_version).await?;
        self.open_all(events).await
    }

    async fn read_all(&self, after: u64, limit: u32) -> Result<Vec<RecordedEvent>, StoreError> {
        let events = self.log.read_all(after, limit).await?;
        self.open_all(events).await
    }

    async fn head(&self) -> Result<u64, StoreError> {
        self.log.head().await
    }

    async fn head_hash(&self) -> Result<Option<(u64, String)>, StoreError> {
        self.log.head_hash().await
    }

    async fn ready(&self) -> Result<u64, StoreError> {
        self.log.ready().await
    }

    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError> {
        self.log.recorded_command(command_id).await
    }

    /// Recorded events are copied as they are: already sealed, their hashes over the sealed form.
    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        self.log.import(events).await
    }

    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.log.subscribe()
    }

    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<(u64, String)>, StoreError> {
        self.log.load_snapshot(stream_id).await
    }

    async fn save_snapshot(
        &self,
        stream_id: &str,
        version: u64,
        state: String,
    ) -> Result<(), StoreError> {
        self.log.save_snapshot(stream_id, version, state).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::fresh_sqlite_url;

    fn k7p_4wm() -> Subject {
        Subject::booking(&BookingCode::parse("K7P4WM").unwrap())
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
        assert!(sealed.payload.contains("\"booking_code\":\"K7P-4WM\""));
        let opened = keys.open_event(recorded(sealed)).await.unwrap();
        let a: Value = serde_json::from_str(&opened.payload).unwrap();
        let b: Value = serde_json::from_str(&plain.payload).unwrap();
        assert_eq!(a, b);
    }

    #[tokio::test]
    async fn after_erasure_the_fields_read_as_erased_and_new_data_is_not_kept() {
        let keys = keyring().await;
        let sealed = keys
            .seal(
                "stream-a",
                registration("Zelda Quargelmeier", "040 98765432"),
            )
            .await
            .unwrap();
        assert!(keys.erase(&k7p_4wm()).await.unwrap());
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
        assert!(!keys.erase(&k7p_4wm()).await.unwrap());
    }

    #[tokio::test]
    async fn sealing_and_erasure_name_a_booking_the_same_however_its_code_is_written() {
        let keys = keyring().await;
        let sealed = keys
            .seal("stream-a", registration("Zelda Quargelmeier", "040 1"))
            .await
            .unwrap();
        // The code as typed, as stored without its dash, and as printed: one subject.
        for typed in ["k7p 4wm", "K7P4WM", "K7P-4WM"] {
            let code = BookingCode::parse(typed).unwrap();
            assert_eq!(Subject::booking(&code), k7p_4wm());
        }
        assert_eq!(Subject::parse("booking-K7P4WM"), k7p_4wm());
        assert!(keys.holds(&k7p_4wm()).await.unwrap());
        assert!(keys
            .erase(&Subject::booking(&BookingCode::parse("K7P4WM").unwrap()))
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
        let sealed = keys
            .seal("stream-a", registration("Zelda Quargelmeier", "040 1"))
            .await
            .unwrap();
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
        let sealed = keys
            .seal(
                "stream-a",
                registration("Zelda Quargelmeier", "040 98765432"),
            )
            .await
            .unwrap();
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
        let sealed = keys
            .seal(
                "stream-a",
                registration("Zelda Quargelmeier", "040 98765432"),
            )
            .await
            .unwrap();
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
}

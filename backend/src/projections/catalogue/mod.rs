//! The course catalogue (sessions with seats left) and the booking-code index.
//!
//! Sessions are few and read on every page, so the catalogue also keeps them in memory,
//! updated after each committed batch; bookings are many and stay in the database.

mod bookings;
mod fold;
mod rosters;

use super::db::{ReadDb, Row};
use super::ProjectionError;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};
use teilhabe_events::api::SessionSummary;
use teilhabe_events::Topic;

/// The catalogue's tables, emptied by a rebuild.
const TABLES: &[&str] = &[
    "catalogue_sessions",
    "catalogue_bookings",
    "catalogue_feedback",
    "catalogue_calls",
    "catalogue_walk_ins",
];

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS catalogue_sessions (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, topic TEXT NOT NULL, venue TEXT NOT NULL,
        district TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,
        starts_epoch BIGINT NOT NULL, ends_epoch BIGINT NOT NULL, capacity BIGINT NOT NULL,
        confirmed BIGINT NOT NULL, waitlisted BIGINT NOT NULL, cancelled BIGINT NOT NULL DEFAULT 0,
        drop_in BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS catalogue_bookings (
        code TEXT PRIMARY KEY, session_id TEXT NOT NULL, name TEXT NOT NULL,
        status TEXT NOT NULL, queued_at BIGINT NOT NULL, contact TEXT NOT NULL,
        channel TEXT NOT NULL, needs TEXT NOT NULL, attendance TEXT, locale TEXT, checked_in TEXT)",
    "CREATE TABLE IF NOT EXISTS catalogue_feedback (
        code TEXT PRIMARY KEY, session_id TEXT NOT NULL, rating BIGINT NOT NULL,
        helped TEXT NOT NULL, next_topic TEXT, comment TEXT, source TEXT)",
    "CREATE TABLE IF NOT EXISTS catalogue_walk_ins (
        session_id TEXT NOT NULL, walk_in_id TEXT NOT NULL, position BIGINT NOT NULL,
        first_name TEXT NOT NULL, district TEXT, source TEXT NOT NULL,
        PRIMARY KEY (session_id, walk_in_id))",
    "CREATE TABLE IF NOT EXISTS catalogue_calls (
        call TEXT NOT NULL, code TEXT NOT NULL, result TEXT NOT NULL, attempts BIGINT NOT NULL,
        PRIMARY KEY (call, code))",
    "CREATE INDEX IF NOT EXISTS catalogue_bookings_queue ON catalogue_bookings (session_id, status, queued_at)",
];

/// The stream id of a session's events.
pub fn session_stream(id: &str) -> String {
    format!("session-{id}")
}

pub(crate) fn session_id_of(stream_id: &str) -> &str {
    stream_id.strip_prefix("session-").unwrap_or(stream_id)
}

/// A session as the catalogue keeps it.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    summary: SessionSummary,
    confirmed: i64,
    waitlisted: i64,
}

impl Entry {
    fn summary(&self) -> SessionSummary {
        let capacity = i64::from(self.summary.capacity);
        SessionSummary {
            seats_left: u32::try_from((capacity - self.confirmed).max(0)).unwrap_or(0),
            waitlist_length: u32::try_from(self.waitlisted.max(0)).unwrap_or(0),
            ..self.summary.clone()
        }
    }
}

const SESSION_COLUMNS: &str =
    "id, title, topic, venue, district, starts_at, ends_at, capacity, confirmed, waitlisted, cancelled, drop_in";

fn entry_from_row(row: &Row) -> Option<Entry> {
    let [id, title, topic, venue, district, starts_at, ends_at, capacity, confirmed, waitlisted, cancelled, drop_in] =
        row.as_slice()
    else {
        return None;
    };
    let topic: Topic =
        serde_json::from_value(serde_json::Value::String(topic.text().to_owned())).ok()?;
    Some(Entry {
        summary: SessionSummary {
            id: id.text().to_owned(),
            title: title.text().to_owned(),
            topic,
            venue: venue.text().to_owned(),
            district: district.text().to_owned(),
            starts_at: chrono::DateTime::parse_from_rfc3339(starts_at.text()).ok()?,
            ends_at: chrono::DateTime::parse_from_rfc3339(ends_at.text()).ok()?,
            capacity: u32::try_from(capacity.int()).ok()?,
            seats_left: 0,
            waitlist_length: 0,
            cancelled: cancelled.int() != 0,
            drop_in: drop_in.int() != 0,
        },
        confirmed: confirmed.int(),
        waitlisted: waitlisted.int(),
    })
}

/// Where the catalogue lives; cheap to clone.
#[derive(Clone)]
pub struct Catalogue {
    db: ReadDb,
    sessions: Arc<RwLock<HashMap<String, Entry>>>,
    /// The upcoming list as JSON, for the minute and the state it was made in.
    listing: Arc<RwLock<Option<Listing>>>,
    /// Counts changes to `sessions`, so the listing knows when it is stale.
    generation: Arc<std::sync::atomic::AtomicU64>,
}

struct Listing {
    generation: u64,
    minute: i64,
    json: Arc<str>,
}

impl Catalogue {
    /// The catalogue on `db`; its tables are made, and its sessions read, when the
    /// [`super::Projector`] opens.
    pub fn new(db: ReadDb) -> Self {
        Self {
            db,
            sessions: Arc::default(),
            listing: Arc::default(),
            generation: Arc::default(),
        }
    }

    /// Reads every session from the database into memory.
    async fn reload_sessions(&self) -> Result<(), ProjectionError> {
        let rows = self
            .db
            .query(
                &format!("SELECT {SESSION_COLUMNS} FROM catalogue_sessions"),
                vec![],
            )
            .await?;
        let loaded: HashMap<_, _> = rows
            .iter()
            .filter_map(entry_from_row)
            .map(|e| (e.summary.id.clone(), e))
            .collect();
        *self
            .sessions
            .write()
            .unwrap_or_else(PoisonError::into_inner) = loaded;
        self.changed();
        Ok(())
    }

    fn changed(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::Release);
    }

    /// [`Catalogue::upcoming`] as JSON, made at most once per minute and change.
    pub async fn upcoming_json(&self, now_epoch: i64) -> Result<Arc<str>, ProjectionError> {
        let generation = self.generation.load(std::sync::atomic::Ordering::Acquire);
        let minute = now_epoch.div_euclid(60);
        if let Some(listing) = self
            .listing
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            if listing.generation == generation && listing.minute == minute {
                return Ok(listing.json.clone());
            }
        }
        // Sessions that end within this minute are listed until it is over.
        let list = self.upcoming(minute * 60).await?;
        let json: Arc<str> = serde_json::to_string(&list)
            .unwrap_or_else(|_| "[]".into())
            .into();
        *self.listing.write().unwrap_or_else(PoisonError::into_inner) = Some(Listing {
            generation,
            minute,
            json: json.clone(),
        });
        Ok(json)
    }

    /// Sessions that have not ended by `now_epoch`, soonest first.
    pub async fn upcoming(&self, now_epoch: i64) -> Result<Vec<SessionSummary>, ProjectionError> {
        let sessions = self.sessions.read().unwrap_or_else(PoisonError::into_inner);
        let mut list: Vec<SessionSummary> = sessions
            .values()
            .filter(|e| e.summary.ends_at.timestamp() > now_epoch && !e.summary.cancelled)
            .map(Entry::summary)
            .collect();
        list.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then_with(|| a.id.cmp(&b.id)));
        Ok(list)
    }

    /// Every session, past, upcoming and cancelled, soonest first.
    pub fn all_sessions(&self) -> Vec<SessionSummary> {
        let sessions = self.sessions.read().unwrap_or_else(PoisonError::into_inner);
        let mut list: Vec<SessionSummary> = sessions.values().map(Entry::summary).collect();
        list.sort_by(|a, b| a.starts_at.cmp(&b.starts_at).then_with(|| a.id.cmp(&b.id)));
        list
    }

    pub async fn session(&self, id: &str) -> Result<Option<SessionSummary>, ProjectionError> {
        let sessions = self.sessions.read().unwrap_or_else(PoisonError::into_inner);
        Ok(sessions.get(id).map(Entry::summary))
    }
}

//! The course catalogue (sessions with seats left) and the booking-code index.
//!
//! Sessions are few and read on every page, so the catalogue also keeps them in memory,
//! updated after each committed batch; bookings are many and stay in the database.

use super::db::{ReadDb, Row, Statement, Value};
use super::ProjectionError;
use crate::codec::LoggedEvent;
use crate::mail::{notice, Notice};
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};
use teilhabe_events::api::{BookingStatus, BookingView, FeedbackStatus, SessionSummary};
use teilhabe_events::session::Attendance;
use teilhabe_events::session::Source;
use teilhabe_events::staff_api::{
    DoorEntry, DoorView, FeedbackSummary, MatchProposal, Roster, RosterEntry, WalkInEntry,
};
use teilhabe_events::{BookingCode, Need, SessionEvent, Topic};

/// The read model's name (checkpoint key, CLI and metrics label).
pub const NAME: &str = "catalogue";

/// Raised whenever a read-model table changes shape: on start, tables of another version are
/// dropped and rebuilt from the log (read models are never migrated in place).
const SCHEMA_VERSION: i64 = 6;

/// Every read-model table, for dropping them when their schema changed.
const TABLES: &[&str] = &[
    "catalogue_sessions",
    "catalogue_bookings",
    "catalogue_feedback",
    "catalogue_calls",
    "catalogue_walk_ins",
    "staff_accounts",
    "staff_ambassadors",
    "staff_outreach",
    "staff_principles",
    "staff_ideas",
];

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, position BIGINT NOT NULL)",
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
    "INSERT INTO projection_checkpoints (name, position) VALUES ('catalogue', 0) ON CONFLICT (name) DO NOTHING",
];

/// Rows per multi-row insert (9 parameters each keeps well inside both databases' limits).
const ROWS_PER_INSERT: usize = 500;

/// The stream id of a session's events.
pub fn session_stream(id: &str) -> String {
    format!("session-{id}")
}

fn session_id_of(stream_id: &str) -> &str {
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
    pub async fn open(db: ReadDb) -> Result<Self, ProjectionError> {
        db.execute_all(&SCHEMA[..1]).await?;
        let version = db
            .query(
                "SELECT position FROM projection_checkpoints WHERE name = 'schema'",
                vec![],
            )
            .await?
            .first()
            .and_then(|r| r.first())
            .map(Value::int);
        if version != Some(SCHEMA_VERSION) {
            // Tables of an older shape (or none yet): drop them; the catch-up rebuilds them.
            let mut drop: Vec<String> = TABLES
                .iter()
                .map(|t| format!("DROP TABLE IF EXISTS {t}"))
                .collect();
            drop.push(format!(
                "DELETE FROM projection_checkpoints WHERE name = '{NAME}'"
            ));
            let drop: Vec<&str> = drop.iter().map(String::as_str).collect();
            db.execute_all(&drop).await?;
        }
        db.execute_all(SCHEMA).await?;
        db.execute_all(super::staff::SCHEMA).await?;
        db.execute_all(&[&format!(
            "INSERT INTO projection_checkpoints (name, position) VALUES ('schema', {SCHEMA_VERSION}) ON CONFLICT (name) DO UPDATE SET position = {SCHEMA_VERSION}"
        )])
        .await?;
        let catalogue = Self {
            db,
            sessions: Arc::default(),
            listing: Arc::default(),
            generation: Arc::default(),
        };
        catalogue.reload_sessions().await?;
        Ok(catalogue)
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

    /// Drops the catalogue's rows and sets its checkpoint back to the start of the log.
    pub async fn reset(&self) -> Result<(), ProjectionError> {
        let guard = Statement::new(
            "UPDATE projection_checkpoints SET position = 0 WHERE name = $1",
            vec![NAME.into()],
        );
        let statements = vec![
            Statement::new("DELETE FROM catalogue_bookings", vec![]),
            Statement::new("DELETE FROM catalogue_feedback", vec![]),
            Statement::new("DELETE FROM catalogue_calls", vec![]),
            Statement::new("DELETE FROM catalogue_walk_ins", vec![]),
            Statement::new("DELETE FROM staff_accounts", vec![]),
            Statement::new("DELETE FROM staff_ambassadors", vec![]),
            Statement::new("DELETE FROM staff_outreach", vec![]),
            Statement::new("DELETE FROM staff_principles", vec![]),
            Statement::new("DELETE FROM staff_ideas", vec![]),
            Statement::new("DELETE FROM catalogue_sessions", vec![]),
        ];
        self.db.write_guarded(guard, statements).await?;
        self.sessions
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.changed();
        Ok(())
    }

    pub async fn checkpoint(&self) -> Result<u64, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT position FROM projection_checkpoints WHERE name = $1",
                vec![NAME.into()],
            )
            .await?;
        Ok(rows
            .first()
            .and_then(|r| r.first())
            .map_or(0, |v| u64::try_from(v.int()).unwrap_or(0)))
    }

    /// Applies events and moves the checkpoint from `from` to `last`, all in one transaction.
    /// Returns false, having applied nothing, when the checkpoint was no longer at `from`
    /// (another process applied these events first).
    pub async fn apply_batch(
        &self,
        events: &[(u64, &str, &str, LoggedEvent)],
        from: u64,
        last: u64,
    ) -> Result<bool, ProjectionError> {
        let mut fold = Fold::default();
        let mut staff = Vec::new();
        for (position, stream_id, recorded_at, event) in events {
            let position = i64::try_from(*position).unwrap_or(i64::MAX);
            match event {
                LoggedEvent::Session(event) => {
                    fold.apply(&self.db, session_id_of(stream_id), position, event)
                        .await?
                }
                other => super::staff::fold(position, stream_id, recorded_at, other, &mut staff),
            }
        }
        let mut statements = fold.statements();
        statements.extend(staff);
        // The checkpoint moves first, as a compare-and-set: it keeps two processes from
        // applying the same events twice.
        let guard = Statement::new(
            "UPDATE projection_checkpoints SET position = $1 WHERE name = $2 AND position = $3",
            vec![
                i64::try_from(last).unwrap_or(i64::MAX).into(),
                NAME.into(),
                i64::try_from(from).unwrap_or(i64::MAX).into(),
            ],
        );
        let committed = self.db.write_guarded(guard, statements).await?;
        if committed {
            fold.update_memory(
                &mut self
                    .sessions
                    .write()
                    .unwrap_or_else(PoisonError::into_inner),
            );
            self.changed();
        } else {
            self.reload_sessions().await?;
        }
        Ok(committed)
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

    /// A session's roster in order of registration, with its feedback summary.
    pub async fn roster(&self, id: &str) -> Result<Option<Roster>, ProjectionError> {
        let Some(session) = self.session(id).await? else {
            return Ok(None);
        };
        let rows = self
            .db
            .query(
                "SELECT code, name, contact, channel, needs, status, attendance, checked_in FROM catalogue_bookings WHERE session_id = $1 ORDER BY queued_at",
                vec![id.into()],
            )
            .await?;
        let entries = rows
            .iter()
            .filter_map(|r| {
                let [code, name, contact, channel, needs, status, attendance, checked_in] =
                    r.as_slice()
                else {
                    return None;
                };
                Some(RosterEntry {
                    booking_code: BookingCode::parse(code.text()).ok()?.to_string(),
                    name: name.text().to_owned(),
                    contact: serde_json::from_str(contact.text()).ok()?,
                    channel: serde_json::from_value(serde_json::Value::String(
                        channel.text().to_owned(),
                    ))
                    .ok()?,
                    needs: needs
                        .text()
                        .split(',')
                        .filter_map(|n| Need::ALL.into_iter().find(|x| x.slug() == n))
                        .collect(),
                    status: BookingStatus::parse(status.text())?,
                    attendance: match attendance.text() {
                        "attended" => Some(Attendance::Attended),
                        "no-show" => Some(Attendance::NoShow),
                        _ => None,
                    },
                    checked_in: source_of(checked_in),
                })
            })
            .collect();
        let feedback_rows = self
            .db
            .query(
                "SELECT rating, helped, comment, source FROM catalogue_feedback WHERE session_id = $1 ORDER BY code",
                vec![id.into()],
            )
            .await?;
        let mut feedback = FeedbackSummary::default();
        for row in &feedback_rows {
            let [rating, helped, comment, source] = row.as_slice() else {
                continue;
            };
            feedback.responses += 1;
            if source_of(source) == Some(Source::Paper) {
                feedback.from_paper += 1;
            }
            if let Some(slot) = usize::try_from(rating.int() - 1)
                .ok()
                .and_then(|i| feedback.ratings.get_mut(i))
            {
                *slot += 1;
            }
            match helped.text() {
                "yes" => feedback.helped_yes += 1,
                "partly" => feedback.helped_partly += 1,
                _ => feedback.helped_no += 1,
            }
            if *comment != Value::Null {
                feedback.comments.push(comment.text().to_owned());
            }
        }
        Ok(Some(Roster {
            cancelled: session.cancelled,
            session,
            entries,
            feedback,
            walk_ins: self.walk_ins(id).await?,
        }))
    }

    /// The people who came to session `id` without a booking, in order of arrival.
    async fn walk_ins(&self, id: &str) -> Result<Vec<WalkInEntry>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT first_name, district, source FROM catalogue_walk_ins WHERE session_id = $1 ORDER BY position",
                vec![id.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [first_name, district, source] = r.as_slice() else {
                    return None;
                };
                Some(WalkInEntry {
                    first_name: first_name.text().to_owned(),
                    district: (*district != Value::Null).then(|| district.text().to_owned()),
                    source: source_of(source)?,
                })
            })
            .collect())
    }

    /// Who is expected at the door of session `id` (confirmed seats) and who came.
    pub async fn door(&self, id: &str) -> Result<Option<DoorView>, ProjectionError> {
        let Some(session) = self.session(id).await? else {
            return Ok(None);
        };
        let rows = self
            .db
            .query(
                "SELECT code, name, attendance, checked_in FROM catalogue_bookings WHERE session_id = $1 AND status = 'confirmed' ORDER BY queued_at",
                vec![id.into()],
            )
            .await?;
        let expected: Vec<DoorEntry> = rows
            .iter()
            .filter_map(|r| {
                let [code, name, attendance, checked_in] = r.as_slice() else {
                    return None;
                };
                Some(DoorEntry {
                    booking_code: BookingCode::parse(code.text()).ok()?.to_string(),
                    name: name.text().to_owned(),
                    checked_in: source_of(checked_in),
                    attended: attendance.text() == "attended",
                })
            })
            .collect();
        let walk_ins = self.walk_ins(id).await?;
        let came = expected.iter().filter(|e| e.attended).count() + walk_ins.len();
        Ok(Some(DoorView {
            session,
            expected,
            walk_ins,
            present: u32::try_from(came).unwrap_or(u32::MAX),
        }))
    }

    /// The confirmed bookings of session `id` whose names are close to `written` (a line of
    /// the paper sign-in sheet), closest first.
    pub async fn proposals(
        &self,
        id: &str,
        written: &str,
    ) -> Result<Vec<MatchProposal>, ProjectionError> {
        let Some(door) = self.door(id).await? else {
            return Ok(Vec::new());
        };
        let mut found: Vec<(usize, MatchProposal)> = door
            .expected
            .into_iter()
            .filter_map(|e| {
                let distance = crate::domain::names::distance(written, &e.name)?;
                Some((
                    distance,
                    MatchProposal {
                        booking_code: e.booking_code,
                        name: e.name,
                        attended: e.attended,
                    },
                ))
            })
            .collect();
        found.sort_by_key(|(distance, _)| *distance);
        Ok(found.into_iter().map(|(_, p)| p).collect())
    }

    pub async fn session(&self, id: &str) -> Result<Option<SessionSummary>, ProjectionError> {
        let sessions = self.sessions.read().unwrap_or_else(PoisonError::into_inner);
        Ok(sessions.get(id).map(Entry::summary))
    }

    /// Whether any booking, in any session, holds this code.
    pub async fn code_in_use(&self, code: &BookingCode) -> Result<bool, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT 1 FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        Ok(!rows.is_empty())
    }

    /// The session a booking belongs to.
    pub async fn session_of_booking(
        &self,
        code: &BookingCode,
    ) -> Result<Option<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT session_id FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        Ok(rows
            .first()
            .and_then(|r| r.first())
            .map(|v| v.text().to_owned()))
    }

    /// The ids of the sessions that ended before `epoch`.
    pub async fn sessions_ended_before(&self, epoch: i64) -> Result<Vec<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT id FROM catalogue_sessions WHERE ends_epoch < $1 ORDER BY ends_epoch",
                vec![epoch.into()],
            )
            .await?;
        Ok(rows.iter().map(|r| r[0].text().to_owned()).collect())
    }

    /// Bookings (code, session id, whether erased) of sessions that ended before `epoch`, and
    /// every erased booking: what the retention rule erases, or makes sure is erased (its
    /// key gone).
    pub async fn bookings_for_retention(
        &self,
        epoch: i64,
    ) -> Result<Vec<(BookingCode, String, bool)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT b.code, b.session_id, b.name FROM catalogue_bookings b JOIN catalogue_sessions s ON s.id = b.session_id WHERE s.ends_epoch < $1 OR b.name = $2 ORDER BY s.ends_epoch",
                vec![epoch.into(), teilhabe_events::ERASED.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let code = BookingCode::parse(r[0].text()).ok()?;
                let erased = r[2].text() == teilhabe_events::ERASED;
                Some((code, r[1].text().to_owned(), erased))
            })
            .collect())
    }

    /// Walk-ins (session id, walk-in id, whether erased) of sessions that ended before
    /// `epoch`, and every erased walk-in: what the retention rule erases, or makes sure is
    /// erased.
    pub async fn walk_ins_for_retention(
        &self,
        epoch: i64,
    ) -> Result<Vec<(String, String, bool)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT w.session_id, w.walk_in_id, w.first_name FROM catalogue_walk_ins w JOIN catalogue_sessions s ON s.id = w.session_id WHERE s.ends_epoch < $1 OR w.first_name = $2 ORDER BY s.ends_epoch, w.position",
                vec![epoch.into(), teilhabe_events::ERASED.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| match r.as_slice() {
                [session, walk_in, name] => Some((
                    session.text().to_owned(),
                    walk_in.text().to_owned(),
                    name.text() == teilhabe_events::ERASED,
                )),
                _ => None,
            })
            .collect())
    }

    /// The booking with this code as its holder sees it at `now_epoch` (seconds).
    pub async fn booking(
        &self,
        code: &BookingCode,
        now_epoch: i64,
    ) -> Result<Option<BookingView>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT session_id, name, status, queued_at FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        let Some([session_id, name, status, queued_at]) = rows.first().map(Vec::as_slice) else {
            return Ok(None);
        };
        let status = BookingStatus::parse(status.text()).unwrap_or(BookingStatus::Cancelled);
        let Some(session) = self.session(session_id.text()).await? else {
            return Ok(None);
        };
        let waitlist_position = if status == BookingStatus::Waitlisted {
            let ahead = self
                .db
                .query(
                    "SELECT COUNT(*) FROM catalogue_bookings WHERE session_id = $1 AND status = 'waitlisted' AND queued_at <= $2",
                    vec![session_id.clone(), queued_at.clone()],
                )
                .await?;
            ahead
                .first()
                .and_then(|r| r.first())
                .and_then(|v| u32::try_from(v.int()).ok())
        } else {
            None
        };
        let feedback = if status != BookingStatus::Confirmed {
            FeedbackStatus::NotPossible
        } else if now_epoch < session.ends_at.timestamp() {
            FeedbackStatus::NotYet
        } else if self
            .db
            .query(
                "SELECT 1 FROM catalogue_feedback WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?
            .is_empty()
        {
            FeedbackStatus::Open
        } else {
            FeedbackStatus::Given
        };
        Ok(Some(BookingView {
            booking_code: code.to_string(),
            status,
            waitlist_position,
            name: name.text().to_owned(),
            session,
            feedback,
        }))
    }
}

/// A batch of events folded in memory, then written with few statements: new rows in
/// multi-row inserts, counters as one update per session. This is what makes a rebuild fast.
#[derive(Default)]
struct Fold {
    sessions: Vec<Entry>,
    /// Change of (confirmed, waitlisted) per session.
    counts: HashMap<String, (i64, i64)>,
    /// Bookings first seen in this batch, in order.
    new_bookings: Vec<NewBooking>,
    new_index: HashMap<String, usize>,
    /// New status of bookings written by earlier batches.
    changed: HashMap<String, &'static str>,
    feedback: Vec<Statement>,
    /// Changes to sessions and bookings after they were inserted, in order.
    updates: Vec<Statement>,
    /// The same changes, for the sessions kept in memory.
    session_changes: Vec<(String, SessionChange)>,
    /// Messages to send because of these events (see `crate::mail`).
    notices: Vec<Statement>,
}

enum SessionChange {
    Rescheduled(
        chrono::DateTime<chrono::FixedOffset>,
        chrono::DateTime<chrono::FixedOffset>,
    ),
    Capacity(u32),
    Cancelled,
}

struct NewBooking {
    code: String,
    session: String,
    name: String,
    status: &'static str,
    queued_at: i64,
    contact: String,
    channel: &'static str,
    needs: String,
    locale: Option<String>,
}

/// A check-in source as stored (its slug), or none.
fn source_of(value: &Value) -> Option<Source> {
    match value.text() {
        "door" => Some(Source::Door),
        "paper" => Some(Source::Paper),
        _ => None,
    }
}

/// Needs as stored: their slugs joined by commas.
fn needs_text(needs: &[Need]) -> String {
    needs.iter().map(|n| n.slug()).collect::<Vec<_>>().join(",")
}

fn status_name(s: &str) -> Option<&'static str> {
    match s {
        "confirmed" => Some("confirmed"),
        "waitlisted" => Some("waitlisted"),
        "cancelled" => Some("cancelled"),
        _ => None,
    }
}

impl Fold {
    /// The current status of a booking: from this batch, or from the database.
    async fn status(
        &self,
        db: &ReadDb,
        code: &str,
    ) -> Result<Option<&'static str>, ProjectionError> {
        if let Some(i) = self.new_index.get(code) {
            return Ok(Some(self.new_bookings[*i].status));
        }
        if let Some(status) = self.changed.get(code) {
            return Ok(Some(status));
        }
        let rows = db
            .query(
                "SELECT status FROM catalogue_bookings WHERE code = $1",
                vec![code.into()],
            )
            .await?;
        Ok(rows
            .first()
            .and_then(|r| r.first())
            .and_then(|v| status_name(v.text())))
    }

    fn set_status(&mut self, code: &str, status: &'static str) {
        match self.new_index.get(code) {
            Some(i) => self.new_bookings[*i].status = status,
            None => {
                self.changed.insert(code.to_owned(), status);
            }
        }
    }

    fn count(&mut self, session: &str, confirmed: i64, waitlisted: i64) {
        let entry = self.counts.entry(session.to_owned()).or_default();
        entry.0 += confirmed;
        entry.1 += waitlisted;
    }

    async fn apply(
        &mut self,
        db: &ReadDb,
        session: &str,
        position: i64,
        event: &SessionEvent,
    ) -> Result<(), ProjectionError> {
        match event {
            SessionEvent::SessionScheduled(d) => self.sessions.push(Entry {
                summary: SessionSummary {
                    id: session.to_owned(),
                    title: d.title.clone(),
                    topic: d.topic,
                    venue: d.venue.clone(),
                    district: d.district.clone(),
                    starts_at: d.starts_at,
                    ends_at: d.ends_at,
                    capacity: d.capacity,
                    seats_left: d.capacity,
                    waitlist_length: 0,
                    cancelled: false,
                    drop_in: d.drop_in,
                },
                confirmed: 0,
                waitlisted: 0,
            }),
            SessionEvent::ParticipantRegistered {
                booking_code,
                name,
                contact,
                channel,
                needs,
                locale,
                ..
            }
            | SessionEvent::ParticipantWaitlisted {
                booking_code,
                name,
                contact,
                channel,
                needs,
                locale,
                ..
            } => {
                let code = booking_code.as_str();
                if self.new_index.contains_key(code) {
                    return Ok(());
                }
                let confirmed = matches!(event, SessionEvent::ParticipantRegistered { .. });
                self.new_index
                    .insert(code.to_owned(), self.new_bookings.len());
                self.new_bookings.push(NewBooking {
                    code: code.to_owned(),
                    session: session.to_owned(),
                    name: name.as_str().to_owned(),
                    status: if confirmed { "confirmed" } else { "waitlisted" },
                    queued_at: position,
                    contact: serde_json::to_string(contact).unwrap_or_default(),
                    channel: channel.slug(),
                    needs: needs_text(needs),
                    locale: locale.clone(),
                });
                if matches!(contact, teilhabe_events::Contact::Email(_)) {
                    let kind = if confirmed {
                        Notice::BookingConfirmed
                    } else {
                        Notice::BookingWaitlisted
                    };
                    self.notices.push(notice(position, kind, code, ""));
                }
                if confirmed {
                    self.count(session, 1, 0);
                } else {
                    self.count(session, 0, 1);
                }
            }
            SessionEvent::RegistrationCancelled { booking_code } => {
                let code = booking_code.as_str();
                match self.status(db, code).await? {
                    Some("confirmed") => self.count(session, -1, 0),
                    Some("waitlisted") => self.count(session, 0, -1),
                    _ => return Ok(()),
                }
                self.set_status(code, "cancelled");
            }
            SessionEvent::ParticipantPromoted { booking_code } => {
                let code = booking_code.as_str();
                if self.status(db, code).await? == Some("waitlisted") {
                    self.count(session, 1, -1);
                    self.set_status(code, "confirmed");
                    self.notices
                        .push(notice(position, Notice::BookingPromoted, code, ""));
                }
            }
            SessionEvent::FeedbackGiven {
                booking_code,
                feedback,
            } => self.feedback.push(Statement::new(
                "INSERT INTO catalogue_feedback (code, session_id, rating, helped, next_topic, comment) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
                vec![
                    booking_code.as_str().into(),
                    session.into(),
                    i64::from(feedback.rating.value()).into(),
                    feedback.helped.slug().into(),
                    feedback.next_topic.map(Topic::slug).into(),
                    feedback.comment.as_ref().map(|c| c.as_str()).into(),
                ],
            )),
            SessionEvent::AttendanceRecorded {
                booking_code,
                attendance,
            } => self.updates.push(Statement::new(
                "UPDATE catalogue_bookings SET attendance = $1 WHERE code = $2",
                vec![attendance.slug().into(), booking_code.as_str().into()],
            )),
            SessionEvent::ParticipantCheckedIn {
                booking_code,
                source,
            } => self.updates.push(Statement::new(
                "UPDATE catalogue_bookings SET attendance = 'attended', checked_in = $1 WHERE code = $2",
                vec![source.slug().into(), booking_code.as_str().into()],
            )),
            SessionEvent::WalkInCheckedIn {
                walk_in_id,
                first_name,
                district,
                source,
            } => self.updates.push(Statement::new(
                "INSERT INTO catalogue_walk_ins (session_id, walk_in_id, position, first_name, district, source) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id, walk_in_id) DO NOTHING",
                vec![
                    session.into(),
                    walk_in_id.as_str().into(),
                    position.into(),
                    first_name.as_str().into(),
                    district.as_deref().into(),
                    source.slug().into(),
                ],
            )),
            SessionEvent::FeedbackCardRecorded { source, feedback } => {
                // Cards are anonymous: each gets a key of its own that no booking code can be.
                self.feedback.push(Statement::new(
                    "INSERT INTO catalogue_feedback (code, session_id, rating, helped, next_topic, comment, source) VALUES ($1, $2, $3, $4, NULL, NULL, $5) ON CONFLICT (code) DO NOTHING",
                    vec![
                        format!("card-{position}").into(),
                        session.into(),
                        i64::from(feedback.rating.value()).into(),
                        feedback.helped.slug().into(),
                        source.slug().into(),
                    ],
                ))
            }
            SessionEvent::SessionRescheduled { starts_at, ends_at } => {
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET starts_at = $1, ends_at = $2, starts_epoch = $3, ends_epoch = $4 WHERE id = $5",
                    vec![
                        starts_at.to_rfc3339().into(),
                        ends_at.to_rfc3339().into(),
                        starts_at.timestamp().into(),
                        ends_at.timestamp().into(),
                        session.into(),
                    ],
                ));
                self.session_changes.push((
                    session.to_owned(),
                    SessionChange::Rescheduled(*starts_at, *ends_at),
                ));
                self.notices
                    .push(notice(position, Notice::SessionRescheduled, session, ""));
            }
            SessionEvent::CapacityChanged { capacity } => {
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET capacity = $1 WHERE id = $2",
                    vec![i64::from(*capacity).into(), session.into()],
                ));
                self.session_changes
                    .push((session.to_owned(), SessionChange::Capacity(*capacity)));
            }
            SessionEvent::CallRecorded {
                booking_code,
                call,
                result,
            } => {
                let result = match result {
                    teilhabe_events::CallResult::Reached => "reached",
                    teilhabe_events::CallResult::NotReached => "not-reached",
                    teilhabe_events::CallResult::LeftMessage => "left-message",
                };
                self.updates.push(Statement::new(
                    "INSERT INTO catalogue_calls (call, code, result, attempts) VALUES ($1, $2, $3, 1) ON CONFLICT (call, code) DO UPDATE SET result = excluded.result, attempts = catalogue_calls.attempts + 1",
                    vec![call.as_str().into(), booking_code.as_str().into(), result.into()],
                ));
            }
            SessionEvent::PersonalDataErased { booking_code } => {
                let code = booking_code.as_str();
                let none = serde_json::to_string(&teilhabe_events::Contact::None)
                    .unwrap_or_default();
                if let Some(i) = self.new_index.get(code) {
                    let booking = &mut self.new_bookings[*i];
                    booking.name = teilhabe_events::ERASED.to_owned();
                    booking.contact = none.clone();
                    booking.needs = String::new();
                }
                self.updates.push(Statement::new(
                    "UPDATE catalogue_bookings SET name = $1, contact = $2, needs = '' WHERE code = $3",
                    vec![teilhabe_events::ERASED.into(), none.into(), code.into()],
                ));
                // Mail not sent yet goes with the person (after the rows this batch wrote).
                self.notices.push(Statement::new(
                    "DELETE FROM outbox WHERE subject = $1 AND status <> 'sent'",
                    vec![code.into()],
                ));
                self.updates.push(Statement::new(
                    "UPDATE catalogue_feedback SET comment = NULL WHERE code = $1",
                    vec![code.into()],
                ));
            }
            SessionEvent::WalkInDataErased { walk_in_id } => self.updates.push(Statement::new(
                "UPDATE catalogue_walk_ins SET first_name = $1 WHERE session_id = $2 AND walk_in_id = $3",
                vec![
                    teilhabe_events::ERASED.into(),
                    session.into(),
                    walk_in_id.as_str().into(),
                ],
            )),
            SessionEvent::SessionCancelled { reason } => {
                self.notices
                    .push(notice(position, Notice::SessionCancelled, session, reason));
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET cancelled = 1 WHERE id = $1",
                    vec![session.into()],
                ));
                self.session_changes
                    .push((session.to_owned(), SessionChange::Cancelled));
            }
        }
        Ok(())
    }

    fn statements(&self) -> Vec<Statement> {
        let mut out = Vec::new();
        for e in &self.sessions {
            let s = &e.summary;
            out.push(Statement::new(
                "INSERT INTO catalogue_sessions (id, title, topic, venue, district, starts_at, ends_at, starts_epoch, ends_epoch, capacity, confirmed, waitlisted, drop_in)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11) ON CONFLICT (id) DO NOTHING",
                vec![
                    s.id.clone().into(),
                    s.title.clone().into(),
                    s.topic.slug().into(),
                    s.venue.clone().into(),
                    s.district.clone().into(),
                    s.starts_at.to_rfc3339().into(),
                    s.ends_at.to_rfc3339().into(),
                    s.starts_at.timestamp().into(),
                    s.ends_at.timestamp().into(),
                    i64::from(s.capacity).into(),
                    i64::from(s.drop_in).into(),
                ],
            ));
        }
        for chunk in self.new_bookings.chunks(ROWS_PER_INSERT) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let p = i * 9;
                    let n: Vec<String> = (1..=9).map(|k| format!("${}", p + k)).collect();
                    format!("({})", n.join(", "))
                })
                .collect();
            let params = chunk
                .iter()
                .flat_map(|b| {
                    [
                        Value::from(b.code.as_str()),
                        b.session.as_str().into(),
                        b.name.as_str().into(),
                        b.status.into(),
                        b.queued_at.into(),
                        b.contact.as_str().into(),
                        b.channel.into(),
                        b.needs.as_str().into(),
                        b.locale.as_deref().into(),
                    ]
                })
                .collect();
            out.push(Statement::new(
                format!(
                    "INSERT INTO catalogue_bookings (code, session_id, name, status, queued_at, contact, channel, needs, locale) VALUES {} ON CONFLICT (code) DO NOTHING",
                    values.join(", ")
                ),
                params,
            ));
        }
        for (code, status) in &self.changed {
            out.push(Statement::new(
                "UPDATE catalogue_bookings SET status = $1 WHERE code = $2",
                vec![(*status).into(), code.as_str().into()],
            ));
        }
        out.extend(self.feedback.iter().cloned());
        for (session, (confirmed, waitlisted)) in &self.counts {
            out.push(Statement::new(
                "UPDATE catalogue_sessions SET confirmed = confirmed + $1, waitlisted = waitlisted + $2 WHERE id = $3",
                vec![(*confirmed).into(), (*waitlisted).into(), session.as_str().into()],
            ));
        }
        out.extend(self.updates.iter().cloned());
        out.extend(self.notices.iter().cloned());
        out
    }

    fn update_memory(self, sessions: &mut HashMap<String, Entry>) {
        for e in self.sessions {
            sessions.entry(e.summary.id.clone()).or_insert(e);
        }
        for (id, (confirmed, waitlisted)) in self.counts {
            if let Some(e) = sessions.get_mut(&id) {
                e.confirmed += confirmed;
                e.waitlisted += waitlisted;
            }
        }
        for (id, change) in self.session_changes {
            if let Some(e) = sessions.get_mut(&id) {
                match change {
                    SessionChange::Rescheduled(starts_at, ends_at) => {
                        e.summary.starts_at = starts_at;
                        e.summary.ends_at = ends_at;
                    }
                    SessionChange::Capacity(capacity) => e.summary.capacity = capacity,
                    SessionChange::Cancelled => e.summary.cancelled = true,
                }
            }
        }
    }
}

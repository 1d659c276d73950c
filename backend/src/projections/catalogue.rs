//! The course catalogue (sessions with seats left) and the booking-code index.

use super::ProjectionError;
use sqlx::any::AnyRow;
use sqlx::{AnyPool, Executor, Row};
use std::collections::HashMap;
use teilhabe_events::api::{BookingStatus, BookingView, SessionSummary};
use teilhabe_events::{BookingCode, SessionEvent, Topic};

/// The read model's name (checkpoint key, CLI and metrics label).
pub const NAME: &str = "catalogue";

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, position BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS catalogue_sessions (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, topic TEXT NOT NULL, venue TEXT NOT NULL,
        district TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL,
        starts_epoch BIGINT NOT NULL, ends_epoch BIGINT NOT NULL, capacity BIGINT NOT NULL,
        confirmed BIGINT NOT NULL, waitlisted BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS catalogue_bookings (
        code TEXT PRIMARY KEY, session_id TEXT NOT NULL, name TEXT NOT NULL,
        status TEXT NOT NULL, queued_at BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS catalogue_bookings_queue ON catalogue_bookings (session_id, status, queued_at)",
];

/// Where the catalogue lives; cheap to clone.
#[derive(Clone, Debug)]
pub struct Catalogue {
    pool: AnyPool,
}

/// The stream id of a session's events.
pub fn session_stream(id: &str) -> String {
    format!("session-{id}")
}

fn session_id_of(stream_id: &str) -> &str {
    stream_id.strip_prefix("session-").unwrap_or(stream_id)
}

const SESSION_COLUMNS: &str =
    "id, title, topic, venue, district, starts_at, ends_at, capacity, confirmed, waitlisted";

fn summary(row: &AnyRow) -> Result<SessionSummary, ProjectionError> {
    let topic: String = row.try_get("topic")?;
    let parse_time = |name: &str| -> Result<_, ProjectionError> {
        let text: String = row.try_get(name)?;
        chrono::DateTime::parse_from_rfc3339(&text)
            .map_err(|e| ProjectionError::Database(sqlx::Error::Decode(e.into())))
    };
    let count = |name: &str| -> Result<u32, ProjectionError> {
        let n: i64 = row.try_get(name)?;
        Ok(u32::try_from(n).unwrap_or_default())
    };
    let capacity = count("capacity")?;
    let confirmed = count("confirmed")?;
    Ok(SessionSummary {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        topic: serde_json::from_value(serde_json::Value::String(topic))
            .unwrap_or(Topic::SmartphoneBasics),
        venue: row.try_get("venue")?,
        district: row.try_get("district")?,
        starts_at: parse_time("starts_at")?,
        ends_at: parse_time("ends_at")?,
        capacity,
        seats_left: capacity.saturating_sub(confirmed),
        waitlist_length: count("waitlisted")?,
    })
}

impl Catalogue {
    pub async fn open(pool: AnyPool) -> Result<Self, ProjectionError> {
        for statement in SCHEMA {
            pool.execute(*statement).await?;
        }
        sqlx::query(
            "INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING",
        )
        .bind(NAME)
        .execute(&pool)
        .await?;
        Ok(Self { pool })
    }

    /// Drops the catalogue's rows and sets its checkpoint back to the start of the log.
    pub async fn reset(&self) -> Result<(), ProjectionError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM catalogue_bookings")
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM catalogue_sessions")
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE projection_checkpoints SET position = 0 WHERE name = $1")
            .bind(NAME)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn checkpoint(&self) -> Result<u64, ProjectionError> {
        let position: Option<i64> =
            sqlx::query_scalar("SELECT position FROM projection_checkpoints WHERE name = $1")
                .bind(NAME)
                .fetch_optional(&self.pool)
                .await?;
        Ok(position.and_then(|p| u64::try_from(p).ok()).unwrap_or(0))
    }

    /// Applies events and moves the checkpoint from `from` to `last`, all in one transaction.
    /// Returns false, having applied nothing, when the checkpoint was no longer at `from`
    /// (another process applied these events first).
    pub async fn apply_batch(
        &self,
        events: &[(u64, &str, SessionEvent)],
        from: u64,
        last: u64,
    ) -> Result<bool, ProjectionError> {
        let mut tx = self.pool.begin().await?;
        // The checkpoint is moved first, as a compare-and-set: on SQLite a transaction that
        // reads before it writes fails at once with "database is locked" when another
        // connection wrote in between (the busy timeout does not cover that upgrade), while one
        // that writes first waits its turn; and the condition keeps two processes from
        // applying the same events twice.
        let moved = sqlx::query(
            "UPDATE projection_checkpoints SET position = $1 WHERE name = $2 AND position = $3",
        )
        .bind(i64::try_from(last).unwrap_or(i64::MAX))
        .bind(NAME)
        .bind(i64::try_from(from).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if moved != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        let mut fold = Fold::default();
        for (position, stream_id, event) in events {
            let session = session_id_of(stream_id);
            let position = i64::try_from(*position).unwrap_or(i64::MAX);
            fold.apply(&mut tx, session, position, event).await?;
        }
        fold.write(&mut tx).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Sessions that have not ended by `now`, soonest first.
    pub async fn upcoming(&self, now_epoch: i64) -> Result<Vec<SessionSummary>, ProjectionError> {
        let rows = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS} FROM catalogue_sessions WHERE ends_epoch > $1 ORDER BY starts_epoch, id"
        ))
        .bind(now_epoch)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(summary).collect()
    }

    pub async fn session(&self, id: &str) -> Result<Option<SessionSummary>, ProjectionError> {
        let row = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS} FROM catalogue_sessions WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(summary).transpose()
    }

    /// Whether any booking, in any session, holds this code.
    pub async fn code_in_use(&self, code: &BookingCode) -> Result<bool, ProjectionError> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT code FROM catalogue_bookings WHERE code = $1")
                .bind(code.as_str())
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    /// The session a booking belongs to.
    pub async fn session_of_booking(
        &self,
        code: &BookingCode,
    ) -> Result<Option<String>, ProjectionError> {
        Ok(
            sqlx::query_scalar("SELECT session_id FROM catalogue_bookings WHERE code = $1")
                .bind(code.as_str())
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn booking(
        &self,
        code: &BookingCode,
    ) -> Result<Option<BookingView>, ProjectionError> {
        let Some(row) = sqlx::query(
            "SELECT session_id, name, status, queued_at FROM catalogue_bookings WHERE code = $1",
        )
        .bind(code.as_str())
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let session_id: String = row.try_get("session_id")?;
        let status: String = row.try_get("status")?;
        let status = BookingStatus::parse(&status).unwrap_or(BookingStatus::Cancelled);
        let queued_at: i64 = row.try_get("queued_at")?;
        let Some(session) = self.session(&session_id).await? else {
            return Ok(None);
        };
        let waitlist_position = if status == BookingStatus::Waitlisted {
            let ahead: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM catalogue_bookings WHERE session_id = $1 AND status = 'waitlisted' AND queued_at <= $2",
            )
            .bind(&session_id)
            .bind(queued_at)
            .fetch_one(&self.pool)
            .await?;
            u32::try_from(ahead).ok()
        } else {
            None
        };
        Ok(Some(BookingView {
            booking_code: code.to_string(),
            status,
            waitlist_position,
            name: row.try_get("name")?,
            session,
        }))
    }
}

/// A batch of events folded in memory, then written with few statements: new rows in
/// multi-row inserts, counters as one update per session. This is what makes a rebuild fast.
#[derive(Default)]
struct Fold {
    sessions: Vec<(String, teilhabe_events::SessionDetails)>,
    /// Change of (confirmed, waitlisted) per session.
    counts: HashMap<String, (i64, i64)>,
    /// Bookings first seen in this batch, in order: code → row.
    new_bookings: Vec<(String, NewBooking)>,
    new_index: HashMap<String, usize>,
    /// New status of bookings written by earlier batches.
    changed: HashMap<String, &'static str>,
}

struct NewBooking {
    session: String,
    name: String,
    status: &'static str,
    queued_at: i64,
}

/// Rows per multi-row insert (5 parameters each keeps well inside both databases' limits).
const ROWS_PER_INSERT: usize = 500;

impl Fold {
    /// The current status of a booking: from this batch, or from the database.
    async fn status(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        code: &str,
    ) -> Result<Option<&'static str>, ProjectionError> {
        if let Some(i) = self.new_index.get(code) {
            return Ok(Some(self.new_bookings[*i].1.status));
        }
        if let Some(status) = self.changed.get(code) {
            return Ok(Some(status));
        }
        let stored: Option<String> =
            sqlx::query_scalar("SELECT status FROM catalogue_bookings WHERE code = $1")
                .bind(code)
                .fetch_optional(&mut **tx)
                .await?;
        Ok(stored.and_then(|s| match s.as_str() {
            "confirmed" => Some("confirmed"),
            "waitlisted" => Some("waitlisted"),
            "cancelled" => Some("cancelled"),
            _ => None,
        }))
    }

    fn set_status(&mut self, code: &str, status: &'static str) {
        match self.new_index.get(code) {
            Some(i) => self.new_bookings[*i].1.status = status,
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
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        session: &str,
        position: i64,
        event: &SessionEvent,
    ) -> Result<(), ProjectionError> {
        match event {
            SessionEvent::SessionScheduled(details) => {
                self.sessions.push((session.to_owned(), details.clone()));
            }
            SessionEvent::ParticipantRegistered {
                booking_code, name, ..
            }
            | SessionEvent::ParticipantWaitlisted {
                booking_code, name, ..
            } => {
                let code = booking_code.as_str();
                if self.new_index.contains_key(code) {
                    return Ok(());
                }
                let status = match event {
                    SessionEvent::ParticipantRegistered { .. } => "confirmed",
                    _ => "waitlisted",
                };
                self.new_index.insert(code.to_owned(), self.new_bookings.len());
                self.new_bookings.push((
                    code.to_owned(),
                    NewBooking {
                        session: session.to_owned(),
                        name: name.as_str().to_owned(),
                        status,
                        queued_at: position,
                    },
                ));
                if status == "confirmed" {
                    self.count(session, 1, 0);
                } else {
                    self.count(session, 0, 1);
                }
            }
            SessionEvent::RegistrationCancelled { booking_code } => {
                let code = booking_code.as_str();
                match self.status(tx, code).await? {
                    Some("confirmed") => self.count(session, -1, 0),
                    Some("waitlisted") => self.count(session, 0, -1),
                    _ => return Ok(()),
                }
                self.set_status(code, "cancelled");
            }
            SessionEvent::ParticipantPromoted { booking_code } => {
                let code = booking_code.as_str();
                if self.status(tx, code).await? == Some("waitlisted") {
                    self.count(session, 1, -1);
                    self.set_status(code, "confirmed");
                }
            }
        }
        Ok(())
    }

    async fn write(self, tx: &mut sqlx::Transaction<'_, sqlx::Any>) -> Result<(), ProjectionError> {
        for (id, d) in &self.sessions {
            sqlx::query(
                "INSERT INTO catalogue_sessions (id, title, topic, venue, district, starts_at, ends_at, starts_epoch, ends_epoch, capacity, confirmed, waitlisted)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0) ON CONFLICT (id) DO NOTHING",
            )
            .bind(id)
            .bind(&d.title)
            .bind(d.topic.slug())
            .bind(&d.venue)
            .bind(&d.district)
            .bind(d.starts_at.to_rfc3339())
            .bind(d.ends_at.to_rfc3339())
            .bind(d.starts_at.timestamp())
            .bind(d.ends_at.timestamp())
            .bind(i64::from(d.capacity))
            .execute(&mut **tx)
            .await?;
        }
        for chunk in self.new_bookings.chunks(ROWS_PER_INSERT) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let p = i * 5;
                    format!("(${}, ${}, ${}, ${}, ${})", p + 1, p + 2, p + 3, p + 4, p + 5)
                })
                .collect();
            let sql = format!(
                "INSERT INTO catalogue_bookings (code, session_id, name, status, queued_at) VALUES {} ON CONFLICT (code) DO NOTHING",
                values.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for (code, b) in chunk {
                query = query
                    .bind(code)
                    .bind(&b.session)
                    .bind(&b.name)
                    .bind(b.status)
                    .bind(b.queued_at);
            }
            query.execute(&mut **tx).await?;
        }
        for (code, status) in &self.changed {
            sqlx::query("UPDATE catalogue_bookings SET status = $1 WHERE code = $2")
                .bind(*status)
                .bind(code)
                .execute(&mut **tx)
                .await?;
        }
        for (session, (confirmed, waitlisted)) in &self.counts {
            sqlx::query(
                "UPDATE catalogue_sessions SET confirmed = confirmed + $1, waitlisted = waitlisted + $2 WHERE id = $3",
            )
            .bind(*confirmed)
            .bind(*waitlisted)
            .bind(session)
            .execute(&mut **tx)
            .await?;
        }
        Ok(())
    }
}

//! The event log: one append-only sequence of events with a gap-free global order, per-stream
//! versions, optimistic concurrency, idempotent commands and a hash chain.

#[cfg(feature = "eventstoredb")]
pub mod eventstoredb;
pub mod hash;
mod plan;
mod postgres;
mod queue;
mod sqlite;
pub mod verify;

/// The instant as the log writes times: UTC with microseconds.
pub fn log_time(instant: chrono::DateTime<chrono::Utc>) -> String {
    instant.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

#[cfg(test)]
mod contract_tests;

pub use postgres::PostgresEventStore;
pub use sqlite::{path_of as sqlite_path, SqliteEventStore};

use std::sync::Arc;

/// Opens the event store a URL names: `sqlite://FILE` (created if missing) or `postgres://…`.
pub async fn open(url: &str) -> Result<Arc<dyn EventStore>, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteEventStore::open(url)?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PostgresEventStore::connect(url).await?))
    } else if url.starts_with("esdb://") || url.starts_with("esdb+discover://") {
        open_eventstoredb(url).await
    } else {
        Err(StoreError::UnsupportedUrl(url.to_owned()))
    }
}

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// An event about to be appended.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    pub event_type: String,
    pub schema_version: u32,
    /// The payload as JSON text.
    pub payload: String,
}

/// Who and what caused a batch of events; stored with each of them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub command_id: String,
    pub correlation_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub causation_id: Option<String>,
    /// A pseudonymous actor id ("resident", "system", a staff id); never a name.
    pub actor: String,
    /// web, phone, in-person, ambassador, system.
    pub channel: String,
    /// The digest of the request that carried the command's idempotency key (method, path,
    /// body): kept with the command beside the log, never in it, and compared when the id
    /// comes again.
    #[serde(skip)]
    pub request_digest: Option<String>,
}

impl Metadata {
    /// Metadata for a new command from `actor` through `channel`, with a fresh id.
    pub fn new_command(actor: &str, channel: &str) -> Self {
        Self::with_command_id(uuid::Uuid::new_v4().to_string(), actor, channel)
    }

    /// Metadata for the command `command_id` (e.g. from an `Idempotency-Key` header).
    pub fn with_command_id(command_id: String, actor: &str, channel: &str) -> Self {
        Self {
            correlation_id: command_id.clone(),
            command_id,
            causation_id: None,
            actor: actor.to_owned(),
            channel: channel.to_owned(),
            request_digest: None,
        }
    }
}

/// One command's share of an append: its events, its metadata, and the answer to give if the
/// same command id arrives again.
#[derive(Clone, Debug, PartialEq)]
pub struct CommandRecord {
    pub metadata: Metadata,
    pub events: Vec<NewEvent>,
    /// The response recorded for the command id (JSON), returned on a repeat.
    pub response: Option<String>,
}

/// Events of one or more commands for one stream, written atomically.
#[derive(Clone, Debug, PartialEq)]
pub struct AppendRequest {
    pub stream_id: String,
    /// The stream's version the commands were decided on (0 for a new stream).
    pub expected_version: u64,
    pub commands: Vec<CommandRecord>,
}

/// Where an append landed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Appended {
    /// Global position of the last event written (the head when nothing was written).
    pub last_position: u64,
    /// The stream's version after the append.
    pub stream_version: u64,
}

/// A command id found in the log, with where it landed and what it answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedCommand {
    /// Global position of the command's last event.
    pub position: u64,
    pub response: String,
}

/// A stream's state kept beside the log (as JSON) at a version of the stream: a cache, never
/// a source of truth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub version: u64,
    pub state: String,
}

/// An event as stored in the log; in JSON (a line of the export), its fields by name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordedEvent {
    /// Global position: 1, 2, 3, … without gaps, in commit order.
    pub position: u64,
    pub stream_id: String,
    /// 1 for the stream's first event.
    pub stream_version: u64,
    pub event_type: String,
    pub schema_version: u32,
    pub payload: String,
    pub metadata: String,
    /// RFC 3339, UTC, microseconds.
    pub recorded_at: String,
    /// SHA-256 (hex) chained to the previous event; see [`hash`].
    pub hash: String,
}

/// What a read of the log answers: events in order, or why they could not be read.
pub type Events = Result<Vec<RecordedEvent>, StoreError>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("stream {stream} is at version {actual}, expected {expected}")]
    Conflict {
        stream: String,
        expected: u64,
        actual: u64,
    },
    #[error("command {0} has already been recorded")]
    DuplicateCommand(String),
    #[error("database error: {0}")]
    Database(sqlx::Error),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported database URL (use sqlite:// or postgres://): {0}")]
    UnsupportedUrl(String),
    #[error("the event store has shut down")]
    Closed,
    /// The database cannot be reached now (refused, lost, shutting down or starting up, no
    /// connection free in time): the request may be tried again shortly.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        if is_unavailable(&err) {
            StoreError::Unavailable(err.to_string())
        } else {
            StoreError::Database(err)
        }
    }
}

impl StoreError {
    /// True when the database could not be reached: worth trying again, not a fault of the
    /// request or of the data.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}

/// Whether a database error means "the database cannot be reached now" rather than "this
/// statement failed": the connection was refused or lost, the server is shutting down or
/// starting up (SQLSTATE class 08, 57P01–57P03), it has no connection slot free (53300), or the
/// pool found no connection in time.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(e) => e.code().is_some_and(|code| {
            code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03" | "53300")
        }),
        _ => false,
    }
}

/// The operations every event store backend offers; one contract test suite checks them all.
#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Appends the commands' events to the stream if it is at the expected version and none of
    /// the command ids was recorded before. Durable when this returns. Concurrent appends are
    /// committed together (group commit).
    async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError>;

    /// Events of one stream with a version greater than `after_version`, oldest first.
    async fn read_stream(&self, stream_id: &str, after_version: u64) -> Events;

    /// Up to `limit` events with a global position greater than `after`, in global order.
    async fn read_all(&self, after: u64, limit: u32) -> Events;

    /// The position of the last event in the log (0 when empty).
    async fn head(&self) -> Result<u64, StoreError>;

    /// The position and hash the log head records for its last event (`None` where the
    /// backend keeps no head of its own); `verify` compares them with the last event's.
    async fn head_hash(&self) -> Result<Option<(u64, String)>, StoreError> {
        Ok(None)
    }

    /// The head, read from the database (a real round trip), if the store can take writes now:
    /// for `/readyz`.
    async fn ready(&self) -> Result<u64, StoreError> {
        self.head().await
    }

    /// The command recorded under this id, if any.
    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError>;

    /// Copies already-recorded events (positions and hashes kept) onto the end of the log; for
    /// migrating between backends and for generated logs. Positions must follow the head.
    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError>;

    /// Notified with the head position after every commit in this process.
    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64>;

    /// The latest snapshot of a stream.
    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<Snapshot>, StoreError>;

    /// Keeps a snapshot of a stream (a newer one is never replaced by an older). Snapshots are
    /// a cache: losing one only makes the next load longer.
    async fn save_snapshot(&self, stream_id: &str, snapshot: Snapshot) -> Result<(), StoreError>;
}

/// Copies every event of `source` onto the end of `target`, positions, hashes and metadata
/// kept (the target checks that they continue its chain); returns how many were copied.
pub async fn copy_log(
    source: &dyn EventStore,
    target: &dyn EventStore,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<u64, StoreError> {
    let mut after = 0;
    loop {
        let page = source.read_all(after, 10_000).await?;
        let Some(last) = page.last().map(|e| e.position) else {
            return Ok(after);
        };
        target.import(&page).await?;
        after = last;
        progress(after);
    }
}

#[cfg(feature = "eventstoredb")]
async fn open_eventstoredb(url: &str) -> Result<Arc<dyn EventStore>, StoreError> {
    Ok(Arc::new(eventstoredb::EventStoreDb::connect(url).await?))
}

#[cfg(not(feature = "eventstoredb"))]
async fn open_eventstoredb(url: &str) -> Result<Arc<dyn EventStore>, StoreError> {
    Err(StoreError::UnsupportedUrl(format!(
        "{url}: this build has no EventStoreDB support (build with --features eventstoredb)"
    )))
}

//! The event log: one append-only sequence of events with a global order, per-stream
//! versions and optimistic concurrency.

mod sql;

#[cfg(test)]
mod contract_tests;

pub use sql::SqlEventStore;

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
    pub channel: String,
}

impl Metadata {
    /// Metadata for a new command from `actor` through `channel`, with fresh ids.
    pub fn new_command(actor: &str, channel: &str) -> Self {
        let id = uuid::Uuid::new_v4().to_string();
        Self {
            command_id: id.clone(),
            correlation_id: id,
            causation_id: None,
            actor: actor.to_owned(),
            channel: channel.to_owned(),
        }
    }
}

/// An event as stored in the log.
#[derive(Clone, Debug, PartialEq)]
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
    /// RFC 3339, UTC.
    pub recorded_at: String,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("stream {stream} is at version {actual}, expected {expected}")]
    Conflict {
        stream: String,
        expected: u64,
        actual: u64,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported database URL (use sqlite:// or postgres://): {0}")]
    UnsupportedUrl(String),
}

/// The operations every event store backend offers; one contract test suite checks them all.
#[async_trait]
pub trait EventStore: Send + Sync + 'static {
    /// Appends `events` to `stream_id` if the stream is at `expected_version` (0 for a new
    /// stream). Returns the global position of the last appended event. The write is durable
    /// when this returns.
    async fn append(
        &self,
        stream_id: &str,
        expected_version: u64,
        events: &[NewEvent],
        metadata: &Metadata,
    ) -> Result<u64, StoreError>;

    /// All events of one stream, oldest first.
    async fn read_stream(&self, stream_id: &str) -> Result<Vec<RecordedEvent>, StoreError>;

    /// Up to `limit` events with a global position greater than `after`, in global order.
    async fn read_all(&self, after: u64, limit: u32) -> Result<Vec<RecordedEvent>, StoreError>;

    /// The position of the last event in the log (0 when empty).
    async fn head(&self) -> Result<u64, StoreError>;
}

//! Turns stored events into domain events and back, upcasting old schema versions on read.

use crate::store::{NewEvent, RecordedEvent};
use teilhabe_events::SessionEvent;

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("event {position}: unknown type {event_type} version {schema_version}")]
    Unknown {
        position: u64,
        event_type: String,
        schema_version: u32,
    },
    #[error("event {position}: payload does not match its type: {source}")]
    Payload {
        position: u64,
        source: serde_json::Error,
    },
}

/// Encodes a domain event for the log.
pub fn encode(event: &SessionEvent) -> NewEvent {
    NewEvent {
        event_type: event.event_type().to_owned(),
        schema_version: event.schema_version(),
        // Serialising our own enum to JSON cannot fail: it has only string keys.
        payload: serde_json::to_string(event).unwrap_or_default(),
    }
}

/// Decodes a stored event into the current domain type.
pub fn decode(stored: &RecordedEvent) -> Result<SessionEvent, DecodeError> {
    if stored.schema_version != 1 {
        return Err(DecodeError::Unknown {
            position: stored.position,
            event_type: stored.event_type.clone(),
            schema_version: stored.schema_version,
        });
    }
    serde_json::from_str(&stored.payload).map_err(|source| DecodeError::Payload {
        position: stored.position,
        source,
    })
}

//! The log as JSON Lines with hashes, for outside verification, and back.

use crate::store::RecordedEvent;

/// The log as JSON Lines, one stored event per line exactly as hashed (see the README's
/// canonical form), so an outside party can recompute the chain.
pub fn export_line(event: &RecordedEvent) -> String {
    serde_json::json!({
        "position": event.position,
        "stream_id": event.stream_id,
        "stream_version": event.stream_version,
        "event_type": event.event_type,
        "schema_version": event.schema_version,
        "payload": event.payload,
        "metadata": event.metadata,
        "recorded_at": event.recorded_at,
        "hash": event.hash,
    })
    .to_string()
}

/// An event read back from a line of the export, for checking the chain from the file alone.
pub fn parse_export_line(line: &str) -> Result<RecordedEvent, String> {
    #[derive(serde::Deserialize)]
    struct Line {
        position: u64,
        stream_id: String,
        stream_version: u64,
        event_type: String,
        schema_version: u32,
        payload: String,
        metadata: String,
        recorded_at: String,
        hash: String,
    }
    let line: Line = serde_json::from_str(line).map_err(|e| e.to_string())?;
    Ok(RecordedEvent {
        position: line.position,
        stream_id: line.stream_id,
        stream_version: line.stream_version,
        event_type: line.event_type,
        schema_version: line.schema_version,
        payload: line.payload,
        metadata: line.metadata,
        recorded_at: line.recorded_at,
        hash: line.hash,
    })
}

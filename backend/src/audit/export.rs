//! The log as JSON Lines with hashes, for outside verification, and back.

use crate::store::RecordedEvent;

/// The log as JSON Lines, one stored event per line exactly as hashed (see the README's
/// canonical form), so an outside party can recompute the chain. The fields stand in the order
/// of their names.
pub fn export_line(event: &RecordedEvent) -> String {
    // Through a JSON value, whose object holds its fields sorted by name.
    serde_json::to_value(event)
        .map(|line| line.to_string())
        .unwrap_or_default()
}

/// An event read back from a line of the export, for checking the chain from the file alone.
pub fn parse_export_line(line: &str) -> Result<RecordedEvent, String> {
    serde_json::from_str(line).map_err(|e| e.to_string())
}

//! The hash chain over the log: each event's hash is SHA-256 over the previous event's hash
//! (32 zero bytes before the first event) followed by the event's canonical bytes.
//!
//! Canonical bytes: the compact JSON array
//! `[position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at]`
//! where `payload` and `metadata` are the stored JSON texts as strings, serialised by
//! `serde_json` (no spaces, `"` and `\` escaped, non-ASCII kept as UTF-8).

use super::RecordedEvent;
use sha2::{Digest, Sha256};

/// The "previous hash" of the first event.
pub const GENESIS: [u8; 32] = [0; 32];

/// The canonical bytes of a stored event, as hashed.
pub fn canonical_bytes(event: &RecordedEvent) -> Vec<u8> {
    let fields = (
        event.position,
        &event.stream_id,
        event.stream_version,
        &event.event_type,
        event.schema_version,
        &event.payload,
        &event.metadata,
        &event.recorded_at,
    );
    // A tuple of numbers and strings always serialises.
    serde_json::to_vec(&fields).unwrap_or_default()
}

/// The chained hash of `event` after `previous`.
pub fn chain(previous: &[u8; 32], event: &RecordedEvent) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(previous);
    hasher.update(canonical_bytes(event));
    hasher.finalize().into()
}

pub fn to_hex(hash: &[u8; 32]) -> String {
    hex::encode(hash)
}

/// Parses 64 hex digits; `None` for anything else.
pub fn from_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(position: u64, payload: &str) -> RecordedEvent {
        RecordedEvent {
            position,
            stream_id: "session-1".into(),
            stream_version: position,
            event_type: "ParticipantRegistered".into(),
            schema_version: 2,
            payload: payload.into(),
            metadata: r#"{"actor":"resident"}"#.into(),
            recorded_at: "2026-11-23T10:00:00.000000Z".into(),
            hash: String::new(),
        }
    }

    #[test]
    fn canonical_bytes_are_a_compact_json_array() {
        let bytes = canonical_bytes(&event(1, r#"{"n":"Ö"}"#));
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            r#"[1,"session-1",1,"ParticipantRegistered",2,"{\"n\":\"Ö\"}","{\"actor\":\"resident\"}","2026-11-23T10:00:00.000000Z"]"#
        );
    }

    #[test]
    fn changing_one_byte_changes_the_hash() {
        let a = chain(&GENESIS, &event(1, r#"{"n":1}"#));
        let b = chain(&GENESIS, &event(1, r#"{"n":2}"#));
        assert_ne!(a, b);
    }

    #[test]
    fn the_hash_depends_on_the_previous_one() {
        let first = chain(&GENESIS, &event(1, "{}"));
        assert_ne!(
            chain(&first, &event(2, "{}")),
            chain(&GENESIS, &event(2, "{}"))
        );
    }

    #[test]
    fn hex_round_trips() {
        let hash = chain(&GENESIS, &event(1, "{}"));
        assert_eq!(from_hex(&to_hex(&hash)), Some(hash));
        assert_eq!(from_hex("zz"), None);
    }
}

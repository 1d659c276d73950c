//! The log as auditors browse it: personal data as stable pseudonyms.

use crate::store::{Metadata, RecordedEvent};
use sha2::{Digest, Sha256};
use teilhabe_events::audit_api::AuditEvent;

/// Keys whose values are personal data wherever they appear in an event's data.
pub(super) const PERSONAL: &[&str] = &[
    "name",
    "first_name",
    "email",
    "phone",
    "value",
    "comment",
    "note",
    "motivation",
    "availability",
    "place",
    "reason",
    "password_hash",
    "needs",
    // A postal address for a letter (the interest list).
    "street",
    "postcode",
    "town",
    // A booking code is a bearer credential (it opens, cancels and erases the booking): the
    // auditors follow a booking by its pseudonym instead.
    "booking_code",
];

/// A stable pseudonym for a personal value: the same value always gets the same pseudonym,
/// which reveals nothing without the installation's secret.
pub fn pseudonym(secret: &[u8], value: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(secret);
    hasher.update(value.as_bytes());
    let digest = hasher.finalize();
    format!("~{}", hex::encode(&digest[..5]))
}

/// `value` with every personal field replaced by its pseudonym (recursively).
pub fn pseudonymise(secret: &[u8], value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, field) in map.iter_mut() {
                if PERSONAL.contains(&key.as_str()) {
                    if let serde_json::Value::Array(items) = field {
                        // A list of personal values (what help a person asks for) from a
                        // handful of choices: a pseudonym per value would be read back by
                        // its frequency, so the auditor sees how many there are.
                        *field = serde_json::Value::from(items.len());
                        continue;
                    }
                    if let Some(text) = field.as_str() {
                        // Erased data reads as erased: a pseudonym would suggest a person.
                        if text != teilhabe_events::ERASED {
                            *field = serde_json::Value::String(pseudonym(secret, text));
                        }
                        continue;
                    }
                }
                pseudonymise(secret, field);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| pseudonymise(secret, v)),
        _ => {}
    }
}

/// A stored event as the auditor sees it. An event that carries no fields (an idea's review
/// started, a contact erased) shows an empty object: `data` is always an object, as the API
/// document says.
pub fn audit_view(secret: &[u8], event: &RecordedEvent) -> AuditEvent {
    let mut data = serde_json::from_str::<serde_json::Value>(&event.payload)
        .ok()
        .and_then(|mut v| v.get_mut("data").map(serde_json::Value::take))
        .filter(|data| !data.is_null())
        .unwrap_or_else(|| serde_json::Value::Object(serde_json::Map::new()));
    pseudonymise(secret, &mut data);
    let metadata: Metadata = serde_json::from_str(&event.metadata).unwrap_or_default();
    AuditEvent {
        position: event.position,
        stream_id: event.stream_id.clone(),
        stream_version: event.stream_version,
        event_type: event.event_type.clone(),
        schema_version: event.schema_version,
        recorded_at: event.recorded_at.clone(),
        data,
        actor: metadata.actor,
        channel: metadata.channel,
        hash: event.hash.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teilhabe_events::ideas::IdeaEvent;

    fn recorded(payload: String) -> RecordedEvent {
        RecordedEvent {
            position: 1,
            stream_id: "idea-1".into(),
            stream_version: 2,
            event_type: "IdeaAssessmentStarted".into(),
            schema_version: 1,
            payload,
            metadata: "{}".into(),
            recorded_at: "2026-12-03T10:00:00.000000Z".into(),
            hash: "00".into(),
        }
    }

    /// Schemathesis found `"data": null` for an event without fields, against the document's
    /// `object`: an auditor's client that trusts the document would break on it.
    #[test]
    fn an_event_without_fields_shows_an_empty_object() {
        let payload = serde_json::to_string(&IdeaEvent::IdeaAssessmentStarted).unwrap();
        let view = audit_view(b"secret", &recorded(payload));
        assert_eq!(view.data, serde_json::json!({}));
        // The form stored before `data` was always written reads the same.
        let view = audit_view(
            b"secret",
            &recorded(r#"{"type":"IdeaAssessmentStarted","data":null}"#.into()),
        );
        assert_eq!(view.data, serde_json::json!({}));
    }
}

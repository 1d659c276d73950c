//! Turns stored events into domain events and back. Old schema versions are upcast on read,
//! step by step through a registry of upcasters; stored events are never rewritten.

use crate::store::{NewEvent, RecordedEvent};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use teilhabe_events::ideas::IdeaEvent;
use teilhabe_events::interest::InterestEvent;
use teilhabe_events::staff::{AccountEvent, AmbassadorEvent, PrinciplesEvent};
use teilhabe_events::SessionEvent;

/// An event type the log stores: its name per variant and the schema version written today.
pub trait EventSchema: Serialize + DeserializeOwned + Clone + Send + Sync + 'static {
    fn event_type(&self) -> &'static str;
    /// The schema version events of `event_type` are written with today.
    fn current_schema_version(event_type: &str) -> u32;
}

impl EventSchema for SessionEvent {
    fn event_type(&self) -> &'static str {
        SessionEvent::event_type(self)
    }
    fn current_schema_version(event_type: &str) -> u32 {
        SessionEvent::current_schema_version(event_type)
    }
}

/// Event types still at their first schema version.
macro_rules! first_version {
    ($($t:ty),*) => {$(
        impl EventSchema for $t {
            fn event_type(&self) -> &'static str {
                <$t>::event_type(self)
            }
            fn current_schema_version(_: &str) -> u32 {
                1
            }
        }
    )*};
}
first_version!(
    AccountEvent,
    AmbassadorEvent,
    PrinciplesEvent,
    IdeaEvent,
    InterestEvent
);

pub use teilhabe_events::serde_name;

/// Any event of the log, by the kind of stream it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum LoggedEvent {
    Session(SessionEvent),
    Account(AccountEvent),
    Ambassador(AmbassadorEvent),
    Principles(PrinciplesEvent),
    Idea(IdeaEvent),
    Interest(InterestEvent),
}

/// Decodes any stored event; the stream id's prefix says which aggregate wrote it.
pub fn decode_logged(stored: &RecordedEvent) -> Result<LoggedEvent, DecodeError> {
    let kind = stored.stream_id.split('-').next().unwrap_or_default();
    Ok(match kind {
        "account" => LoggedEvent::Account(decode(stored)?),
        "ambassador" => LoggedEvent::Ambassador(decode(stored)?),
        "principles" => LoggedEvent::Principles(decode(stored)?),
        "idea" => LoggedEvent::Idea(decode(stored)?),
        "interest" => LoggedEvent::Interest(decode(stored)?),
        _ => LoggedEvent::Session(decode(stored)?),
    })
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("event {position}: no upcaster for {event_type} version {schema_version}")]
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

/// Turns the payload of `event_type` at schema version `from` into version `from + 1`.
type Upcaster = fn(Value) -> Value;

/// Every upcaster: (event type, the version it reads, the step).
const UPCASTERS: &[(&str, u32, Upcaster)] = &[
    ("ParticipantRegistered", 1, registration_v1_to_v2),
    ("ParticipantWaitlisted", 1, registration_v1_to_v2),
    ("ParticipantRegistered", 2, registration_v2_to_v3),
    ("ParticipantWaitlisted", 2, registration_v2_to_v3),
];

/// v2 added the help a person asked for; v1 registrations asked for none.
fn registration_v1_to_v2(mut payload: Value) -> Value {
    if let Some(data) = payload.get_mut("data").and_then(Value::as_object_mut) {
        data.entry("needs")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    payload
}

/// v3 records how a person agreed to be contacted. Up to v2 the form did not ask separately,
/// so older registrations say "not recorded" (`null`) rather than invent a consent.
fn registration_v2_to_v3(mut payload: Value) -> Value {
    if let Some(data) = payload.get_mut("data").and_then(Value::as_object_mut) {
        data.entry("contact_consent").or_insert(Value::Null);
    }
    payload
}

/// Encodes a domain event for the log.
pub fn encode<E: EventSchema>(event: &E) -> NewEvent {
    let event_type = event.event_type();
    NewEvent {
        event_type: event_type.to_owned(),
        schema_version: E::current_schema_version(event_type),
        // Serialising our own enum to JSON cannot fail: it has only string keys.
        payload: serde_json::to_string(event).unwrap_or_default(),
    }
}

/// Decodes a stored event into the current domain type.
pub fn decode<E: EventSchema>(stored: &RecordedEvent) -> Result<E, DecodeError> {
    let payload_error = |source| DecodeError::Payload {
        position: stored.position,
        source,
    };
    let current = E::current_schema_version(&stored.event_type);
    if stored.schema_version == current {
        return serde_json::from_str(&stored.payload).map_err(payload_error);
    }
    let mut value: Value = serde_json::from_str(&stored.payload).map_err(payload_error)?;
    let mut version = stored.schema_version;
    while version < current {
        let step = UPCASTERS
            .iter()
            .find(|(t, v, _)| *t == stored.event_type && *v == version)
            .map(|(_, _, f)| f)
            .ok_or_else(|| DecodeError::Unknown {
                position: stored.position,
                event_type: stored.event_type.clone(),
                schema_version: version,
            })?;
        value = step(value);
        version += 1;
    }
    if version != current {
        return Err(DecodeError::Unknown {
            position: stored.position,
            event_type: stored.event_type.clone(),
            schema_version: stored.schema_version,
        });
    }
    serde_json::from_value(value).map_err(payload_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use teilhabe_events::session::Channel;
    use teilhabe_events::{BookingCode, Contact, PersonName, Registration};

    fn stored(event_type: &str, schema_version: u32, payload: &str) -> RecordedEvent {
        RecordedEvent {
            position: 7,
            stream_id: "session-demo-1".into(),
            stream_version: 2,
            event_type: event_type.into(),
            schema_version,
            payload: payload.into(),
            metadata: "{}".into(),
            recorded_at: "2026-11-23T10:00:00.000000Z".into(),
            hash: String::new(),
        }
    }

    /// Erika's registration K7P-4WM on the web, as read today from the old payloads below.
    fn erika(contact: Contact) -> Registration {
        Registration::new(
            BookingCode::parse("K7P4WM").unwrap(),
            PersonName::parse("Erika Mustermann").unwrap(),
            contact,
            Channel::Web,
        )
    }

    /// A registration exactly as the walking-skeleton build wrote it (schema v1, no `needs`).
    const V1_REGISTRATION: &str = r#"{"type":"ParticipantRegistered","data":{"booking_code":"K7P-4WM","name":"Erika Mustermann","contact":{"kind":"phone","value":"040 123456"},"channel":"web"}}"#;

    #[test]
    fn a_v1_registration_written_by_an_earlier_build_is_read_without_needs_or_consent() {
        let event =
            decode::<SessionEvent>(&stored("ParticipantRegistered", 1, V1_REGISTRATION)).unwrap();
        assert_eq!(
            event,
            SessionEvent::ParticipantRegistered(erika(Contact::Phone("040 123456".into())))
        );
    }

    /// A registration as the build with the needs page wrote it (schema v2, no consent).
    const V2_WAITLISTED: &str = r#"{"type":"ParticipantWaitlisted","data":{"booking_code":"K7P-4WM","name":"Erika Mustermann","contact":{"kind":"none"},"channel":"web","needs":["wheelchair"]}}"#;

    #[test]
    fn a_v2_registration_is_read_with_consent_not_recorded() {
        let event =
            decode::<SessionEvent>(&stored("ParticipantWaitlisted", 2, V2_WAITLISTED)).unwrap();
        assert_eq!(
            event,
            SessionEvent::ParticipantWaitlisted(Registration {
                needs: vec![teilhabe_events::Need::Wheelchair],
                ..erika(Contact::None)
            })
        );
    }

    #[test]
    fn a_v1_payload_does_not_parse_as_v2_without_the_upcaster() {
        let as_if_current = stored("ParticipantRegistered", 2, V1_REGISTRATION);
        assert!(matches!(
            decode::<SessionEvent>(&as_if_current),
            Err(DecodeError::Payload { .. })
        ));
    }

    #[test]
    fn an_event_round_trips_at_the_current_version() {
        let event =
            decode::<SessionEvent>(&stored("ParticipantRegistered", 1, V1_REGISTRATION)).unwrap();
        let encoded = encode(&event);
        assert_eq!(encoded.schema_version, 3);
        let back = decode::<SessionEvent>(&stored(
            &encoded.event_type,
            encoded.schema_version,
            &encoded.payload,
        ));
        assert_eq!(back.unwrap(), event);
    }

    #[test]
    fn a_version_from_the_future_is_refused_not_guessed() {
        let err = decode::<SessionEvent>(&stored("ParticipantRegistered", 4, V1_REGISTRATION))
            .unwrap_err();
        assert!(matches!(
            err,
            DecodeError::Unknown {
                schema_version: 4,
                ..
            }
        ));
    }
}

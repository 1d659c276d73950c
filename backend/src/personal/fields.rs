//! Which fields of which events are personal, whose they are, and what they read as once erased.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use teilhabe_events::ERASED;

/// Whose data an event holds.
#[derive(Clone, Copy, Debug)]
pub(super) enum Whose {
    /// The booking named in the payload's `booking_code`: one resident's registration.
    Booking,
    /// The stream's: an ambassador, a staff account, an idea.
    Stream,
    /// A walk-in at the door, by the id their check-in was given.
    WalkIn,
    /// The anonymous feedback cards of a session, together.
    Cards,
}

/// What an erased field reads as.
#[derive(Clone, Copy, Debug)]
pub(super) enum Erased {
    /// The text [`ERASED`].
    Text,
    /// `null`: an optional field left empty.
    Null,
    /// No way of contact.
    NoContact,
    /// An empty list.
    Empty,
    /// An address in the reserved `.invalid` domain, distinct per person (staff e-mail
    /// addresses are unique in the read model).
    Email,
}

impl Erased {
    pub(super) fn value(self, subject: &str) -> Value {
        match self {
            Erased::Text => json!(ERASED),
            Erased::Null => Value::Null,
            Erased::NoContact => json!({ "kind": "none" }),
            Erased::Empty => json!([]),
            Erased::Email => {
                let digest = hex::encode(&Sha256::digest(subject.as_bytes())[..6]);
                json!(format!("erased-{digest}@erased.invalid"))
            }
        }
    }
}

/// A personal field: its JSON pointer into the stored payload, and what it reads as once erased.
pub(super) type Field = (&'static str, Erased);

/// Every event type that carries personal data: whose it is and which fields are sealed.
const PERSONAL_FIELDS: &[(&str, Whose, &[Field])] = &[
    (
        "ParticipantRegistered",
        Whose::Booking,
        &[
            ("/data/name", Erased::Text),
            ("/data/contact", Erased::NoContact),
            // What help a person asks for (a wheelchair, a hearing loop): health data.
            ("/data/needs", Erased::Empty),
        ],
    ),
    (
        "ParticipantWaitlisted",
        Whose::Booking,
        &[
            ("/data/name", Erased::Text),
            ("/data/contact", Erased::NoContact),
            ("/data/needs", Erased::Empty),
        ],
    ),
    (
        "FeedbackCardRecorded",
        Whose::Cards,
        &[("/data/feedback/comment", Erased::Null)],
    ),
    (
        "AmbassadorDeclined",
        Whose::Stream,
        &[("/data/reason", Erased::Text)],
    ),
    (
        "FeedbackGiven",
        Whose::Booking,
        &[("/data/feedback/comment", Erased::Null)],
    ),
    (
        "AmbassadorApplied",
        Whose::Stream,
        &[
            ("/data/application/name", Erased::Text),
            ("/data/application/email", Erased::Email),
            ("/data/application/phone", Erased::Null),
            ("/data/application/availability", Erased::Text),
            ("/data/application/motivation", Erased::Text),
        ],
    ),
    (
        "OutreachLogged",
        Whose::Stream,
        &[
            ("/data/outreach/place", Erased::Null),
            ("/data/outreach/note", Erased::Null),
        ],
    ),
    (
        "OutreachCorrected",
        Whose::Stream,
        &[
            ("/data/outreach/place", Erased::Null),
            ("/data/outreach/note", Erased::Null),
        ],
    ),
    (
        "AccountOpened",
        Whose::Stream,
        &[("/data/name", Erased::Text), ("/data/email", Erased::Email)],
    ),
    // Not personal data, but a secret: the log and its export must not let anyone try
    // passwords against it offline. Sealed with the account's key, outside the log.
    (
        "PasswordSet",
        Whose::Stream,
        &[("/data/password_hash", Erased::Text)],
    ),
    (
        "IdeaSubmitted",
        Whose::Stream,
        &[("/data/contact", Erased::NoContact)],
    ),
    // A resident on the interest list: her name and how to reach her (an e-mail address, a
    // phone number or a postal address), under the interest's own key.
    (
        "InterestRegistered",
        Whose::Stream,
        &[
            ("/data/name", Erased::Text),
            ("/data/reach", Erased::NoContact),
        ],
    ),
    (
        "WalkInCheckedIn",
        Whose::WalkIn,
        &[("/data/first_name", Erased::Text)],
    ),
];

/// Every personal field the log seals: event type and JSON pointer into the stored payload.
pub fn personal_pointers() -> impl Iterator<Item = (&'static str, &'static str)> {
    PERSONAL_FIELDS.iter().flat_map(|(event_type, _, fields)| {
        fields
            .iter()
            .map(move |(pointer, _)| (*event_type, *pointer))
    })
}

pub(super) fn personal_fields(
    event_type: &str,
) -> Option<(Whose, &'static [(&'static str, Erased)])> {
    PERSONAL_FIELDS
        .iter()
        .find(|(t, _, _)| *t == event_type)
        .map(|(_, whose, fields)| (*whose, *fields))
}

//! Whose key seals a piece of personal data, in one text form.

use teilhabe_events::BookingCode;

/// Whose key seals a piece of personal data: a booking's holder, the owner of a stream (an
/// ambassador, a staff account, an idea's submitter) or a walk-in.
///
/// It has one text form, used for the key's row in `personal_keys` and inside every sealed
/// field, and it is built only from typed ids or parsed from such a text: sealing and erasure
/// cannot name one person two ways (they once did: sealing took the booking code as the
/// payload spells it, `booking-3W9-HHR`, erasure as stored, `booking-3W9HHR`, and the erasure
/// deleted a key that had never existed).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Subject(String);

const BOOKING_PREFIX: &str = "booking-";

impl Subject {
    /// The holder of the booking whose reference (see [`super::CodeCloak::reference`]) is
    /// `reference`: `booking-` and the reference. It names no code, so a sealed field does
    /// not give the booking code away.
    pub(super) fn booking(reference: &str) -> Self {
        Self(format!("{BOOKING_PREFIX}{reference}"))
    }

    /// The holder of the booking `code` as events written before booking codes were hidden
    /// name them: `booking-` and the code as printed (`booking-3W9-HHR`).
    pub fn booking_in_clear(code: &BookingCode) -> Self {
        Self(format!("{BOOKING_PREFIX}{code}"))
    }

    /// The one person a stream is about: an ambassador, a staff account, an idea's submitter.
    pub fn stream(stream_id: &str) -> Self {
        Self(stream_id.to_owned())
    }

    /// A walk-in at the door: the walk-in's id is the client's, so it is unique only within
    /// its session's stream.
    pub fn walk_in(stream_id: &str, walk_in_id: &str) -> Self {
        Self(format!("walk-in-{stream_id}-{walk_in_id}"))
    }

    /// The anonymous feedback cards of the session whose stream is `stream_id`: their
    /// comments go together, with the session's other data, under the retention rule.
    pub fn cards(stream_id: &str) -> Self {
        Self(format!("cards-{stream_id}"))
    }

    /// The subject a sealed field or a key row names: a booking's in its one form whichever
    /// way its code was written there.
    pub fn parse(text: &str) -> Self {
        match text
            .strip_prefix(BOOKING_PREFIX)
            .and_then(|code| BookingCode::parse(code).ok())
        {
            Some(code) => Self::booking_in_clear(&code),
            None => Self(text.to_owned()),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

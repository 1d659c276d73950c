//! Events, commands and API types shared by Teilhabe's backend and frontend.
//!
//! Nothing here does I/O, so the crate compiles for `wasm32-unknown-unknown` and the
//! frontend validates input with exactly the rules the backend enforces.

pub mod api;
pub mod audit_api;
pub mod booking_code;
pub mod ideas;
pub mod input;
pub mod instant;
pub mod interest;
pub mod notice;
pub mod session;
pub mod staff;
pub mod staff_api;

pub use booking_code::BookingCode;
pub use notice::Notice;

/// What a person's name, and any other text of theirs, reads as once their data has been
/// erased (their key deleted); the apps show their own word for it.
pub const ERASED: &str = "[erased]";

/// The name serde writes for a unit enum variant (`living`, `booking-confirmed`): how such
/// values appear in events, read-model columns and message ids.
pub fn serde_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}
pub use input::{Comment, Contact, ContactKind, FieldError, PersonName};
pub use session::{
    Attendance, CallResult, ContactConsent, Feedback, Helped, Need, Rating, Registration,
    SessionCommand, SessionDetails, SessionEvent, Source, Topic,
};

//! Events, commands and API types shared by Teilhabe's backend and frontend.
//!
//! Nothing here does I/O, so the crate compiles for `wasm32-unknown-unknown` and the
//! frontend validates input with exactly the rules the backend enforces.

pub mod api;
pub mod audit_api;
pub mod booking_code;
pub mod ideas;
pub mod input;
pub mod notice;
pub mod session;
pub mod staff;
pub mod staff_api;

pub use booking_code::BookingCode;
pub use notice::Notice;

/// What a person's name, and any other text of theirs, reads as once their data has been
/// erased (their key deleted); the apps show their own word for it.
pub const ERASED: &str = "[erased]";
pub use input::{Comment, Contact, ContactKind, FieldError, PersonName};
pub use session::{
    Attendance, CallResult, ContactConsent, Feedback, Helped, Need, Rating, Registration,
    SessionCommand, SessionDetails, SessionEvent, Source, Topic,
};

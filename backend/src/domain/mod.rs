//! Business rules, one folder per aggregate; no HTTP, no SQL, no clock read directly.

pub mod account;
pub mod ambassador;
pub mod clock;
pub mod idea;
pub mod names;
pub mod principles;
pub mod session;

/// What kind of refusal a rule gave; the HTTP layer turns it into a status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectionKind {
    /// The thing the command is about does not exist.
    NotFound,
    /// The command does not fit the current state (already done, too late, …).
    Conflict,
    /// The command's values break a rule regardless of state.
    Invalid,
}

/// An aggregate's error: a Fluent id explaining it and its kind.
pub trait Rejection: std::error::Error + Send + Sync + 'static {
    fn message_key(&self) -> &'static str;
    fn kind(&self) -> RejectionKind;
}

/// A refusal as it leaves the aggregate: what it was, for the caller and the logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{text}")]
pub struct Rejected {
    pub message_key: &'static str,
    pub kind: RejectionKind,
    pub text: String,
}

impl<E: Rejection> From<&E> for Rejected {
    fn from(err: &E) -> Self {
        Self {
            message_key: err.message_key(),
            kind: err.kind(),
            text: err.to_string(),
        }
    }
}

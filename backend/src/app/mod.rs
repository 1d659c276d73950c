//! The application services: one function per use case (register for a session, approve an
//! application, plan a session, …), called by the HTTP handlers and the command line alike.
//! A service checks what the aggregates cannot know alone (the read models, the clock),
//! derives ids, runs the commands and waits until the read models show them; it knows
//! nothing of HTTP. Its refusals are [`Error`]s, which the HTTP layer maps to responses in one
//! place (`http/error.rs`). (The demo seeding runs its commands directly: it writes before the
//! read models follow the log, so it cannot wait for them.)

pub mod accounts;
pub mod ambassadors;
pub mod approval;
pub mod bookings;
pub mod door;
pub mod ideas;
pub mod ids;
pub mod interests;
pub mod planning;
pub mod registration;

use crate::commands::{CommandBus, CommandError, Outcome, Stored};
use crate::projections::ProjectionError;
use crate::state::AppState;
use crate::store::Metadata;
use std::sync::Arc;
use teilhabe_events::FieldError;

/// Why a use case did not go through.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found: {message_key}")]
    NotFound { message_key: &'static str },
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The request does not fit the state of things (answered 409).
    #[error("conflict: {detail}")]
    Conflict {
        message_key: &'static str,
        detail: String,
    },
    #[error("forbidden: {message_key}")]
    Forbidden { message_key: &'static str },
    #[error("too many attempts")]
    TooManyAttempts,
    /// A set-password link that is unknown, used or expired.
    #[error("this link is not valid (any more)")]
    LinkInvalid,
    #[error("the password could not be hashed")]
    PasswordNotHashed,
    #[error(transparent)]
    Login(#[from] crate::auth::LoginError),
    #[error(transparent)]
    Command(#[from] CommandError),
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

impl From<crate::store::StoreError> for Error {
    fn from(err: crate::store::StoreError) -> Self {
        Error::Command(CommandError::Store(err))
    }
}

impl From<crate::erasure::ErasureError> for Error {
    fn from(err: crate::erasure::ErasureError) -> Self {
        use crate::erasure::ErasureError;
        match err {
            ErasureError::Keys(e) => crate::store::StoreError::from(e).into(),
            ErasureError::Command(e) => Error::Command(e),
            ErasureError::ReadModel(e) => Error::ReadModel(e),
        }
    }
}

/// A refusal of the input with one field named.
pub(crate) fn invalid(field: &str, message_key: &str) -> Error {
    Error::Invalid(vec![FieldError::new(field, message_key)])
}

/// Runs `command` on aggregate `id` and waits until the read models show it, so that what
/// the caller reads next includes it.
#[tracing::instrument(skip(state, bus, command, metadata))]
pub async fn run<A: Stored>(
    state: &AppState,
    bus: &Arc<CommandBus<A>>,
    id: &str,
    command: A::Command,
    metadata: Metadata,
) -> Result<Outcome, Error> {
    let respond = crate::commands::no_answer();
    let outcome = bus.execute(id, command, metadata, respond).await?;
    state.projector.wait_for(outcome.position).await?;
    Ok(outcome)
}

//! Business rules, one folder per aggregate; no HTTP, no SQL, no clock read directly.

pub mod account;
pub mod ambassador;
pub mod clock;
pub mod idea;
pub mod interest;
pub mod names;
pub mod principles;
pub mod session;

/// Implements [`cqrs_es::Aggregate`] for an aggregate whose every command yields exactly one
/// event and needs nothing from outside: its inherent `decide(&self, command)` checks the
/// command and names the event, `evolve(&mut self, event)` folds an event into the state.
/// Account, ambassador, idea and principles share this; the session writes several events
/// per command and reads the clock, so it implements the trait itself.
macro_rules! one_event_aggregate {
    ($aggregate:ty, $type_name:literal, $command:ty, $event:ty, $error:ty) => {
        impl cqrs_es::Aggregate for $aggregate {
            const TYPE: &'static str = $type_name;
            type Command = $command;
            type Event = $event;
            type Error = $error;
            type Services = ();

            async fn handle(
                &mut self,
                command: Self::Command,
                _services: &Self::Services,
                sink: &cqrs_es::event_sink::EventSink<Self>,
            ) -> Result<(), Self::Error> {
                let event = self.decide(command)?;
                sink.write(event, self).await;
                Ok(())
            }

            fn apply(&mut self, event: Self::Event) {
                self.evolve(event);
            }
        }
    };
}
use one_event_aggregate;

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

//! The principles of cooperation ambassadors accept; the office publishes new versions.
//! One stream (`principles-current`); each publication gets the next version number.

use super::{Rejection, RejectionKind};
use serde::{Deserialize, Serialize};
use teilhabe_events::staff::{PrinciplesCommand, PrinciplesEvent};

/// The id of the one principles stream.
pub const STREAM_ID: &str = "current";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrinciplesError {
    #[error("the principles need a text")]
    Empty,
}

impl Rejection for PrinciplesError {
    fn message_key(&self) -> &'static str {
        "problem-invalid-input"
    }
    fn kind(&self) -> RejectionKind {
        RejectionKind::Invalid
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Principles {
    version: u32,
}

super::one_event_aggregate!(
    Principles,
    "principles",
    PrinciplesCommand,
    PrinciplesEvent,
    PrinciplesError
);

impl Principles {
    /// Checks `command` against the current state and names the one event it yields.
    fn decide(&self, command: PrinciplesCommand) -> Result<PrinciplesEvent, PrinciplesError> {
        let PrinciplesCommand::Publish { text } = command;
        if text.trim().is_empty() {
            return Err(PrinciplesError::Empty);
        }
        let event = PrinciplesEvent::PrinciplesPublished {
            version: self.version + 1,
            text,
        };
        Ok(event)
    }

    /// Folds one of this aggregate's events into its state.
    fn evolve(&mut self, event: PrinciplesEvent) {
        let PrinciplesEvent::PrinciplesPublished { version, .. } = event;
        self.version = version;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cqrs_es::test::TestFramework;

    #[test]
    fn each_publication_gets_the_next_version() {
        TestFramework::<Principles>::with(())
            .given(vec![PrinciplesEvent::PrinciplesPublished {
                version: 1,
                text: "Respekt".into(),
            }])
            .when(PrinciplesCommand::Publish {
                text: "Respekt und Offenheit".into(),
            })
            .then_expect_events(vec![PrinciplesEvent::PrinciplesPublished {
                version: 2,
                text: "Respekt und Offenheit".into(),
            }]);
    }
}

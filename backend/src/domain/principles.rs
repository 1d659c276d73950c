//! The principles of cooperation ambassadors accept; the office publishes new versions.
//! One stream (`principles-current`); each publication gets the next version number.

use super::{Rejection, RejectionKind};
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
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

impl Aggregate for Principles {
    const TYPE: &'static str = "principles";
    type Command = PrinciplesCommand;
    type Event = PrinciplesEvent;
    type Error = PrinciplesError;
    type Services = ();

    async fn handle(
        &mut self,
        command: Self::Command,
        _services: &Self::Services,
        sink: &EventSink<Self>,
    ) -> Result<(), Self::Error> {
        let PrinciplesCommand::Publish { text } = command;
        if text.trim().is_empty() {
            return Err(PrinciplesError::Empty);
        }
        let event = PrinciplesEvent::PrinciplesPublished {
            version: self.version + 1,
            text,
        };
        sink.write(event, self).await;
        Ok(())
    }

    fn apply(&mut self, event: Self::Event) {
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

//! An idea in the ideas store: submitted, assessed by a working group, then chosen as a pilot,
//! kept in the store for later, merged with another idea, or not pursued, each decision with a
//! reason; supported by residents, once each (a kept idea can still gain support).

use super::{Rejection, RejectionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use teilhabe_events::ideas::Supporter;
use teilhabe_events::ideas::{IdeaCommand, IdeaEvent, IdeaState};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdeaError {
    #[error("no such idea")]
    NotFound,
    #[error("this idea exists already")]
    Exists,
    #[error("this step does not follow from where the idea stands")]
    WrongStep,
    #[error("a decision needs a reason")]
    ReasonRequired,
    #[error("this supporter supports the idea already")]
    AlreadySupported,
    #[error("the contact was erased already")]
    AlreadyErased,
}

impl Rejection for IdeaError {
    fn message_key(&self) -> &'static str {
        match self {
            IdeaError::NotFound => "problem-not-found",
            IdeaError::Exists => "problem-conflict",
            IdeaError::WrongStep => "problem-idea-step",
            IdeaError::ReasonRequired => "problem-invalid-input",
            IdeaError::AlreadySupported => "problem-idea-supported",
            IdeaError::AlreadyErased => "problem-already-erased",
        }
    }
    fn kind(&self) -> RejectionKind {
        match self {
            IdeaError::NotFound => RejectionKind::NotFound,
            IdeaError::ReasonRequired => RejectionKind::Invalid,
            _ => RejectionKind::Conflict,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Idea {
    state: Option<IdeaState>,
    supporters: BTreeSet<Supporter>,
    #[serde(default)]
    contact_erased: bool,
}

impl Idea {
    fn decidable(&self) -> Result<(), IdeaError> {
        match self.state {
            None => Err(IdeaError::NotFound),
            Some(IdeaState::Assessing) => Ok(()),
            Some(_) => Err(IdeaError::WrongStep),
        }
    }
}

fn reasoned(reason: &str) -> Result<(), IdeaError> {
    if reason.trim().is_empty() {
        Err(IdeaError::ReasonRequired)
    } else {
        Ok(())
    }
}

super::one_event_aggregate!(Idea, "idea", IdeaCommand, IdeaEvent, IdeaError);

impl Idea {
    /// Checks `command` against the current state and names the one event it yields.
    fn decide(&self, command: IdeaCommand) -> Result<IdeaEvent, IdeaError> {
        let event = match command {
            IdeaCommand::Submit {
                idea,
                contact,
                source,
            } => {
                if self.state.is_some() {
                    return Err(IdeaError::Exists);
                }
                IdeaEvent::IdeaSubmitted {
                    idea,
                    contact,
                    source,
                }
            }
            IdeaCommand::StartAssessment => match self.state {
                None => return Err(IdeaError::NotFound),
                Some(IdeaState::Submitted) => IdeaEvent::IdeaAssessmentStarted,
                Some(_) => return Err(IdeaError::WrongStep),
            },
            IdeaCommand::ChooseAsPilot { reason } => {
                self.decidable()?;
                reasoned(&reason)?;
                IdeaEvent::IdeaChosenAsPilot { reason }
            }
            IdeaCommand::Keep { reason } => {
                self.decidable()?;
                reasoned(&reason)?;
                IdeaEvent::IdeaKept { reason }
            }
            IdeaCommand::Merge { into, reason } => {
                self.decidable()?;
                reasoned(&reason)?;
                IdeaEvent::IdeaMerged { into, reason }
            }
            IdeaCommand::NotPursue { reason } => {
                self.decidable()?;
                reasoned(&reason)?;
                IdeaEvent::IdeaNotPursued { reason }
            }
            IdeaCommand::Support { supporter } => {
                match self.state {
                    None => return Err(IdeaError::NotFound),
                    Some(IdeaState::Merged | IdeaState::NotPursued) => {
                        return Err(IdeaError::WrongStep)
                    }
                    Some(_) => {}
                }
                if self.supporters.contains(&supporter) {
                    return Err(IdeaError::AlreadySupported);
                }
                IdeaEvent::IdeaSupported { supporter }
            }
            IdeaCommand::EraseContact => {
                if self.state.is_none() {
                    return Err(IdeaError::NotFound);
                }
                if self.contact_erased {
                    return Err(IdeaError::AlreadyErased);
                }
                IdeaEvent::IdeaContactErased
            }
        };
        Ok(event)
    }

    /// Folds one of this aggregate's events into its state.
    fn evolve(&mut self, event: IdeaEvent) {
        self.state = Some(match event {
            IdeaEvent::IdeaSubmitted { .. } => IdeaState::Submitted,
            IdeaEvent::IdeaAssessmentStarted => IdeaState::Assessing,
            IdeaEvent::IdeaChosenAsPilot { .. } => IdeaState::Pilot,
            IdeaEvent::IdeaKept { .. } => IdeaState::Kept,
            IdeaEvent::IdeaMerged { .. } => IdeaState::Merged,
            IdeaEvent::IdeaNotPursued { .. } => IdeaState::NotPursued,
            IdeaEvent::IdeaSupported { supporter } => {
                self.supporters.insert(supporter);
                return;
            }
            IdeaEvent::IdeaContactErased => {
                self.contact_erased = true;
                return;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cqrs_es::test::TestFramework;
    use teilhabe_events::ideas::{FieldOfAction, IdeaSource};

    fn submitted() -> IdeaEvent {
        IdeaEvent::IdeaSubmitted {
            idea: teilhabe_events::ideas::Idea {
                what: "Schließfächer im Stadtpark für Rollatoren".into(),
                for_whom: "Ältere Menschen".into(),
                where_in_city: "Stadtpark".into(),
                field: FieldOfAction::Living,
            },
            contact: teilhabe_events::Contact::None,
            source: IdeaSource::Online,
        }
    }

    #[test]
    fn an_idea_is_decided_only_after_assessment_and_with_a_reason() {
        TestFramework::<Idea>::with(())
            .given(vec![submitted()])
            .when(IdeaCommand::ChooseAsPilot {
                reason: "Passt gut".into(),
            })
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(vec![submitted(), IdeaEvent::IdeaAssessmentStarted])
            .when(IdeaCommand::NotPursue { reason: " ".into() })
            .then_expect_error(IdeaError::ReasonRequired);
        TestFramework::<Idea>::with(())
            .given(vec![submitted(), IdeaEvent::IdeaAssessmentStarted])
            .when(IdeaCommand::ChooseAsPilot {
                reason: "Wird im Frühjahr erprobt.".into(),
            })
            .then_expect_events(vec![IdeaEvent::IdeaChosenAsPilot {
                reason: "Wird im Frühjahr erprobt.".into(),
            }]);
    }

    #[test]
    fn an_idea_is_kept_for_later_only_after_assessment_and_with_a_reason() {
        TestFramework::<Idea>::with(())
            .given(vec![submitted()])
            .when(IdeaCommand::Keep {
                reason: "Später wieder ansehen.".into(),
            })
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(vec![])
            .when(IdeaCommand::Keep {
                reason: "Später wieder ansehen.".into(),
            })
            .then_expect_error(IdeaError::NotFound);
        TestFramework::<Idea>::with(())
            .given(vec![submitted(), IdeaEvent::IdeaAssessmentStarted])
            .when(IdeaCommand::Keep { reason: "".into() })
            .then_expect_error(IdeaError::ReasonRequired);
        TestFramework::<Idea>::with(())
            .given(vec![submitted(), IdeaEvent::IdeaAssessmentStarted])
            .when(IdeaCommand::Keep {
                reason: "Gute Idee, aber erst nach dem Umbau des Stadtparks.".into(),
            })
            .then_expect_events(vec![IdeaEvent::IdeaKept {
                reason: "Gute Idee, aber erst nach dem Umbau des Stadtparks.".into(),
            }]);
    }

    #[test]
    fn a_kept_idea_is_not_decided_again_but_still_supported() {
        let kept = || {
            vec![
                submitted(),
                IdeaEvent::IdeaAssessmentStarted,
                IdeaEvent::IdeaKept {
                    reason: "Später wieder ansehen.".into(),
                },
            ]
        };
        TestFramework::<Idea>::with(())
            .given(kept())
            .when(IdeaCommand::ChooseAsPilot {
                reason: "Doch erproben.".into(),
            })
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(kept())
            .when(IdeaCommand::Keep {
                reason: "Noch einmal.".into(),
            })
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(kept())
            .when(IdeaCommand::StartAssessment)
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(kept())
            .when(IdeaCommand::Support {
                supporter: Supporter::Resident("abc".into()),
            })
            .then_expect_events(vec![IdeaEvent::IdeaSupported {
                supporter: Supporter::Resident("abc".into()),
            }]);
    }

    #[test]
    fn a_merged_idea_is_not_chosen_or_supported_any_more() {
        let merged = || {
            vec![
                submitted(),
                IdeaEvent::IdeaAssessmentStarted,
                IdeaEvent::IdeaMerged {
                    into: "b2".into(),
                    reason: "Gleiche Idee.".into(),
                },
            ]
        };
        TestFramework::<Idea>::with(())
            .given(merged())
            .when(IdeaCommand::ChooseAsPilot {
                reason: "Doch erproben.".into(),
            })
            .then_expect_error(IdeaError::WrongStep);
        TestFramework::<Idea>::with(())
            .given(merged())
            .when(IdeaCommand::Support {
                supporter: Supporter::Staff("abc".into()),
            })
            .then_expect_error(IdeaError::WrongStep);
    }

    #[test]
    fn a_contact_is_erased_once() {
        TestFramework::<Idea>::with(())
            .given(vec![submitted()])
            .when(IdeaCommand::EraseContact)
            .then_expect_events(vec![IdeaEvent::IdeaContactErased]);
        TestFramework::<Idea>::with(())
            .given(vec![submitted(), IdeaEvent::IdeaContactErased])
            .when(IdeaCommand::EraseContact)
            .then_expect_error(IdeaError::AlreadyErased);
        TestFramework::<Idea>::with(())
            .given(vec![])
            .when(IdeaCommand::EraseContact)
            .then_expect_error(IdeaError::NotFound);
    }

    #[test]
    fn one_supporter_supports_once() {
        TestFramework::<Idea>::with(())
            .given(vec![
                submitted(),
                IdeaEvent::IdeaSupported {
                    supporter: Supporter::Resident("abc".into()),
                },
            ])
            .when(IdeaCommand::Support {
                supporter: Supporter::Resident("abc".into()),
            })
            .then_expect_error(IdeaError::AlreadySupported);
    }
}

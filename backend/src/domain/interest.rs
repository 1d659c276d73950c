//! An interest on the list "Sagen Sie mir Bescheid": registered once, then told of each
//! session that fits, once per session and by the channel she chose, until she withdraws it or
//! her data is erased.

use super::{Rejection, RejectionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use teilhabe_events::interest::{InterestChannel, InterestCommand, InterestEvent};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterestError {
    #[error("no such interest")]
    NotFound,
    #[error("this interest exists already")]
    Exists,
    #[error("the interest was withdrawn")]
    Withdrawn,
    #[error("she was told of this session already")]
    AlreadyNotified,
    #[error("the data was erased already")]
    AlreadyErased,
    #[error("she was not told of this session")]
    NotNotified,
    #[error("a call needs the entry it is about")]
    InvalidCall,
}

impl Rejection for InterestError {
    fn message_key(&self) -> &'static str {
        match self {
            InterestError::NotFound => "problem-interest-not-found",
            // The code is drawn again (as for a booking code that is taken).
            InterestError::Exists => "problem-booking-code-taken",
            InterestError::Withdrawn => "problem-interest-withdrawn",
            InterestError::AlreadyNotified => "problem-interest-notified",
            InterestError::AlreadyErased => "problem-already-erased",
            InterestError::NotNotified => "problem-interest-not-notified",
            InterestError::InvalidCall => "problem-invalid-input",
        }
    }
    fn kind(&self) -> RejectionKind {
        match self {
            InterestError::NotFound => RejectionKind::NotFound,
            InterestError::InvalidCall => RejectionKind::Invalid,
            _ => RejectionKind::Conflict,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Interest {
    registered: bool,
    /// The channel she is told by; `None` once her data is unreadable (erased).
    channel: Option<InterestChannel>,
    withdrawn: bool,
    erased: bool,
    /// The sessions she was told of.
    notified: BTreeSet<String>,
}

super::one_event_aggregate!(
    Interest,
    "interest",
    InterestCommand,
    InterestEvent,
    InterestError
);

impl Interest {
    /// Checks `command` against the current state and names the one event it yields.
    fn decide(&self, command: InterestCommand) -> Result<InterestEvent, InterestError> {
        if let InterestCommand::Register {
            wish,
            name,
            reach,
            consent,
            locale,
        } = command
        {
            if self.registered {
                return Err(InterestError::Exists);
            }
            return Ok(InterestEvent::InterestRegistered {
                wish,
                name,
                reach,
                consent,
                locale,
            });
        }
        if !self.registered {
            return Err(InterestError::NotFound);
        }
        Ok(match command {
            InterestCommand::Register { .. } => unreachable!("decided above"),
            InterestCommand::Erase => {
                if self.erased {
                    return Err(InterestError::AlreadyErased);
                }
                InterestEvent::InterestErased
            }
            _ if self.erased => return Err(InterestError::AlreadyErased),
            _ if self.withdrawn => return Err(InterestError::Withdrawn),
            InterestCommand::Withdraw => InterestEvent::InterestWithdrawn,
            InterestCommand::Notify { session_id } => {
                // Her key is gone (an erasure stopped before it was recorded): nobody to tell.
                let Some(channel) = self.channel else {
                    return Err(InterestError::AlreadyErased);
                };
                if self.notified.contains(&session_id) {
                    return Err(InterestError::AlreadyNotified);
                }
                InterestEvent::InterestNotified {
                    session_id,
                    channel,
                }
            }
            InterestCommand::RecordCall {
                session_id,
                call,
                result,
            } => {
                if !self.notified.contains(&session_id) {
                    return Err(InterestError::NotNotified);
                }
                if call.is_empty() || call.len() > 200 {
                    return Err(InterestError::InvalidCall);
                }
                InterestEvent::InterestCallRecorded {
                    session_id,
                    call,
                    result,
                }
            }
        })
    }

    /// Folds one of this aggregate's events into its state.
    fn evolve(&mut self, event: InterestEvent) {
        match event {
            InterestEvent::InterestRegistered { reach, .. } => {
                self.registered = true;
                // Read after her key was deleted, the way of contact is none.
                self.channel = reach.channel();
            }
            InterestEvent::InterestWithdrawn => self.withdrawn = true,
            InterestEvent::InterestNotified { session_id, .. } => {
                self.notified.insert(session_id);
            }
            InterestEvent::InterestErased => self.erased = true,
            InterestEvent::InterestCallRecorded { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cqrs_es::test::TestFramework;
    use teilhabe_events::interest::{Reach, Weekday, Wish};
    use teilhabe_events::{CallResult, ContactConsent, PersonName, Topic};

    fn registered(reach: Reach) -> InterestEvent {
        InterestEvent::InterestRegistered {
            wish: Wish {
                topics: vec![Topic::VideoCalls],
                districts: vec!["Garstedt".into()],
                weekdays: vec![Weekday::Tuesday],
                times: vec![],
            },
            name: PersonName::parse("Erika Muster").unwrap(),
            reach,
            consent: ContactConsent::OnlineForm,
            locale: Some("de".into()),
        }
    }

    fn by_phone() -> InterestEvent {
        registered(Reach::Phone("040 123456".into()))
    }

    fn notify(session: &str) -> InterestCommand {
        InterestCommand::Notify {
            session_id: session.into(),
        }
    }

    #[test]
    fn an_interest_is_registered_once() {
        let InterestEvent::InterestRegistered {
            wish,
            name,
            reach,
            consent,
            locale,
        } = by_phone()
        else {
            unreachable!()
        };
        let register = || InterestCommand::Register {
            wish: wish.clone(),
            name: name.clone(),
            reach: reach.clone(),
            consent,
            locale: locale.clone(),
        };
        TestFramework::<Interest>::with(())
            .given_no_previous_events()
            .when(register())
            .then_expect_events(vec![by_phone()]);
        TestFramework::<Interest>::with(())
            .given(vec![by_phone()])
            .when(register())
            .then_expect_error(InterestError::Exists);
    }

    #[test]
    fn she_is_told_of_a_session_once_by_her_channel() {
        TestFramework::<Interest>::with(())
            .given(vec![by_phone()])
            .when(notify("20261208-a"))
            .then_expect_events(vec![InterestEvent::InterestNotified {
                session_id: "20261208-a".into(),
                channel: InterestChannel::Phone,
            }]);
        TestFramework::<Interest>::with(())
            .given(vec![registered(Reach::Email("e@example.org".into()))])
            .when(notify("20261208-a"))
            .then_expect_events(vec![InterestEvent::InterestNotified {
                session_id: "20261208-a".into(),
                channel: InterestChannel::Email,
            }]);
        TestFramework::<Interest>::with(())
            .given(vec![
                by_phone(),
                InterestEvent::InterestNotified {
                    session_id: "20261208-a".into(),
                    channel: InterestChannel::Phone,
                },
            ])
            .when(notify("20261208-a"))
            .then_expect_error(InterestError::AlreadyNotified);
        TestFramework::<Interest>::with(())
            .given(vec![
                by_phone(),
                InterestEvent::InterestNotified {
                    session_id: "20261208-a".into(),
                    channel: InterestChannel::Phone,
                },
            ])
            .when(notify("20261215-b"))
            .then_expect_events(vec![InterestEvent::InterestNotified {
                session_id: "20261215-b".into(),
                channel: InterestChannel::Phone,
            }]);
    }

    #[test]
    fn a_withdrawn_or_erased_interest_is_told_nothing() {
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestWithdrawn])
            .when(notify("20261208-a"))
            .then_expect_error(InterestError::Withdrawn);
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestErased])
            .when(notify("20261208-a"))
            .then_expect_error(InterestError::AlreadyErased);
        TestFramework::<Interest>::with(())
            .given_no_previous_events()
            .when(notify("20261208-a"))
            .then_expect_error(InterestError::NotFound);
    }

    #[test]
    fn a_call_is_recorded_only_about_a_session_she_was_told_of() {
        let told = || {
            vec![
                by_phone(),
                InterestEvent::InterestNotified {
                    session_id: "20261208-a".into(),
                    channel: InterestChannel::Phone,
                },
            ]
        };
        let call = |session: &str, key: &str| InterestCommand::RecordCall {
            session_id: session.into(),
            call: key.into(),
            result: CallResult::LeftMessage,
        };
        TestFramework::<Interest>::with(())
            .given(told())
            .when(call("20261208-a", "17-interest-matched"))
            .then_expect_events(vec![InterestEvent::InterestCallRecorded {
                session_id: "20261208-a".into(),
                call: "17-interest-matched".into(),
                result: CallResult::LeftMessage,
            }]);
        TestFramework::<Interest>::with(())
            .given(told())
            .when(call("20261215-b", "17-interest-matched"))
            .then_expect_error(InterestError::NotNotified);
        TestFramework::<Interest>::with(())
            .given(told())
            .when(call("20261208-a", ""))
            .then_expect_error(InterestError::InvalidCall);
        let mut withdrawn = told();
        withdrawn.push(InterestEvent::InterestWithdrawn);
        TestFramework::<Interest>::with(())
            .given(withdrawn)
            .when(call("20261208-a", "17-interest-matched"))
            .then_expect_error(InterestError::Withdrawn);
    }

    #[test]
    fn an_interest_is_withdrawn_once() {
        TestFramework::<Interest>::with(())
            .given(vec![by_phone()])
            .when(InterestCommand::Withdraw)
            .then_expect_events(vec![InterestEvent::InterestWithdrawn]);
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestWithdrawn])
            .when(InterestCommand::Withdraw)
            .then_expect_error(InterestError::Withdrawn);
        TestFramework::<Interest>::with(())
            .given_no_previous_events()
            .when(InterestCommand::Withdraw)
            .then_expect_error(InterestError::NotFound);
    }

    #[test]
    fn her_data_is_erased_once_also_after_withdrawing() {
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestWithdrawn])
            .when(InterestCommand::Erase)
            .then_expect_events(vec![InterestEvent::InterestErased]);
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestErased])
            .when(InterestCommand::Erase)
            .then_expect_error(InterestError::AlreadyErased);
        TestFramework::<Interest>::with(())
            .given(vec![by_phone(), InterestEvent::InterestErased])
            .when(InterestCommand::Withdraw)
            .then_expect_error(InterestError::AlreadyErased);
        TestFramework::<Interest>::with(())
            .given_no_previous_events()
            .when(InterestCommand::Erase)
            .then_expect_error(InterestError::NotFound);
    }
}

//! An ambassador (volunteer) from application to retirement: the office decides on the
//! application; an approved ambassador logs outreach, corrects or withdraws their own entries
//! (as new events), records workshops, pauses, resumes or retires.

#[cfg(test)]
mod tests;

use super::{Rejection, RejectionKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use teilhabe_events::staff::{AmbassadorCommand, AmbassadorEvent};
use teilhabe_events::staff_api::AmbassadorStatus;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmbassadorError {
    #[error("no such application")]
    NotFound,
    #[error("this person has applied already")]
    AlreadyApplied,
    #[error("the application has been decided already")]
    AlreadyDecided,
    #[error("a decline needs a reason")]
    ReasonRequired,
    #[error("only an approved, active ambassador can do this")]
    NotActive,
    #[error("no such outreach entry")]
    UnknownEntry,
    #[error("these principles were accepted already")]
    PrinciplesAccepted,
    #[error("the office paused this ambassador; only the office can resume them")]
    PausedByOffice,
}

impl Rejection for AmbassadorError {
    fn message_key(&self) -> &'static str {
        match self {
            AmbassadorError::NotFound => "problem-not-found",
            AmbassadorError::AlreadyApplied => "problem-application-exists",
            AmbassadorError::AlreadyDecided => "problem-application-decided",
            AmbassadorError::ReasonRequired => "problem-invalid-input",
            AmbassadorError::NotActive => "problem-not-active",
            AmbassadorError::UnknownEntry => "problem-outreach-unknown",
            AmbassadorError::PrinciplesAccepted => "problem-principles-accepted",
            AmbassadorError::PausedByOffice => "problem-not-active",
        }
    }
    fn kind(&self) -> RejectionKind {
        match self {
            AmbassadorError::NotFound | AmbassadorError::UnknownEntry => RejectionKind::NotFound,
            AmbassadorError::ReasonRequired => RejectionKind::Invalid,
            _ => RejectionKind::Conflict,
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Ambassador {
    status: Option<AmbassadorStatus>,
    principles_version: u32,
    /// Paused by the office (not by themselves): only the office resumes.
    #[serde(default)]
    paused_by_office: bool,
    /// Outreach entries by number: true once withdrawn.
    entries: BTreeMap<u32, bool>,
}

impl Ambassador {
    pub fn status(&self) -> Option<AmbassadorStatus> {
        self.status
    }

    /// The number the next outreach entry gets.
    pub fn next_entry(&self) -> u32 {
        self.entries.keys().next_back().map_or(1, |n| n + 1)
    }

    fn approved(&self) -> Result<(), AmbassadorError> {
        match self.status {
            Some(AmbassadorStatus::Active | AmbassadorStatus::Paused) => Ok(()),
            None => Err(AmbassadorError::NotFound),
            _ => Err(AmbassadorError::NotActive),
        }
    }

    fn active(&self) -> Result<(), AmbassadorError> {
        match self.status {
            Some(AmbassadorStatus::Active) => Ok(()),
            None => Err(AmbassadorError::NotFound),
            _ => Err(AmbassadorError::NotActive),
        }
    }

    fn undecided(&self) -> Result<(), AmbassadorError> {
        match self.status {
            Some(AmbassadorStatus::Applied) => Ok(()),
            None => Err(AmbassadorError::NotFound),
            _ => Err(AmbassadorError::AlreadyDecided),
        }
    }

    fn live_entry(&self, entry: u32) -> Result<(), AmbassadorError> {
        match self.entries.get(&entry) {
            Some(false) => Ok(()),
            _ => Err(AmbassadorError::UnknownEntry),
        }
    }
}

super::one_event_aggregate!(
    Ambassador,
    "ambassador",
    AmbassadorCommand,
    AmbassadorEvent,
    AmbassadorError
);

impl Ambassador {
    /// Checks `command` against the current state and names the one event it yields.
    fn decide(&self, command: AmbassadorCommand) -> Result<AmbassadorEvent, AmbassadorError> {
        use AmbassadorCommand as C;
        use AmbassadorEvent as E;
        let event = match command {
            C::Apply {
                application,
                principles_version,
            } => {
                if self.status.is_some() {
                    return Err(AmbassadorError::AlreadyApplied);
                }
                E::AmbassadorApplied {
                    application,
                    principles_version,
                }
            }
            C::Approve { account_id } => {
                self.undecided()?;
                E::AmbassadorApproved { account_id }
            }
            C::Decline { reason } => {
                self.undecided()?;
                if reason.trim().is_empty() {
                    return Err(AmbassadorError::ReasonRequired);
                }
                E::AmbassadorDeclined { reason }
            }
            C::AcceptPrinciples { version } => {
                self.approved()?;
                if version <= self.principles_version {
                    return Err(AmbassadorError::PrinciplesAccepted);
                }
                E::PrinciplesAccepted { version }
            }
            C::LogOutreach { outreach } => {
                self.active()?;
                E::OutreachLogged {
                    entry: self.next_entry(),
                    outreach,
                }
            }
            C::CorrectOutreach { entry, outreach } => {
                self.approved()?;
                self.live_entry(entry)?;
                E::OutreachCorrected { entry, outreach }
            }
            C::WithdrawOutreach { entry } => {
                self.approved()?;
                self.live_entry(entry)?;
                E::OutreachWithdrawn { entry }
            }
            C::RecordWorkshop { date, title } => {
                self.approved()?;
                E::WorkshopAttended { date, title }
            }
            C::Pause => {
                self.active()?;
                E::AmbassadorPaused
            }
            C::Resume => {
                self.approved()?;
                if self.status == Some(AmbassadorStatus::Active) {
                    return Err(AmbassadorError::AlreadyDecided);
                }
                if self.paused_by_office {
                    return Err(AmbassadorError::PausedByOffice);
                }
                E::AmbassadorResumed
            }
            C::PauseByOffice => {
                self.approved()?;
                if self.paused_by_office {
                    return Err(AmbassadorError::AlreadyDecided);
                }
                E::AmbassadorPausedByOffice
            }
            C::ResumeByOffice => {
                self.approved()?;
                if self.status == Some(AmbassadorStatus::Active) {
                    return Err(AmbassadorError::AlreadyDecided);
                }
                E::AmbassadorResumed
            }
            C::Retire => {
                self.approved()?;
                E::AmbassadorRetired
            }
        };
        Ok(event)
    }

    /// Folds one of this aggregate's events into its state.
    fn evolve(&mut self, event: AmbassadorEvent) {
        use AmbassadorEvent as E;
        match event {
            E::AmbassadorApplied {
                principles_version, ..
            } => {
                self.status = Some(AmbassadorStatus::Applied);
                self.principles_version = principles_version;
            }
            E::AmbassadorApproved { .. } | E::AmbassadorResumed => {
                self.status = Some(AmbassadorStatus::Active);
                self.paused_by_office = false;
            }
            E::AmbassadorDeclined { .. } => self.status = Some(AmbassadorStatus::Declined),
            E::PrinciplesAccepted { version } => self.principles_version = version,
            E::OutreachLogged { entry, .. } => {
                self.entries.insert(entry, false);
            }
            E::OutreachCorrected { .. } | E::WorkshopAttended { .. } => {}
            E::OutreachWithdrawn { entry } => {
                self.entries.insert(entry, true);
            }
            E::AmbassadorPaused => self.status = Some(AmbassadorStatus::Paused),
            E::AmbassadorPausedByOffice => {
                self.status = Some(AmbassadorStatus::Paused);
                self.paused_by_office = true;
            }
            E::AmbassadorRetired => self.status = Some(AmbassadorStatus::Retired),
        }
    }
}

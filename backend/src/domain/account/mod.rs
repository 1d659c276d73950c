//! A staff account: opened for one e-mail address and role, given a password, closed.
//! The stream id is derived from the e-mail address, so one address opens one account even
//! when two requests race.

#[cfg(test)]
mod tests;

use super::{Rejection, RejectionKind};
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use teilhabe_events::staff::{AccountCommand, AccountEvent, Email, Role};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("an account with this e-mail address exists")]
    AlreadyExists,
    #[error("no such account")]
    NotFound,
    #[error("this account is closed")]
    Closed,
}

impl Rejection for AccountError {
    fn message_key(&self) -> &'static str {
        match self {
            AccountError::AlreadyExists => "problem-account-exists",
            AccountError::NotFound => "problem-not-found",
            AccountError::Closed => "problem-account-closed",
        }
    }
    fn kind(&self) -> RejectionKind {
        match self {
            AccountError::NotFound => RejectionKind::NotFound,
            _ => RejectionKind::Conflict,
        }
    }
}

/// The id of the account for `email`: the first 20 hex digits of its SHA-256.
pub fn account_id(email: &Email) -> String {
    let digest = Sha256::digest(email.as_str().as_bytes());
    digest.iter().take(10).map(|b| format!("{b:02x}")).collect()
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Account {
    role: Option<Role>,
    has_password: bool,
    closed: bool,
}

impl Account {
    pub fn role(&self) -> Option<Role> {
        self.role
    }
}

impl Aggregate for Account {
    const TYPE: &'static str = "account";
    type Command = AccountCommand;
    type Event = AccountEvent;
    type Error = AccountError;
    type Services = ();

    async fn handle(
        &mut self,
        command: Self::Command,
        _services: &Self::Services,
        sink: &EventSink<Self>,
    ) -> Result<(), Self::Error> {
        let event = match command {
            AccountCommand::Open { email, name, role } => {
                if self.role.is_some() {
                    return Err(AccountError::AlreadyExists);
                }
                AccountEvent::AccountOpened { email, name, role }
            }
            AccountCommand::SetPassword { password_hash } => {
                self.open()?;
                AccountEvent::PasswordSet { password_hash }
            }
            AccountCommand::Close => {
                self.open()?;
                AccountEvent::AccountClosed
            }
        };
        sink.write(event, self).await;
        Ok(())
    }

    fn apply(&mut self, event: Self::Event) {
        match event {
            AccountEvent::AccountOpened { role, .. } => self.role = Some(role),
            AccountEvent::PasswordSet { .. } => self.has_password = true,
            AccountEvent::AccountClosed => self.closed = true,
        }
    }
}

impl Account {
    fn open(&self) -> Result<(), AccountError> {
        match (self.role, self.closed) {
            (None, _) => Err(AccountError::NotFound),
            (Some(_), true) => Err(AccountError::Closed),
            (Some(_), false) => Ok(()),
        }
    }
}

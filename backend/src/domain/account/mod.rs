//! A staff account: opened for one e-mail address and role, given a password, closed.
//! The stream id is derived from the e-mail address, so one address opens one account even
//! when two requests race.

#[cfg(test)]
mod tests;

use super::{Rejection, RejectionKind};
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

/// The id of a new account for `email`: the first 20 hex digits of its HMAC-SHA-256 under
/// the installation's `secret`. The same address always gives the same id (two requests that
/// race open one account), but without the secret nobody can compute it: an auditor who
/// guesses an address cannot confirm it from the stream ids and actors of the log. Accounts
/// opened before the id was keyed keep the ids they have (the log is never rewritten): see
/// [`crate::auth::Auth::account_id`].
pub fn account_id(secret: &[u8], email: &Email) -> String {
    hex::encode(&hmac_sha256(secret, email.as_str().as_bytes())[..10])
}

/// HMAC (RFC 2104) with SHA-256.
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        block[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
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

super::one_event_aggregate!(
    Account,
    "account",
    AccountCommand,
    AccountEvent,
    AccountError
);

impl Account {
    /// Checks `command` against the current state and names the one event it yields.
    fn decide(&self, command: AccountCommand) -> Result<AccountEvent, AccountError> {
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
        Ok(event)
    }

    /// Folds one of this aggregate's events into its state.
    fn evolve(&mut self, event: AccountEvent) {
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

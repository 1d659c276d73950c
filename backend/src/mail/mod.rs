//! E-mail through an outbox.
//!
//! The notification rules ([`crate::notifications`]) write one outbox row per event that
//! calls for a message (a booking confirmed for someone who gave an e-mail address, a
//! promotion from the waiting list, a session moved or cancelled, an application decided), in
//! the same transaction as the read models' checkpoint and keyed by the event's position:
//! every such event gets exactly one row, a crash repeats the fold but not the row, and a
//! rebuild of the read models finds the rows already there and sends nothing twice. (The
//! outbox table is not a read model and is never dropped.)
//!
//! A worker sends pending rows through SMTP (`lettre`) when `TEILHABE_SMTP_URL` is set. While
//! the relay cannot be reached it pauses (1 s, 2 s, … 30 s) and leaves the rows as they are; a
//! message refused for now (4xx) is tried again after growing pauses without using up an
//! attempt; one refused for good (5xx, or no valid address) is marked failed at once and not
//! tried again. Without a relay the rows stay pending and the office lists them
//! (`GET /api/v1/office/outbox`) to pass the news on by phone or post. Texts come from the
//! Fluent files (`mail.ftl`) in the recipient's language.

mod calls;
mod interests;
mod outbox;
mod recipients;
mod smtp;
mod texts;

pub use outbox::{notice, Notice, OutboxEntry, SCHEMA};
pub use smtp::{run_worker, transport, Delivery};
pub use texts::{LetterError, Mail};

use crate::auth::Auth;
use crate::domain::clock::Clock;
use crate::projections::db::ReadDb;
use crate::projections::Catalogue;
use crate::projections::ProjectionError;
use std::sync::Arc;
use std::time::Duration;

/// What the outbox reads besides its own table when it composes messages: the sessions, the
/// logins (for the set-password link of an approval) and the clock. Cheap to clone.
#[derive(Clone)]
pub struct Sources {
    pub catalogue: Catalogue,
    pub auth: Auth,
    pub clock: Arc<dyn Clock>,
}

/// Composes and sends the outbox's messages.
#[derive(Clone)]
pub struct Outbox {
    db: ReadDb,
    /// The address the app is reached at, for links in messages.
    public_url: String,
}

impl Outbox {
    /// The address the app is reached at (no `/` at the end).
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    pub async fn open(db: ReadDb, public_url: &str) -> Result<Self, ProjectionError> {
        db.execute_all(SCHEMA).await?;
        Ok(Self {
            db,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }
}

/// Writes reminders for sessions starting within `lead` once a minute (the first minute after
/// the round the server makes at start), until the process ends.
pub async fn run_reminders(outbox: Outbox, sources: Sources, lead: chrono::Duration) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await;
        if let Err(err) = outbox.remind(&sources, lead).await {
            tracing::warn!(error = %err, "reminders");
        }
    }
}

#[cfg(test)]
mod tests;

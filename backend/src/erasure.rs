//! Erasure of a person's data (GDPR Art. 17) by crypto-shredding: their key is deleted (see
//! [`crate::personal`]), the erasure is recorded as an event without personal data, the read
//! models drop what they held, and on SQLite the write-ahead log is emptied so no old page
//! keeps a copy. Asked for by the resident with their booking code, by the office, on the
//! command line, or by the retention rule.

use crate::commands::{CommandError, Respond};
use crate::domain::session::Session;
use crate::personal::{booking_subject, KeyringError};
use crate::projections::ProjectionError;
use crate::startup::AppState;
use crate::store::Metadata;
use std::sync::Arc;
use std::time::Duration;
use teilhabe_events::{BookingCode, SessionCommand};

#[derive(Debug, thiserror::Error)]
pub enum ErasureError {
    #[error(transparent)]
    Keys(#[from] KeyringError),
    #[error(transparent)]
    Command(#[from] CommandError),
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

/// Erases the personal data of the booking `code` in `session`; returns the position of the
/// erasure event once the read models have applied it.
pub async fn erase_booking(
    state: &AppState,
    session: &str,
    code: &BookingCode,
    metadata: Metadata,
) -> Result<u64, ErasureError> {
    // The key goes first: should the process stop right after, the data is gone already and
    // a repeated request records the event.
    state.keys.erase(&booking_subject(code.as_str())).await?;
    let respond: Respond<Session> = Arc::new(|_, _| String::new());
    let command = SessionCommand::ErasePersonalData {
        booking_code: code.clone(),
    };
    let outcome = state
        .commands
        .execute(session, command, metadata, respond)
        .await?;
    // Applied here rather than waited for: the command line has no projector following the log.
    state.projector.catch_up().await?;
    // Old page images in the write-ahead log still hold the rows as they were.
    if !state.read_db.truncate_wal().await? {
        tracing::warn!("write-ahead log busy after an erasure; emptied at the next one");
    }
    tracing::info!(position = outcome.position, "personal data erased");
    Ok(outcome.position)
}

/// Erases every booking whose session ended more than `retention` ago and is not erased yet;
/// returns how many.
pub async fn apply_retention(
    state: &AppState,
    retention: chrono::Duration,
) -> Result<usize, ErasureError> {
    let before = (state.clock.now() - retention).timestamp();
    let due = state.catalogue.bookings_ended_before(before).await?;
    let mut erased = 0;
    for (code, session) in due {
        let metadata = Metadata::new_command("system", "retention");
        match erase_booking(state, &session, &code, metadata).await {
            Ok(_) => erased += 1,
            Err(ErasureError::Command(CommandError::Domain(rejected)))
                if rejected.message_key == "problem-already-erased" => {}
            Err(err) => return Err(err),
        }
    }
    Ok(erased)
}

/// Applies the retention rule every hour until the process ends.
pub async fn run_retention(state: AppState, retention: chrono::Duration) {
    loop {
        match apply_retention(&state, retention).await {
            Ok(0) => {}
            Ok(erased) => tracing::info!(erased, "retention: personal data erased"),
            Err(err) => tracing::warn!(error = %err, "retention"),
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}

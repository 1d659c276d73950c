//! The office plans sessions and changes them: schedule, reschedule, capacity, cancel.

use super::{invalid, run, Error};
use crate::state::AppState;
use crate::store::Metadata;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::{SessionCommand, SessionDetails};

fn session_not_found() -> Error {
    Error::NotFound {
        message_key: "problem-session-not-found",
    }
}

/// Schedules a session (not in the past); its id is its day and the command id's start, so a
/// repeated request schedules it once. The interests it fits are told of it (once each).
/// Answers the session as the catalogue shows it.
#[tracing::instrument(skip_all)]
pub async fn plan(
    state: &AppState,
    details: SessionDetails,
    metadata: Metadata,
) -> Result<SessionSummary, Error> {
    if details.starts_at.timestamp() <= state.clock.now().timestamp() {
        return Err(invalid("starts_at", "session-error-in-past"));
    }
    let id = super::ids::session(&details.starts_at, &metadata.command_id);
    let command = SessionCommand::ScheduleSession(details);
    run(state, &state.commands, &id, command, metadata.clone()).await?;
    let session = state
        .catalogue
        .session(&id)
        .await?
        .ok_or_else(session_not_found)?;
    // Everyone on the interest list whom the session fits is told of it, once.
    super::interests::notify_matching(state, &session, &metadata).await?;
    Ok(session)
}

/// Runs an office command on session `id` (which must exist) and answers the session
/// afterwards.
#[tracing::instrument(skip(state, command, metadata))]
pub async fn change(
    state: &AppState,
    id: &str,
    command: SessionCommand,
    metadata: Metadata,
) -> Result<SessionSummary, Error> {
    state
        .catalogue
        .session(id)
        .await?
        .ok_or_else(session_not_found)?;
    run(state, &state.commands, id, command, metadata).await?;
    state
        .catalogue
        .session(id)
        .await?
        .ok_or_else(session_not_found)
}

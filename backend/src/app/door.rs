//! At the door and from paper: check-ins, walk-ins, feedback cards.

use super::{run, Error};
use crate::state::AppState;
use crate::store::Metadata;
use teilhabe_events::SessionCommand;

/// Records a door command on session `id`, which must exist. `command` is given the command's
/// id (a walk-in is named by it, so a repeated request counts once).
#[tracing::instrument(skip(state, command, metadata))]
pub async fn record(
    state: &AppState,
    id: &str,
    command: impl FnOnce(&str) -> SessionCommand,
    metadata: Metadata,
) -> Result<(), Error> {
    state.catalogue.session(id).await?.ok_or(Error::NotFound {
        message_key: "problem-session-not-found",
    })?;
    let command = command(&metadata.command_id);
    run(state, &state.commands, id, command, metadata).await?;
    Ok(())
}

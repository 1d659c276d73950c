//! Staff accounts: opening, closing.

use crate::projections::ProjectionError;
use crate::state::AppState;
use std::sync::Arc;

/// Why an account could not be closed.
#[derive(Debug, thiserror::Error)]
pub enum CloseError {
    #[error(transparent)]
    Command(#[from] crate::commands::CommandError),
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

/// Closes the staff account `account_id` and ends its sessions at once (the office, or
/// `teilhabe user close`); `false` when there is no such account.
pub async fn close_account(
    state: &AppState,
    account_id: &str,
    metadata: crate::store::Metadata,
) -> Result<bool, CloseError> {
    if state.staff.account(account_id).await?.is_none() {
        return Ok(false);
    }
    let respond: crate::commands::Respond<crate::domain::account::Account> =
        Arc::new(|_, _| String::new());
    let outcome = state
        .accounts
        .execute(
            account_id,
            teilhabe_events::staff::AccountCommand::Close,
            metadata,
            respond,
        )
        .await?;
    state.projector.wait_for(outcome.position).await?;
    state.auth.end_sessions_of(account_id).await?;
    Ok(true)
}

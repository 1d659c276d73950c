//! The office decides on an ambassador's application.

use super::{run, Error};
use crate::state::AppState;
use crate::store::Metadata;
use teilhabe_events::staff::{AmbassadorCommand, Role};
use teilhabe_events::staff_api::AmbassadorStatus;

/// An approved application: the ambassador's new account and the one-time token with which
/// they set its password.
pub struct Approved {
    pub account_id: String,
    pub token: String,
}

/// Approves application `id`: opens the ambassador's account, then records the approval
/// with it (the second command's id follows the first's, so a repeated request repeats
/// neither).
#[tracing::instrument(skip(state, metadata))]
pub async fn approve(state: &AppState, id: &str, metadata: Metadata) -> Result<Approved, Error> {
    let view = state.staff.ambassador(id).await?.ok_or(Error::NotFound {
        message_key: "problem-not-found",
    })?;
    if view.status != AmbassadorStatus::Applied {
        return Err(Error::Conflict {
            message_key: "problem-application-decided",
            detail: "the application has been decided already".into(),
        });
    }
    let approve = super::ids::next_step(&metadata, "approve");
    let account = super::accounts::NewAccount {
        name: view.application.name,
        email: view.application.email,
        role: Role::Ambassador,
    };
    let (account_id, token) = super::accounts::open_with_link(state, account, metadata).await?;
    let command = AmbassadorCommand::Approve {
        account_id: account_id.clone(),
    };
    run(state, &state.ambassadors, id, command, approve).await?;
    Ok(Approved { account_id, token })
}

/// Declines application `id` for `reason` (which the applicant is told).
#[tracing::instrument(skip_all)]
pub async fn decline(
    state: &AppState,
    id: &str,
    reason: String,
    metadata: Metadata,
) -> Result<(), Error> {
    let command = AmbassadorCommand::Decline { reason };
    run(state, &state.ambassadors, id, command, metadata).await?;
    Ok(())
}

//! The ideas store: submitting, supporting, and the working group's decisions.

use super::{invalid, run, Error};
use crate::state::AppState;
use crate::store::Metadata;
use sha2::Digest;
use teilhabe_events::ideas::Supporter;
use teilhabe_events::ideas::{IdeaCommand, IdeaDecision, IdeaRequest, IdeaSource};
use teilhabe_events::BookingCode;

/// Submits an idea told through `source`; answers its id, which follows the command id (a
/// repeated request names the same idea).
#[tracing::instrument(skip(state, request, metadata))]
pub async fn submit(
    state: &AppState,
    request: &IdeaRequest,
    source: IdeaSource,
    metadata: Metadata,
) -> Result<String, Error> {
    let (idea, contact) = request.parse().map_err(Error::Invalid)?;
    let id = super::ids::hashed(&metadata.command_id, 8);
    let command = IdeaCommand::Submit {
        idea,
        contact,
        source,
    };
    run(state, &state.ideas, &id, command, metadata).await?;
    Ok(id)
}

/// A supporter's key: the same person always gets the same one, and it does not reveal who.
fn pseudonym(state: &AppState, who: &str) -> String {
    let mut hasher = sha2::Sha256::new();
    hasher.update(state.auth.pseudonym_secret.as_bytes());
    hasher.update(who.as_bytes());
    hex::encode(&hasher.finalize()[..12])
}

/// The supporter a booking code's holder is: a pseudonym of the code, never the code itself.
pub(crate) fn resident(state: &AppState, code: &BookingCode) -> Supporter {
    Supporter::Resident(pseudonym(state, code.as_str()))
}

/// The supporter a staff account is: a pseudonym of the account id.
pub(crate) fn staff(state: &AppState, account_id: &str) -> Supporter {
    Supporter::Staff(pseudonym(state, account_id))
}

async fn support(
    state: &AppState,
    id: &str,
    supporter: Supporter,
    metadata: Metadata,
) -> Result<(), Error> {
    run(
        state,
        &state.ideas,
        id,
        IdeaCommand::Support { supporter },
        metadata,
    )
    .await?;
    Ok(())
}

/// The holder of a booking supports idea `id`: one support per booking code, recorded
/// without the code itself.
#[tracing::instrument(skip(state, code, metadata))]
pub async fn support_with_code(
    state: &AppState,
    id: &str,
    code: &BookingCode,
    metadata: Metadata,
) -> Result<(), Error> {
    support(state, id, resident(state, code), metadata).await
}

/// A staff member (office, ambassador, auditor) supports idea `id`: one support per account,
/// recorded under a pseudonym of the account.
#[tracing::instrument(skip(state, metadata))]
pub async fn support_as_staff(
    state: &AppState,
    id: &str,
    account_id: &str,
    metadata: Metadata,
) -> Result<(), Error> {
    support(state, id, staff(state, account_id), metadata).await
}

/// The working group moves idea `id` on: assessing, chosen as a pilot, kept for later, not
/// pursued, or merged into another idea.
#[tracing::instrument(skip(state, decision, metadata))]
pub async fn decide(
    state: &AppState,
    id: &str,
    decision: &IdeaDecision,
    metadata: Metadata,
) -> Result<(), Error> {
    let reason = || {
        teilhabe_events::input::long_text("reason", &decision.reason, 1000)
            .map_err(|e| Error::Invalid(vec![e]))
    };
    let command = match decision.state.as_str() {
        "assessing" => IdeaCommand::StartAssessment,
        "pilot" => IdeaCommand::ChooseAsPilot { reason: reason()? },
        "kept" => IdeaCommand::Keep { reason: reason()? },
        "not-pursued" => IdeaCommand::NotPursue { reason: reason()? },
        "merged" => {
            let into = decision.into.clone().unwrap_or_default();
            if into.is_empty() || into == id || state.staff.idea(&into).await?.is_none() {
                return Err(invalid("into", "field-error-choose"));
            }
            IdeaCommand::Merge {
                into,
                reason: reason()?,
            }
        }
        _ => return Err(invalid("state", "field-error-choose")),
    };
    run(state, &state.ideas, id, command, metadata).await?;
    Ok(())
}

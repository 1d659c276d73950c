//! Staff accounts and the principles of cooperation, as the office keeps them.

use crate::app::{self, accounts};
use crate::http::json::ApiJson;
use crate::http::params::{AccountId, Csrf};
use crate::http::problems::{StaffChangeProblems, StaffCommandProblems};
use crate::http::signed_in::{Command, Office};
use crate::http::ApiError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use teilhabe_events::staff_api::{AccountCreated, AccountRequest};

#[utoipa::path(
    post,
    path = "/api/v1/office/accounts",
    tag = "office",
    request_body = AccountRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Account opened", body = AccountCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn create_account(
    State(state): State<AppState>,
    user: Command<Office>,
    ApiJson(request): ApiJson<AccountRequest>,
) -> Result<(StatusCode, Json<AccountCreated>), ApiError> {
    let (name, email, role) = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.metadata("web")?;
    let account = accounts::NewAccount { name, email, role };
    let (account_id, token) = accounts::open_by_office(&state, account, metadata).await?;
    Ok((
        StatusCode::CREATED,
        Json(super::created(account_id, &token)),
    ))
}

/// Closes a staff account; its sessions and set-password links end at once.
#[utoipa::path(
    post,
    path = "/api/v1/office/accounts/{id}/close",
    tag = "office",
    params(AccountId, Csrf),
    responses(
        (status = 204, description = "Closed"),
        StaffChangeProblems
    ),
    security(("session" = [])),
)]
pub async fn close_account(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    if accounts::close(&state, &id, metadata).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound {
            message_key: "problem-not-found",
        })
    }
}

#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct PrinciplesRequest {
    #[serde(default)]
    text: String,
}

/// Publishes a new version of the principles; ambassadors accept it at their next login.
#[utoipa::path(
    post,
    path = "/api/v1/office/principles",
    tag = "office",
    request_body = PrinciplesRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Published", body = teilhabe_events::staff_api::Principles),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn publish_principles(
    State(state): State<AppState>,
    user: Command<Office>,
    ApiJson(request): ApiJson<PrinciplesRequest>,
) -> Result<(StatusCode, Json<teilhabe_events::staff_api::Principles>), ApiError> {
    let text = teilhabe_events::input::long_text("text", &request.text, 10_000)
        .map_err(|e| ApiError::Invalid(vec![e]))?;
    let metadata = user.metadata("web")?;
    app::run(
        &state,
        &state.principles,
        crate::domain::principles::STREAM_ID,
        teilhabe_events::staff::PrinciplesCommand::Publish { text },
        metadata,
    )
    .await?;
    let principles = state.staff.principles().await?.ok_or(ApiError::NotFound {
        message_key: "problem-not-found",
    })?;
    Ok((StatusCode::CREATED, Json(principles)))
}

//! The ambassador's area: dashboard, principles, outreach, workshops, status, and registering
//! residents on their behalf. Every route requires the ambassador role.

use super::json::{ApiJson, ApiPath};
use super::params::{Csrf, EntryNumber};
use super::problems::{StaffCommandProblems, StaffReadProblems};
use super::signed_in::{ActingAmbassador, AmbassadorUser, Command};
use super::{json_response, ApiError};
use crate::app::{ambassadors, registration};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use serde::Deserialize;
use teilhabe_events::staff_api::{
    AmbassadorDashboard, AssistedRegistrationRequest, OutreachRequest, OutreachView,
};

#[utoipa::path(
    get,
    path = "/api/v1/ambassador/dashboard",
    tag = "ambassadors",
    responses(
        (status = 200, description = "The ambassador's dashboard", body = AmbassadorDashboard),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn dashboard(
    State(state): State<AppState>,
    user: AmbassadorUser,
) -> Result<Json<AmbassadorDashboard>, ApiError> {
    Ok(Json(
        ambassadors::dashboard(&state, &user.account.id).await?,
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct VersionRequest {
    #[serde(default)]
    version: u32,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/principles",
    tag = "ambassadors",
    request_body = VersionRequest,
    params(Csrf),
    responses(
        (status = 204, description = "Accepted"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn accept_principles(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiJson(request): ApiJson<VersionRequest>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    ambassadors::accept_principles(&state, &user.account.id, request.version, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/outreach",
    tag = "ambassadors",
    request_body = OutreachRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Logged", body = OutreachView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn log_outreach(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiJson(request): ApiJson<OutreachRequest>,
) -> Result<(StatusCode, Json<OutreachView>), ApiError> {
    let metadata = user.metadata("web")?;
    let entry = ambassadors::log_outreach(&state, &user.account.id, &request, metadata).await?;
    Ok((StatusCode::CREATED, Json(entry)))
}

#[utoipa::path(
    put,
    path = "/api/v1/ambassador/outreach/{entry}",
    tag = "ambassadors",
    request_body = OutreachRequest,
    params(EntryNumber, Csrf),
    responses(
        (status = 200, description = "Corrected", body = OutreachView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn correct_outreach(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiPath(entry): ApiPath<u32>,
    ApiJson(request): ApiJson<OutreachRequest>,
) -> Result<Json<OutreachView>, ApiError> {
    let metadata = user.metadata("web")?;
    let entry =
        ambassadors::correct_outreach(&state, &user.account.id, entry, &request, metadata).await?;
    Ok(Json(entry))
}

#[utoipa::path(
    delete,
    path = "/api/v1/ambassador/outreach/{entry}",
    tag = "ambassadors",
    params(EntryNumber, Csrf),
    responses(
        (status = 204, description = "Withdrawn"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn withdraw_outreach(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiPath(entry): ApiPath<u32>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    ambassadors::withdraw_outreach(&state, &user.account.id, entry, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct WorkshopRequest {
    #[serde(default)]
    date: String,
    #[serde(default)]
    title: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/workshops",
    tag = "ambassadors",
    request_body = WorkshopRequest,
    params(Csrf),
    responses(
        (status = 204, description = "Recorded"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn workshop(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiJson(request): ApiJson<WorkshopRequest>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    ambassadors::record_workshop(
        &state,
        &user.account.id,
        &request.date,
        &request.title,
        metadata,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct StatusRequest {
    #[serde(default)]
    pub(crate) status: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/status",
    tag = "ambassadors",
    request_body = StatusRequest,
    params(Csrf),
    responses(
        (status = 204, description = "Status changed"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn status(
    State(state): State<AppState>,
    user: Command<AmbassadorUser>,
    ApiJson(request): ApiJson<StatusRequest>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    ambassadors::set_own_status(&state, &user.account.id, &request.status, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Registers a resident on their behalf, with their consent recorded.
#[utoipa::path(
    post,
    path = "/api/v1/ambassador/registrations",
    tag = "ambassadors",
    request_body = AssistedRegistrationRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Registered on the resident's behalf", body = teilhabe_events::api::RegistrationCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn register_resident(
    State(state): State<AppState>,
    user: Command<ActingAmbassador>,
    ApiJson(request): ApiJson<AssistedRegistrationRequest>,
) -> Result<Response, ApiError> {
    let metadata = user.metadata("ambassador")?;
    let created =
        registration::register_by_ambassador(&state, &user.account.id, &request, metadata).await?;
    Ok(json_response(StatusCode::CREATED, created))
}

//! The programme office: overview, applications and ambassadors; its sessions, staff
//! accounts and residents' letters and data are in the submodules. Every route requires the
//! office role.

pub mod accounts;
pub mod residents;
pub mod sessions;

use super::json::ApiJson;
use super::problems::{StaffCommandProblems, StaffReadProblems};
use super::signed_in::{Command, Office};
use super::ApiError;
use crate::app::{ambassadors, approval};
use crate::http::params::{AmbassadorId, ApplicationId, Csrf};
use crate::projections::staff::Staff;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::Datelike;
use teilhabe_events::staff_api::{
    AccountCreated, AmbassadorStatus, AmbassadorView, DeclineRequest, OfficeOverview,
};

/// The answer to a new staff account: its id and the link that sets its password.
fn created(account_id: String, token: &str) -> AccountCreated {
    AccountCreated {
        account_id,
        set_password_link: format!("/staff/password?token={token}"),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/office/overview",
    tag = "office",
    responses(
        (status = 200, description = "Overview", body = OfficeOverview),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn overview(
    State(state): State<AppState>,
    _office: Office,
) -> Result<Json<OfficeOverview>, ApiError> {
    let today = state.clock.now().date_naive();
    let first = today.with_day(1).unwrap_or(today);
    let now = state.clock.now().timestamp();
    let sessions = state
        .catalogue
        .all_sessions()
        .into_iter()
        .filter(|s| s.ends_at.timestamp() > now)
        .map(sessions::fill)
        .collect();
    Ok(Json(OfficeOverview {
        sessions,
        pending_applications: u32::try_from(
            state
                .staff
                .ambassadors(Some(AmbassadorStatus::Applied))
                .await?
                .len(),
        )
        .unwrap_or(u32::MAX),
        outreach: state.staff.outreach_by_district(first, today).await?,
    }))
}

#[utoipa::path(
    get,
    path = "/api/v1/office/applications",
    tag = "office",
    responses(
        (status = 200, description = "Applications and ambassadors", body = Vec<AmbassadorView>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn applications(
    State(staff): State<Staff>,
    _office: Office,
) -> Result<Json<Vec<AmbassadorView>>, ApiError> {
    Ok(Json(staff.ambassadors(None).await?))
}

/// Approves an application: opens the ambassador's account and answers the one-time link
/// with which they set their password.
#[utoipa::path(
    post,
    path = "/api/v1/office/applications/{id}/approve",
    tag = "office",
    params(ApplicationId, Csrf),
    responses(
        (status = 200, description = "Approved; the link sets the password", body = AccountCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn approve(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
) -> Result<Json<AccountCreated>, ApiError> {
    let metadata = user.metadata("web")?;
    let approved = approval::approve(&state, &id, metadata).await?;
    Ok(Json(created(approved.account_id, &approved.token)))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/applications/{id}/decline",
    tag = "office",
    request_body = DeclineRequest,
    params(ApplicationId, Csrf),
    responses(
        (status = 204, description = "Declined"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn decline(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<DeclineRequest>,
) -> Result<StatusCode, ApiError> {
    let reason = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.metadata("web")?;
    approval::decline(&state, &id, reason, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The office pauses an ambassador (who then cannot resume themselves) or resumes them.
#[utoipa::path(
    post,
    path = "/api/v1/office/ambassadors/{id}/status",
    tag = "office",
    request_body = super::ambassador::StatusRequest,
    params(AmbassadorId, Csrf),
    responses(
        (status = 204, description = "Status changed"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn ambassador_status(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<super::ambassador::StatusRequest>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.metadata("web")?;
    ambassadors::set_status_by_office(&state, &id, &request.status, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

//! The office's sessions: the list, planning, changes, the roster, attendance and
//! registrations taken on the phone.

use crate::app::{self, bookings, planning, registration};
use crate::http::json::ApiJson;
use crate::http::params::{Csrf, SessionId};
use crate::http::problems::{StaffCommandProblems, StaffLookupProblems, StaffReadProblems};
use crate::http::signed_in::{Command, Office};
use crate::http::{json_response, ApiError};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::session::Channel;
use teilhabe_events::staff_api::{
    AssistedRegistrationRequest, AttendanceRequest, CancelSessionRequest, CapacityRequest,
    RescheduleRequest, Roster, SessionFill, SessionPlanRequest,
};
use teilhabe_events::{FieldError, SessionCommand};

fn session_not_found() -> ApiError {
    ApiError::NotFound {
        message_key: "problem-session-not-found",
    }
}

pub(super) fn fill(session: SessionSummary) -> SessionFill {
    SessionFill {
        confirmed: session.capacity.saturating_sub(session.seats_left),
        cancelled: session.cancelled,
        session,
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/office/sessions",
    tag = "office",
    responses(
        (status = 200, description = "Every session", body = Vec<SessionFill>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn sessions(
    State(state): State<AppState>,
    _office: Office,
) -> Result<Json<Vec<SessionFill>>, ApiError> {
    Ok(Json(
        state
            .catalogue
            .all_sessions()
            .into_iter()
            .map(fill)
            .collect(),
    ))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions",
    tag = "office",
    request_body = SessionPlanRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Scheduled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn plan(
    State(state): State<AppState>,
    user: Command<Office>,
    ApiJson(request): ApiJson<SessionPlanRequest>,
) -> Result<(StatusCode, Json<SessionSummary>), ApiError> {
    let details = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.metadata("web")?;
    let summary = planning::plan(&state, details, metadata).await?;
    Ok((StatusCode::CREATED, Json(summary)))
}

/// Runs an office command on a session and answers the session afterwards.
async fn change(
    state: &AppState,
    user: &Command<Office>,
    id: &str,
    command: SessionCommand,
) -> Result<Json<SessionSummary>, ApiError> {
    let metadata = user.metadata("web")?;
    Ok(Json(planning::change(state, id, command, metadata).await?))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/reschedule",
    tag = "office",
    request_body = RescheduleRequest,
    params(SessionId, Csrf),
    responses(
        (status = 200, description = "Rescheduled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn reschedule(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<RescheduleRequest>,
) -> Result<Json<SessionSummary>, ApiError> {
    let (Some(starts_at), Some(ends_at)) = (request.starts_at, request.ends_at) else {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "starts_at",
            "field-error-empty",
        )]));
    };
    let command = SessionCommand::Reschedule { starts_at, ends_at };
    change(&state, &user, &id, command).await
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/capacity",
    tag = "office",
    request_body = CapacityRequest,
    params(SessionId, Csrf),
    responses(
        (status = 200, description = "Capacity changed", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn capacity(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<CapacityRequest>,
) -> Result<Json<SessionSummary>, ApiError> {
    if !(1..=500).contains(&request.capacity) {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "capacity",
            "session-error-capacity",
        )]));
    }
    let command = SessionCommand::ChangeCapacity {
        capacity: request.capacity,
    };
    change(&state, &user, &id, command).await
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/cancel",
    tag = "office",
    request_body = CancelSessionRequest,
    params(SessionId, Csrf),
    responses(
        (status = 200, description = "Cancelled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn cancel(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<CancelSessionRequest>,
) -> Result<Json<SessionSummary>, ApiError> {
    let reason = teilhabe_events::input::long_text("reason", &request.reason, 1000)
        .map_err(|e| ApiError::Invalid(vec![e]))?;
    change(&state, &user, &id, SessionCommand::CancelSession { reason }).await
}

#[utoipa::path(
    get,
    path = "/api/v1/office/sessions/{id}/roster",
    tag = "office",
    params(SessionId),
    responses(
        (status = 200, description = "The roster", body = Roster),
        StaffLookupProblems
    ),
    security(("session" = [])),
)]
pub async fn roster(
    State(state): State<AppState>,
    _office: Office,
    Path(id): Path<String>,
) -> Result<Json<Roster>, ApiError> {
    state
        .catalogue
        .roster(&id)
        .await?
        .map(Json)
        .ok_or_else(session_not_found)
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/attendance",
    tag = "office",
    request_body = AttendanceRequest,
    params(SessionId, Csrf),
    responses(
        (status = 204, description = "Marked"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn attendance(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AttendanceRequest>,
) -> Result<StatusCode, ApiError> {
    let booking_code = bookings::parse_code("booking_code", &request.booking_code)?;
    let metadata = user.metadata("web")?;
    let command = SessionCommand::RecordAttendance {
        booking_code,
        attendance: request.attendance,
    };
    app::run(&state, &state.commands, &id, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A registration the office took on the phone.
#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/registrations",
    tag = "office",
    request_body = AssistedRegistrationRequest,
    params(SessionId, Csrf),
    responses(
        (status = 201, description = "Registered by phone", body = teilhabe_events::api::RegistrationCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn phone_registration(
    State(state): State<AppState>,
    user: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AssistedRegistrationRequest>,
) -> Result<Response, ApiError> {
    let metadata = user.metadata("phone")?;
    let created =
        registration::register_assisted(&state, &id, &request, Channel::Phone, metadata).await?;
    Ok(json_response(StatusCode::CREATED, created))
}

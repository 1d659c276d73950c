//! The programme office: overview, applications, sessions, rosters, attendance, phone
//! registrations and staff accounts. Every route requires the office role.

use super::json::{ApiJson, ApiQuery};
use super::problems::{StaffCommandProblems, StaffLookupProblems, StaffReadProblems};
use super::signed_in::Office;
use super::{json_response, ApiError};
use crate::app::{self, accounts, ambassadors, approval, bookings, planning, registration};
use crate::mail::Notice;
use crate::projections::staff::Staff;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use chrono::Datelike;
use teilhabe_events::api::Problem;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::session::Channel;
use teilhabe_events::staff_api::{
    AccountCreated, AccountRequest, AmbassadorStatus, AmbassadorView, AssistedRegistrationRequest,
    AttendanceRequest, CancelSessionRequest, CapacityRequest, DeclineRequest, ErasureRequest,
    Letter, OfficeOverview, RescheduleRequest, Roster, SessionFill, SessionPlanRequest,
};
use teilhabe_events::{FieldError, SessionCommand};

fn session_not_found() -> ApiError {
    ApiError::NotFound {
        message_key: "problem-session-not-found",
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
        .map(fill)
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

/// The answer to a new staff account: its id and the link that sets its password.
fn created(account_id: String, token: &str) -> AccountCreated {
    AccountCreated {
        account_id,
        set_password_link: format!("/staff/password?token={token}"),
    }
}

fn fill(session: SessionSummary) -> SessionFill {
    SessionFill {
        confirmed: session.capacity.saturating_sub(session.seats_left),
        cancelled: session.cancelled,
        session,
    }
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
    params(("id" = String, Path, description = "Application id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "Approved; the link sets the password", body = AccountCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn approve(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<AccountCreated>, ApiError> {
    let metadata = user.command(&headers, "web")?;
    let approved = approval::approve(&state, &id, metadata).await?;
    Ok(Json(created(approved.account_id, &approved.token)))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/applications/{id}/decline",
    tag = "office",
    request_body = DeclineRequest,
    params(("id" = String, Path, description = "Application id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Declined"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn decline(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<DeclineRequest>,
) -> Result<StatusCode, ApiError> {
    let reason = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.command(&headers, "web")?;
    approval::decline(&state, &id, reason, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
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
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Scheduled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn plan(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    ApiJson(request): ApiJson<SessionPlanRequest>,
) -> Result<(StatusCode, Json<SessionSummary>), ApiError> {
    let details = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.command(&headers, "web")?;
    let summary = planning::plan(&state, details, metadata).await?;
    Ok((StatusCode::CREATED, Json(summary)))
}

/// Runs an office command on a session and answers the session afterwards.
async fn change(
    state: &AppState,
    user: &Office,
    headers: &HeaderMap,
    id: &str,
    command: SessionCommand,
) -> Result<Json<SessionSummary>, ApiError> {
    let metadata = user.command(headers, "web")?;
    Ok(Json(planning::change(state, id, command, metadata).await?))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/reschedule",
    tag = "office",
    request_body = RescheduleRequest,
    params(("id" = String, Path, description = "Session id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "Rescheduled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn reschedule(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
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
    change(&state, &user, &headers, &id, command).await
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/capacity",
    tag = "office",
    request_body = CapacityRequest,
    params(("id" = String, Path, description = "Session id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "Capacity changed", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn capacity(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
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
    change(&state, &user, &headers, &id, command).await
}

#[utoipa::path(
    post,
    path = "/api/v1/office/sessions/{id}/cancel",
    tag = "office",
    request_body = CancelSessionRequest,
    params(("id" = String, Path, description = "Session id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "Cancelled", body = SessionSummary),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn cancel(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<CancelSessionRequest>,
) -> Result<Json<SessionSummary>, ApiError> {
    let reason = teilhabe_events::input::long_text("reason", &request.reason, 1000)
        .map_err(|e| ApiError::Invalid(vec![e]))?;
    change(
        &state,
        &user,
        &headers,
        &id,
        SessionCommand::CancelSession { reason },
    )
    .await
}

#[utoipa::path(
    get,
    path = "/api/v1/office/sessions/{id}/roster",
    tag = "office",
    params(("id" = String, Path, description = "Session id")),
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
    params(("id" = String, Path, description = "Session id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Marked"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn attendance(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AttendanceRequest>,
) -> Result<StatusCode, ApiError> {
    let booking_code = bookings::parse_code("booking_code", &request.booking_code)?;
    let metadata = user.command(&headers, "web")?;
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
    params(("id" = String, Path, description = "Session id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Registered by phone", body = teilhabe_events::api::RegistrationCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn phone_registration(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<AssistedRegistrationRequest>,
) -> Result<Response, ApiError> {
    let metadata = user.command(&headers, "phone")?;
    let created =
        registration::register_assisted(&state, &id, &request, Channel::Phone, metadata).await?;
    Ok(json_response(StatusCode::CREATED, created))
}

#[utoipa::path(
    post,
    path = "/api/v1/office/accounts",
    tag = "office",
    request_body = AccountRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Account opened", body = AccountCreated),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn create_account(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    ApiJson(request): ApiJson<AccountRequest>,
) -> Result<(StatusCode, Json<AccountCreated>), ApiError> {
    let (name, email, role) = request.parse().map_err(ApiError::Invalid)?;
    let metadata = user.command(&headers, "web")?;
    let (account_id, token) = accounts::open_by_office(&state, name, email, role, metadata).await?;
    Ok((StatusCode::CREATED, Json(created(account_id, &token))))
}

/// Closes a staff account; its sessions and set-password links end at once.
#[utoipa::path(
    post,
    path = "/api/v1/office/accounts/{id}/close",
    tag = "office",
    params(("id" = String, Path, description = "Account id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Closed"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn close_account(
    State(state): State<AppState>,
    user: Office,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let metadata = user.command(&headers, "web")?;
    if accounts::close(&state, &id, metadata).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound {
            message_key: "problem-not-found",
        })
    }
}

/// The office pauses an ambassador (who then cannot resume themselves) or resumes them.
#[utoipa::path(
    post,
    path = "/api/v1/office/ambassadors/{id}/status",
    tag = "office",
    request_body = super::ambassador::StatusRequest,
    params(("id" = String, Path, description = "Ambassador id"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Status changed"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn ambassador_status(
    State(state): State<AppState>,
    user: Office,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<super::ambassador::StatusRequest>,
) -> Result<StatusCode, ApiError> {
    let metadata = user.command(&headers, "web")?;
    ambassadors::set_status_by_office(&state, &id, &request.status, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
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
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Published", body = teilhabe_events::staff_api::Principles),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn publish_principles(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PrinciplesRequest>,
) -> Result<(StatusCode, Json<teilhabe_events::staff_api::Principles>), ApiError> {
    let text = teilhabe_events::input::long_text("text", &request.text, 10_000)
        .map_err(|e| ApiError::Invalid(vec![e]))?;
    let metadata = user.command(&headers, "web")?;
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

/// Messages not yet sent (no SMTP configured, or failing): for the office to pass on.
#[utoipa::path(
    get,
    path = "/api/v1/office/outbox",
    tag = "office",
    responses(
        (status = 200, description = "Messages not yet sent", body = Vec<crate::mail::OutboxEntry>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn outbox(
    State(state): State<AppState>,
    _office: Office,
) -> Result<Json<Vec<crate::mail::OutboxEntry>>, ApiError> {
    Ok(Json(state.outbox.unsent(&state.mail_sources()).await?))
}

/// Erases the personal data of a booking's holder on their request by letter, phone or at
/// the counter (GDPR Art. 17).
#[utoipa::path(
    post,
    path = "/api/v1/office/erasures",
    tag = "office",
    request_body = ErasureRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "The booking, its holder's data erased", body = teilhabe_events::api::BookingView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn erase(
    State(state): State<AppState>,
    user: Office,
    headers: HeaderMap,
    ApiJson(request): ApiJson<ErasureRequest>,
) -> Result<Json<teilhabe_events::api::BookingView>, ApiError> {
    let code = bookings::parse_code("booking_code", &request.booking_code)?;
    let metadata = user.command(&headers, "web")?;
    Ok(Json(
        bookings::erase_for_holder(&state, &code, metadata).await?,
    ))
}

/// Which letter to write.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LetterQuery {
    /// `booking-confirmed`, `booking-waitlisted`, `session-rescheduled`, `session-reminder`
    /// or `session-cancelled`; the booking's current news when absent.
    notice: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/office/bookings/{code}/letter",
    tag = "office",
    params(("code" = String, Path, description = "Booking code"), LetterQuery),
    responses(
        (status = 200, description = "The letter, in the resident's language", body = Letter),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
/// A letter to the resident about their booking (a confirmation, a change, a cancellation),
/// in their language, for the office to print and post or hand over.
pub async fn letter(
    State(state): State<AppState>,
    _office: Office,
    Path(code): Path<String>,
    ApiQuery(query): ApiQuery<LetterQuery>,
) -> Result<Json<Letter>, ApiError> {
    let code = bookings::parse_code("code", &code)?;
    let notice = match query.notice.as_deref() {
        None => None,
        Some(text) => Some(Notice::parse(text).ok_or_else(|| {
            ApiError::Invalid(vec![FieldError::new("notice", "field-error-invalid")])
        })?),
    };
    Ok(Json(
        state
            .outbox
            .letter(&state.mail_sources(), &code, notice)
            .await?,
    ))
}

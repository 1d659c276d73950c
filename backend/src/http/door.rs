//! At the door and after it: today's sessions, checking in by booking code, walk-ins, and
//! typing in the paper sign-in sheet and feedback cards. For the office and ambassadors.

use super::json::{ApiJson, ApiQuery};
use super::params::{ArrivalKey, Csrf, SessionId};
use super::problems::{
    StaffCommandProblems, StaffLookupProblems, StaffLookupQueryProblems, StaffReadProblems,
};
use super::signed_in::{Caller, Command};
use super::ApiError;
use crate::app::door;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::session::Source;
use teilhabe_events::staff_api::{
    CheckInRequest, DoorView, FeedbackCardRequest, MatchProposal, WalkInRequest,
};
use teilhabe_events::{FieldError, SessionCommand};

/// How far back the paper of a session can still be typed in.
const PAPER_DAYS: i64 = 14;

fn session_not_found() -> ApiError {
    ApiError::NotFound {
        message_key: "problem-session-not-found",
    }
}

/// The metadata channel of a command from the door or from paper.
fn channel(source: Source) -> &'static str {
    source.slug()
}

async fn door_view(state: &AppState, id: &str) -> Result<Json<DoorView>, ApiError> {
    state
        .catalogue
        .door(id)
        .await?
        .map(Json)
        .ok_or_else(session_not_found)
}

/// Today's sessions first, then those of the last two weeks, latest first; cancelled ones left
/// out.
#[utoipa::path(
    get,
    path = "/api/v1/door/sessions",
    tag = "office",
    responses(
        (status = 200, description = "Sessions of today and the last two weeks", body = Vec<SessionSummary>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn sessions(
    State(state): State<AppState>,
    _caller: Caller,
) -> Result<Json<Vec<SessionSummary>>, ApiError> {
    let now = state.clock.now();
    let mut list: Vec<SessionSummary> = state
        .catalogue
        .all_sessions()
        .into_iter()
        .filter(|s| !s.cancelled)
        .filter(|s| {
            let today = now.with_timezone(s.starts_at.offset()).date_naive();
            let day = s.starts_at.date_naive();
            day <= today && day > today - chrono::Duration::days(PAPER_DAYS)
        })
        .collect();
    list.sort_by(|a, b| b.starts_at.cmp(&a.starts_at).then_with(|| a.id.cmp(&b.id)));
    Ok(Json(list))
}

#[utoipa::path(
    get,
    path = "/api/v1/door/sessions/{id}",
    tag = "office",
    params(SessionId),
    responses(
        (status = 200, description = "Who is expected and who came", body = DoorView),
        StaffLookupProblems
    ),
    security(("session" = [])),
)]
pub async fn show(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<DoorView>, ApiError> {
    door_view(&state, &id).await
}

/// Checks in the holder of a booking; a second check-in is refused (409).
#[utoipa::path(
    post,
    path = "/api/v1/door/sessions/{id}/check-ins",
    tag = "office",
    request_body = CheckInRequest,
    params(SessionId, Csrf),
    responses(
        (status = 200, description = "Checked in; who is expected and who came now", body = DoorView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn check_in(
    State(state): State<AppState>,
    caller: Command<Caller>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<CheckInRequest>,
) -> Result<Json<DoorView>, ApiError> {
    let (booking_code, source) = request.parse().map_err(ApiError::Invalid)?;
    at_door(&state, &caller, &id, source, |_| SessionCommand::CheckIn {
        booking_code,
        source,
    })
    .await?;
    door_view(&state, &id).await
}

/// Someone came without a booking. The `Idempotency-Key` (or a fresh id) names this arrival:
/// sent twice, it is counted once.
#[utoipa::path(
    post,
    path = "/api/v1/door/sessions/{id}/walk-ins",
    tag = "office",
    request_body = WalkInRequest,
    params(SessionId, Csrf, ArrivalKey),
    responses(
        (status = 200, description = "Counted; who is expected and who came now", body = DoorView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn walk_in(
    State(state): State<AppState>,
    caller: Command<Caller>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<WalkInRequest>,
) -> Result<Json<DoorView>, ApiError> {
    let (first_name, district, source) = request.parse().map_err(ApiError::Invalid)?;
    at_door(&state, &caller, &id, source, |command_id| {
        SessionCommand::CheckInWalkIn {
            walk_in_id: command_id.to_owned(),
            first_name,
            district,
            source,
        }
    })
    .await?;
    door_view(&state, &id).await
}

/// A paper feedback card typed in (anonymous).
#[utoipa::path(
    post,
    path = "/api/v1/door/sessions/{id}/feedback-cards",
    tag = "office",
    request_body = FeedbackCardRequest,
    params(SessionId, Csrf),
    responses(
        (status = 204, description = "Recorded"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn feedback_card(
    State(state): State<AppState>,
    caller: Command<Caller>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<FeedbackCardRequest>,
) -> Result<StatusCode, ApiError> {
    let feedback = request.parse().map_err(ApiError::Invalid)?;
    at_door(&state, &caller, &id, Source::Paper, |_| {
        SessionCommand::RecordFeedbackCard {
            source: Source::Paper,
            feedback,
        }
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Runs a door command on session `id` as `caller` through the channel of `source`.
async fn at_door(
    state: &AppState,
    caller: &Command<Caller>,
    id: &str,
    source: Source,
    command: impl FnOnce(&str) -> SessionCommand,
) -> Result<(), ApiError> {
    let metadata = caller.metadata(channel(source))?;
    door::record(state, id, command, metadata).await?;
    Ok(())
}

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProposalQuery {
    /// A name as written on the paper sign-in sheet.
    #[serde(default)]
    name: String,
}

/// The bookings a written name may stand for, closest first: proposals for staff to confirm
/// or keep apart, never merged on their own.
#[utoipa::path(
    get,
    path = "/api/v1/door/sessions/{id}/proposals",
    tag = "office",
    params(SessionId, ProposalQuery),
    responses(
        (status = 200, description = "Bookings with a similar name", body = Vec<MatchProposal>),
        StaffLookupQueryProblems
    ),
    security(("session" = [])),
)]
pub async fn proposals(
    State(state): State<AppState>,
    _caller: Caller,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<ProposalQuery>,
) -> Result<Json<Vec<MatchProposal>>, ApiError> {
    if query.name.trim().is_empty() || query.name.chars().count() > 200 {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "name",
            "register-name-error-empty",
        )]));
    }
    state
        .catalogue
        .session(&id)
        .await?
        .ok_or_else(session_not_found)?;
    Ok(Json(state.catalogue.proposals(&id, &query.name).await?))
}

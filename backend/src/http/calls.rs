//! The call list: residents who gave a phone number and have news (a reminder, a place from
//! the waiting list, a change, a cancellation, a new session that fits their wish on the
//! interest list), what to say in their language, and recording how each call went. For the
//! office and ambassadors.

use super::json::ApiJson;
use super::params::Csrf;
use super::problems::{StaffCommandProblems, StaffReadProblems};
use super::signed_in::{Caller, Command};
use super::ApiError;
use crate::app::{self, bookings};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use teilhabe_events::staff_api::{CallItem, CallRequest};
use teilhabe_events::SessionCommand;

#[utoipa::path(
    get,
    path = "/api/v1/calls",
    tag = "office",
    responses(
        (status = 200, description = "Who to call, about what, and what to say", body = Vec<CallItem>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn list(
    State(state): State<AppState>,
    _caller: Caller,
) -> Result<Json<Vec<CallItem>>, ApiError> {
    Ok(Json(state.outbox.calls(&state.mail_sources()).await?))
}

#[utoipa::path(
    post,
    path = "/api/v1/calls",
    tag = "office",
    request_body = CallRequest,
    params(Csrf),
    responses(
        (status = 204, description = "Recorded"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn record(
    State(state): State<AppState>,
    caller: Command<Caller>,
    ApiJson(request): ApiJson<CallRequest>,
) -> Result<StatusCode, ApiError> {
    // An entry of the interest list has no booking code: its entry names the interest.
    if request.booking_code.trim().is_empty() {
        let metadata = caller.metadata("phone")?;
        app::interests::record_call(&state, &request.call, request.result, metadata).await?;
        return Ok(StatusCode::NO_CONTENT);
    }
    let booking_code = bookings::parse_code("booking_code", &request.booking_code)?;
    let session = state
        .catalogue
        .session_of_booking(&booking_code)
        .await?
        .ok_or(ApiError::NotFound {
            message_key: "problem-booking-not-found",
        })?;
    let metadata = caller.metadata("phone")?;
    let command = SessionCommand::RecordCall {
        booking_code,
        call: request.call,
        result: request.result,
    };
    app::run(&state, &state.commands, &session, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

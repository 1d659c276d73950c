//! Booking routes: look up and cancel by booking code.

use super::{resident_command, ApiError};
use crate::commands::Respond;
use crate::startup::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::Json;
use std::sync::Arc;
use teilhabe_events::api::BookingView;
use teilhabe_events::{BookingCode, FieldError, SessionCommand};

fn parse_code(raw: &str) -> Result<BookingCode, ApiError> {
    BookingCode::parse(raw)
        .map_err(|_| ApiError::Invalid(vec![FieldError::new("code", "booking-code-error-invalid")]))
}

fn not_found() -> ApiError {
    ApiError::NotFound {
        message_key: "problem-booking-not-found",
    }
}

pub async fn show(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<BookingView>, ApiError> {
    let code = parse_code(&code)?;
    state
        .catalogue
        .booking(&code)
        .await?
        .map(Json)
        .ok_or_else(not_found)
}

/// Cancels a booking; the first on the waiting list gets the seat in the same step.
pub async fn cancel(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    let metadata = resident_command(&headers)?;
    let code = parse_code(&code)?;
    let session = state
        .catalogue
        .session_of_booking(&code)
        .await?
        .ok_or_else(not_found)?;
    let command = SessionCommand::CancelRegistration {
        booking_code: code.clone(),
    };
    // The answer is the booking as the read model shows it, read afresh each time.
    let respond: Respond = Arc::new(|_, _| String::new());
    let outcome = state
        .commands
        .execute(&session, command, metadata, respond)
        .await?;
    state.projector.wait_for(outcome.position).await?;
    state
        .catalogue
        .booking(&code)
        .await?
        .map(Json)
        .ok_or_else(not_found)
}

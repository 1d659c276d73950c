//! Booking routes: look up and cancel by booking code.

use super::ApiError;
use crate::startup::AppState;
use crate::store::Metadata;
use axum::extract::{Path, State};
use axum::Json;
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

pub async fn cancel(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<BookingView>, ApiError> {
    let code = parse_code(&code)?;
    let session = state
        .catalogue
        .session_of_booking(&code)
        .await?
        .ok_or_else(not_found)?;
    let metadata = Metadata::new_command("resident", "web");
    let command = SessionCommand::CancelRegistration {
        booking_code: code.clone(),
    };
    state.commands.execute(&session, command, &metadata).await?;
    state
        .catalogue
        .booking(&code)
        .await?
        .map(Json)
        .ok_or_else(not_found)
}

//! Residents' news and data: the messages not yet sent, letters to print, and erasure on
//! request.

use crate::app::bookings;
use crate::http::json::{ApiJson, ApiQuery};
use crate::http::params::{Code, Csrf};
use crate::http::problems::{StaffCommandProblems, StaffLetterProblems, StaffReadProblems};
use crate::http::signed_in::{Command, Office};
use crate::http::ApiError;
use crate::mail::Notice;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use teilhabe_events::staff_api::{ErasureRequest, Letter};
use teilhabe_events::FieldError;

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
    params(Csrf),
    responses(
        (status = 200, description = "The booking, its holder's data erased", body = teilhabe_events::api::BookingView),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn erase(
    State(state): State<AppState>,
    user: Command<Office>,
    ApiJson(request): ApiJson<ErasureRequest>,
) -> Result<Json<teilhabe_events::api::BookingView>, ApiError> {
    let code = bookings::parse_code("booking_code", &request.booking_code)?;
    let metadata = user.metadata("web")?;
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
    params(Code, LetterQuery),
    responses(
        (status = 200, description = "The letter, in the resident's language", body = Letter),
        StaffLetterProblems
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

//! Booking routes: look up, cancel, and give feedback by booking code.

use super::json::ApiJson;
use super::{resident_command, ApiError, ClientAddress};
use crate::commands::Respond;
use crate::domain::session::Session;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::Json;
use std::sync::Arc;
use teilhabe_events::api::Problem;
use teilhabe_events::api::{BookingView, FeedbackRequest};
use teilhabe_events::{BookingCode, SessionCommand};

/// The booking code typed into `field`, if it names a booking (with its session). Codes that
/// name none (mistyped or guessed) count against the address; once it has used up its misses
/// for the hour, every look-up is refused, so codes cannot be found by trying. Each look-up
/// takes a miss before it looks (checked and counted in one step, so a burst of parallel
/// guesses gets no more than the allowance) and gives it back when the code is found.
pub(crate) async fn known_code(
    state: &AppState,
    address: std::net::IpAddr,
    raw: &str,
    field: &str,
) -> Result<(BookingCode, String), ApiError> {
    let now = state.clock.now().timestamp();
    let key = address.to_string();
    let Some(miss) = state.limits.code_misses.reserve(&key, now).await else {
        return Err(ApiError::TooManyAttempts);
    };
    let code = super::booking_code(field, raw)?;
    match state.catalogue.session_of_booking(&code).await? {
        Some(session) => {
            miss.free();
            Ok((code, session))
        }
        None => Err(not_found()),
    }
}

fn not_found() -> ApiError {
    ApiError::NotFound {
        message_key: "problem-booking-not-found",
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{code}",
    tag = "residents",
    params(("code" = String, Path, description = "Booking code, any case, with or without dash")),
    responses(
        (status = 200, description = "The booking", body = BookingView),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
) -> Result<Json<BookingView>, ApiError> {
    let (code, _) = known_code(&state, address, &code, "code").await?;
    current(&state, &code).await
}

/// The booking as the read model shows it now.
pub(crate) async fn current(
    state: &AppState,
    code: &BookingCode,
) -> Result<Json<BookingView>, ApiError> {
    state
        .catalogue
        .booking(code, state.clock.now().timestamp())
        .await?
        .map(Json)
        .ok_or_else(not_found)
}

/// Runs a resident's command on the session that holds the booking, then answers the booking
/// as it stands afterwards (read afresh each time, also for a repeated command).
async fn on_booking(
    state: &AppState,
    headers: &HeaderMap,
    code: &BookingCode,
    session: &str,
    command: SessionCommand,
) -> Result<Json<BookingView>, ApiError> {
    let metadata = resident_command(headers)?;
    let respond: Respond<Session> = Arc::new(|_, _| String::new());
    let outcome = state
        .commands
        .execute(session, command, metadata, respond)
        .await?;
    state.projector.wait_for(outcome.position).await?;
    current(state, code).await
}

/// Cancels a booking; the first on the waiting list gets the seat in the same step.
#[utoipa::path(
    delete,
    path = "/api/v1/bookings/{code}",
    tag = "residents",
    params(("code" = String, Path, description = "Booking code"), ("Idempotency-Key" = Option<String>, Header, description = "Repeat a request safely: the same key gives the same answer")),
    responses(
        (status = 200, description = "The booking, cancelled", body = BookingView),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn cancel(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    let (code, session) = known_code(&state, address, &code, "code").await?;
    let command = SessionCommand::CancelRegistration {
        booking_code: code.clone(),
    };
    on_booking(&state, &headers, &code, &session, command).await
}

/// Records what the holder of a booking says about a session that took place.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{code}/feedback",
    tag = "residents",
    request_body = FeedbackRequest,
    params(("code" = String, Path, description = "Booking code"), ("Idempotency-Key" = Option<String>, Header, description = "Repeat a request safely: the same key gives the same answer")),
    responses(
        (status = 200, description = "The booking, with feedback given", body = BookingView),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn feedback(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<FeedbackRequest>,
) -> Result<Json<BookingView>, ApiError> {
    let (code, session) = known_code(&state, address, &code, "code").await?;
    let feedback = request.parse().map_err(ApiError::Invalid)?;
    let command = SessionCommand::GiveFeedback {
        booking_code: code.clone(),
        feedback,
    };
    on_booking(&state, &headers, &code, &session, command).await
}

/// The booking code as a QR code, for the door's scanner. It encodes only the code in the
/// path (so it tells nothing the caller did not know) and is drawn for any well-formed code:
/// whether a booking has it is not revealed.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{code}/qr.svg",
    tag = "residents",
    params(("code" = String, Path, description = "Booking code, any case, with or without dash")),
    responses(
        (status = 200, description = "The code as a QR code", body = String, content_type = "image/svg+xml"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn qr(Path(code): Path<String>) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let code = super::booking_code("code", &code)?;
    let svg = qr_svg(code.as_str());
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "image/svg+xml"),
            (axum::http::header::CACHE_CONTROL, "private, max-age=86400"),
        ],
        svg,
    )
        .into_response())
}

/// `text` as an SVG QR code, black on white with its quiet zone.
fn qr_svg(text: &str) -> String {
    use qrcode::render::svg;
    // A booking code always fits (7 characters); an empty image would only mean a bug.
    qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map(|qr| {
            qr.render::<svg::Color<'_>>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// Erases the booking holder's personal data (GDPR Art. 17): name, contact and comments
/// read as erased from now on; the booking itself and the counts stay.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{code}/erase",
    tag = "residents",
    params(("code" = String, Path, description = "Booking code"), ("Idempotency-Key" = Option<String>, Header, description = "Repeat a request safely: the same key gives the same answer")),
    responses(
        (status = 200, description = "The booking, its holder's data erased", body = BookingView),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn erase(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    let (code, session) = known_code(&state, address, &code, "code").await?;
    let metadata = resident_command(&headers)?;
    crate::erasure::erase_booking(&state, &session, &code, metadata).await?;
    current(&state, &code).await
}

//! Booking routes: look up, cancel, and give feedback by booking code.

use super::json::ApiJson;
use super::params::{AnyCode, Code, IdempotencyKey};
use super::problems::{BookingProblems, CodeLookupProblems, CodeProblems, ResidentCommandProblems};
use super::{resident_command, ApiError, ClientAddress};
use crate::app::bookings;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::Json;
use teilhabe_events::api::{BookingView, FeedbackRequest};

#[utoipa::path(
    get,
    path = "/api/v1/bookings/{code}",
    tag = "residents",
    params(AnyCode),
    responses(
        (status = 200, description = "The booking", body = BookingView),
        CodeLookupProblems
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
) -> Result<Json<BookingView>, ApiError> {
    let (code, _) = bookings::find(&state, address, &code, "code").await?;
    Ok(Json(bookings::current(&state, &code).await?))
}

/// Cancels a booking; the first on the waiting list gets the seat in the same step.
#[utoipa::path(
    delete,
    path = "/api/v1/bookings/{code}",
    tag = "residents",
    params(Code, IdempotencyKey),
    responses(
        (status = 200, description = "The booking, cancelled", body = BookingView),
        BookingProblems
    ),
)]
pub async fn cancel(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    holder_command(&state, address, &code, &headers, HolderCommand::Cancel).await
}

/// Records what the holder of a booking says about a session that took place.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{code}/feedback",
    tag = "residents",
    request_body = FeedbackRequest,
    params(Code, IdempotencyKey),
    responses(
        (status = 200, description = "The booking, with feedback given", body = BookingView),
        ResidentCommandProblems
    ),
)]
pub async fn feedback(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<FeedbackRequest>,
) -> Result<Json<BookingView>, ApiError> {
    let (code, session) = bookings::find(&state, address, &code, "code").await?;
    let feedback = request.parse().map_err(ApiError::Invalid)?;
    let metadata = resident_command(&headers)?;
    Ok(Json(
        bookings::give_feedback(&state, &code, &session, feedback, metadata).await?,
    ))
}

/// The booking code as a QR code, for the door's scanner. It encodes only the code in the
/// path (so it tells nothing the caller did not know) and is drawn for any well-formed code:
/// whether a booking has it is not revealed.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{code}/qr.svg",
    tag = "residents",
    params(AnyCode),
    responses(
        (status = 200, description = "The code as a QR code", body = String, content_type = "image/svg+xml"),
        CodeProblems
    ),
)]
pub async fn qr(Path(code): Path<String>) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let code = bookings::parse_code("code", &code)?;
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
pub(super) fn qr_svg(text: &str) -> String {
    use qrcode::render::svg;
    // A booking code (7 characters) and the store's address always fit; an empty image would
    // only mean a bug.
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
    params(Code, IdempotencyKey),
    responses(
        (status = 200, description = "The booking, its holder's data erased", body = BookingView),
        BookingProblems
    ),
)]
pub async fn erase(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<BookingView>, ApiError> {
    holder_command(&state, address, &code, &headers, HolderCommand::Erase).await
}

/// What the holder of a booking can do with its code alone, without a body.
enum HolderCommand {
    Cancel,
    Erase,
}

/// Finds the booking by its code (counting misses against the caller's address), reads the
/// request's metadata, then carries out `command`: cancel and erase differ only in that step.
async fn holder_command(
    state: &AppState,
    address: std::net::IpAddr,
    code: &str,
    headers: &HeaderMap,
    command: HolderCommand,
) -> Result<Json<BookingView>, ApiError> {
    let (code, session) = bookings::find(state, address, code, "code").await?;
    let metadata = resident_command(headers)?;
    let view = match command {
        HolderCommand::Cancel => bookings::cancel(state, &code, &session, metadata).await?,
        HolderCommand::Erase => bookings::erase(state, &code, &session, metadata).await?,
    };
    Ok(Json(view))
}

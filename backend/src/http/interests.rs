//! The interest list "Sagen Sie mir Bescheid": leaving an interest, and with its code looking
//! at it, withdrawing it and erasing one's data; for the office, how many interested people a
//! session would reach before it is planned, and the letters to post.

use super::json::{ApiJson, ApiQuery};
use super::params::{IdempotencyKey, InterestCode};
use super::problems::{
    CodeLookupProblems, InterestProblems, PublicSubmitProblems, StaffQueryProblems,
    StaffReadProblems,
};
use super::signed_in::Office;
use super::{json_response, resident_command, ApiError, ClientAddress};
use crate::app::interests;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use teilhabe_events::interest::{
    Demand, InterestCreated, InterestLetter, InterestReach, InterestRequest, InterestView,
};
use teilhabe_events::{FieldError, Topic};

/// Leaves an interest; answers 201 with the interest code (shown once: keep it). With an
/// `Idempotency-Key`, the same request again answers the same code; another request with that
/// key is refused.
#[utoipa::path(
    post,
    path = "/api/v1/interests",
    tag = "residents",
    request_body = InterestRequest,
    params(IdempotencyKey),
    responses(
        (status = 201, description = "On the interest list", body = InterestCreated),
        PublicSubmitProblems
    ),
)]
pub async fn register(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<InterestRequest>,
) -> Result<Response, ApiError> {
    super::count_against(&state, &state.limits.registrations, address)?;
    let metadata = resident_command(&headers)?;
    let locale = super::sessions::locale_of(&headers);
    let created = interests::register(&state, &request, locale, metadata).await?;
    Ok(json_response(StatusCode::CREATED, created))
}

/// Her own interest, by its code (codes that name none count against the address).
#[utoipa::path(
    get,
    path = "/api/v1/interests/{code}",
    tag = "residents",
    params(InterestCode),
    responses(
        (status = 200, description = "The interest", body = InterestView),
        CodeLookupProblems
    ),
)]
pub async fn show(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
) -> Result<Json<InterestView>, ApiError> {
    let id = interests::find(&state, address, &code, "code").await?;
    Ok(Json(interests::current(&state, &id).await?))
}

/// Withdraws the interest: she is told of no session any more.
#[utoipa::path(
    delete,
    path = "/api/v1/interests/{code}",
    tag = "residents",
    params(InterestCode, IdempotencyKey),
    responses(
        (status = 200, description = "The interest, withdrawn", body = InterestView),
        InterestProblems
    ),
)]
pub async fn withdraw(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<InterestView>, ApiError> {
    holder_command(&state, address, &code, &headers, HolderCommand::Withdraw).await
}

/// Erases her data (GDPR Art. 17): name and way of contact read as erased from now on.
#[utoipa::path(
    post,
    path = "/api/v1/interests/{code}/erase",
    tag = "residents",
    params(InterestCode, IdempotencyKey),
    responses(
        (status = 200, description = "The interest, her data erased", body = InterestView),
        InterestProblems
    ),
)]
pub async fn erase(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<InterestView>, ApiError> {
    holder_command(&state, address, &code, &headers, HolderCommand::Erase).await
}

/// What the holder of an interest code can do with the code alone.
enum HolderCommand {
    Withdraw,
    Erase,
}

/// Finds the interest by its code (counting misses against the caller's address), reads the
/// request's metadata, then carries out `command`.
async fn holder_command(
    state: &AppState,
    address: std::net::IpAddr,
    code: &str,
    headers: &HeaderMap,
    command: HolderCommand,
) -> Result<Json<InterestView>, ApiError> {
    let id = interests::find(state, address, code, "code").await?;
    let metadata = resident_command(headers)?;
    let view = match command {
        HolderCommand::Withdraw => interests::withdraw(state, &id, metadata).await?,
        HolderCommand::Erase => interests::erase(state, &id, metadata).await?,
    };
    Ok(Json(view))
}

/// A session as the planning form has it before saving.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DraftSession {
    /// The topic (`smartphone-basics`, `video-calls`, …).
    topic: Option<String>,
    /// The district.
    district: Option<String>,
    /// When it starts (RFC 3339, with its offset).
    starts_at: Option<String>,
}

impl DraftSession {
    fn parse(
        &self,
    ) -> Result<(Topic, String, chrono::DateTime<chrono::FixedOffset>), Vec<FieldError>> {
        let topic = Topic::ALL
            .into_iter()
            .find(|t| Some(t.slug()) == self.topic.as_deref().map(str::trim))
            .ok_or_else(|| FieldError::new("topic", "field-error-choose"));
        let district = teilhabe_events::staff::parse_district(
            "district",
            self.district.as_deref().unwrap_or_default(),
        );
        let starts_at = self
            .starts_at
            .as_deref()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s.trim()).ok())
            .ok_or_else(|| FieldError::new("starts_at", "field-error-invalid"));
        match (topic, district, starts_at) {
            (Ok(t), Ok(d), Ok(s)) => Ok((t, d, s)),
            (t, d, s) => Err([t.err(), d.err(), s.err()].into_iter().flatten().collect()),
        }
    }
}

/// How many interested people a session would reach (and by which channel), for the planning
/// form to show before the session is saved.
#[utoipa::path(
    get,
    path = "/api/v1/office/interests/reach",
    tag = "office",
    params(DraftSession),
    responses(
        (status = 200, description = "Interested people the session would reach", body = InterestReach),
        StaffQueryProblems
    ),
    security(("session" = [])),
)]
pub async fn reach(
    State(state): State<AppState>,
    _office: Office,
    ApiQuery(draft): ApiQuery<DraftSession>,
) -> Result<Json<InterestReach>, ApiError> {
    let (topic, district, starts_at) = draft.parse().map_err(ApiError::Invalid)?;
    Ok(Json(
        interests::reach(&state, topic, &district, &starts_at).await?,
    ))
}

/// The letters to post: to each interested person who asked for a letter, about each session
/// she was told of that has not ended, in her language.
#[utoipa::path(
    get,
    path = "/api/v1/office/interests/letters",
    tag = "office",
    responses(
        (status = 200, description = "Letters to print and post", body = Vec<InterestLetter>),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn letters(
    State(state): State<AppState>,
    _office: Office,
) -> Result<Json<Vec<InterestLetter>>, ApiError> {
    Ok(Json(
        state.outbox.interest_letters(&state.mail_sources()).await?,
    ))
}

/// Where demand is: active interests by topic × district and by weekday, and the waiting lists
/// of the sessions not yet over (counts only), for the office to plan where people wait.
#[utoipa::path(
    get,
    path = "/api/v1/office/interests/demand",
    tag = "office",
    responses(
        (status = 200, description = "Demand by topic, district and weekday, and waiting lists", body = Demand),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn demand(
    State(state): State<AppState>,
    _office: Office,
) -> Result<Json<Demand>, ApiError> {
    Ok(Json(interests::demand(&state).await?))
}

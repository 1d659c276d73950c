//! Session routes: the catalogue, one session, and registering for it.

use super::json::ApiJson;
use super::params::{IdempotencyKey, SessionId};
use super::problems::{BusyProblems, LookupProblems, ResidentCommandProblems};
use super::{json_response, resident_command, ApiError, ClientAddress};
use crate::app::registration::{self, Registration};
use crate::projections::Catalogue;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use teilhabe_events::api::{RegistrationCreated, RegistrationRequest, SessionSummary};
use teilhabe_events::session::Channel;
use teilhabe_events::{Contact, ContactConsent};

/// Upcoming sessions, soonest first (a JSON array of `SessionSummary`).
#[utoipa::path(
    get,
    path = "/api/v1/sessions",
    tag = "residents",
    responses(
        (status = 200, description = "Upcoming sessions, soonest first", body = Vec<SessionSummary>),
        BusyProblems
    ),
)]
pub async fn list(State(state): State<AppState>) -> Result<Response, ApiError> {
    let now = state.clock.now().timestamp();
    let json = state.catalogue.upcoming_json(now).await?;
    Ok(json_response(StatusCode::OK, json.to_string()))
}

#[utoipa::path(
    get,
    path = "/api/v1/sessions/{id}",
    tag = "residents",
    params(SessionId),
    responses(
        (status = 200, description = "The session", body = SessionSummary),
        LookupProblems
    ),
)]
pub async fn show(
    State(catalogue): State<Catalogue>,
    Path(id): Path<String>,
) -> Result<Json<SessionSummary>, ApiError> {
    catalogue
        .session(&id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound {
            message_key: "problem-session-not-found",
        })
}

/// Registers a person. With an `Idempotency-Key`, sending the same request again records
/// nothing new and answers what the first one answered.
#[utoipa::path(
    post,
    path = "/api/v1/sessions/{id}/registrations",
    tag = "residents",
    request_body = RegistrationRequest,
    params(SessionId, IdempotencyKey),
    responses(
        (status = 201, description = "Registered (confirmed or waitlisted)", body = RegistrationCreated),
        ResidentCommandProblems
    ),
)]
pub async fn register(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<RegistrationRequest>,
) -> Result<Response, ApiError> {
    super::count_against(&state, &state.limits.registrations, address)?;
    let metadata = resident_command(&headers)?;
    let (name, contact) = request.parse().map_err(ApiError::Invalid)?;
    let registration = Registration {
        contact_consent: (contact != Contact::None).then_some(ContactConsent::OnlineForm),
        name,
        contact,
        channel: Channel::Web,
        needs: request.needs.clone(),
        locale: locale_of(&headers),
    };
    let created = registration::register(&state, &id, registration, metadata).await?;
    Ok(json_response(StatusCode::CREATED, created))
}

/// The first supported locale the client asks for in `Accept-Language`.
pub(super) fn locale_of(headers: &HeaderMap) -> Option<String> {
    let header = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)?
        .to_str()
        .ok()?;
    header
        .split(',')
        .map(|part| part.split(';').next().unwrap_or_default().trim())
        .find_map(teilhabe_i18n::find_locale)
        .map(|l| l.tag.to_owned())
}

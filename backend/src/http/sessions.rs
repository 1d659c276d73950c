//! Session routes: the catalogue, one session, and registering for it.

use super::json::ApiJson;
use super::{json_response, resident_command, ApiError, ClientAddress};
use crate::commands::{CommandError, Respond};
use crate::domain::session::{Session, SessionError};
use crate::domain::Rejection;
use crate::projections::Catalogue;
use crate::state::AppState;
use crate::store::Metadata;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use rand::Rng;
use std::sync::Arc;
use teilhabe_events::api::Problem;
use teilhabe_events::api::{
    BookingStatus, RegistrationCreated, RegistrationRequest, SessionSummary,
};
use teilhabe_events::session::Channel;
use teilhabe_events::staff_api::AssistedRegistrationRequest;
use teilhabe_events::{
    booking_code, BookingCode, Contact, ContactConsent, FieldError, PersonName, SessionCommand,
    SessionEvent,
};

/// Upcoming sessions, soonest first (a JSON array of `SessionSummary`).
#[utoipa::path(
    get,
    path = "/api/v1/sessions",
    tag = "residents",
    responses(
        (status = 200, description = "Upcoming sessions, soonest first", body = Vec<SessionSummary>),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
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
    params(("id" = String, Path, description = "Session id")),
    responses(
        (status = 200, description = "The session", body = SessionSummary),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
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

/// A booking code that no booking holds yet.
async fn new_booking_code(state: &AppState) -> Result<BookingCode, ApiError> {
    loop {
        let indices: [u8; booking_code::LENGTH] = {
            let mut rng = rand::rng();
            std::array::from_fn(|_| rng.random_range(0..booking_code::ALPHABET.len() as u8))
        };
        let code = BookingCode::from_indices(indices);
        if !state.catalogue.code_in_use(&code).await? {
            return Ok(code);
        }
    }
}

/// The answer to a registration, built from the events it recorded.
fn registration_response(code: BookingCode) -> Respond<Session> {
    Arc::new(move |events, session| {
        let status = match events.first() {
            Some(SessionEvent::ParticipantWaitlisted { .. }) => BookingStatus::Waitlisted,
            _ => BookingStatus::Confirmed,
        };
        let created = RegistrationCreated {
            booking_code: code.to_string(),
            status,
            waitlist_position: session.waitlist_position(&code),
        };
        serde_json::to_string(&created).unwrap_or_default()
    })
}

/// Registers a person. With an `Idempotency-Key`, sending the same request again records
/// nothing new and answers what the first one answered.
#[utoipa::path(
    post,
    path = "/api/v1/sessions/{id}/registrations",
    tag = "residents",
    request_body = RegistrationRequest,
    params(("id" = String, Path, description = "Session id"), ("Idempotency-Key" = Option<String>, Header, description = "Repeat a request safely: the same key gives the same answer")),
    responses(
        (status = 201, description = "Registered (confirmed or waitlisted)", body = RegistrationCreated),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn register(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<RegistrationRequest>,
) -> Result<Response, ApiError> {
    let now = state.clock.now().timestamp();
    if !state
        .limits
        .registrations
        .try_count(&address.to_string(), now)
    {
        return Err(ApiError::TooManyAttempts);
    }
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
    register_with(&state, &id, registration, metadata).await
}

/// The first supported locale the client asks for in `Accept-Language`.
fn locale_of(headers: &HeaderMap) -> Option<String> {
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

/// A registration taken by staff or an ambassador for a resident, with how the resident
/// agreed recorded as the consent.
pub(crate) async fn register_assisted(
    state: &AppState,
    id: &str,
    request: &AssistedRegistrationRequest,
    channel: Channel,
    metadata: Metadata,
) -> Result<Response, ApiError> {
    let (name, contact, consent) = request.parse().map_err(ApiError::Invalid)?;
    if state.catalogue.session(id).await?.is_none() {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "session_id",
            "field-error-choose",
        )]));
    }
    let registration = Registration {
        name,
        contact,
        channel,
        needs: request.needs.clone(),
        contact_consent: Some(consent),
        locale: None,
    };
    register_with(state, id, registration, metadata).await
}

/// What a registration records about the person.
pub(crate) struct Registration {
    pub name: PersonName,
    pub contact: Contact,
    pub channel: Channel,
    pub needs: Vec<teilhabe_events::Need>,
    pub contact_consent: Option<ContactConsent>,
    pub locale: Option<String>,
}

async fn register_with(
    state: &AppState,
    id: &str,
    registration: Registration,
    metadata: Metadata,
) -> Result<Response, ApiError> {
    // The read model may not show a code issued a moment ago; if the session knows it, the
    // registration is tried again with a fresh code.
    let mut attempts = 0;
    let outcome = loop {
        let booking_code = new_booking_code(state).await?;
        let command = SessionCommand::RegisterParticipant {
            booking_code: booking_code.clone(),
            name: registration.name.clone(),
            contact: registration.contact.clone(),
            channel: registration.channel,
            needs: registration.needs.clone(),
            contact_consent: registration.contact_consent,
            locale: registration.locale.clone(),
        };
        let respond = registration_response(booking_code);
        match state
            .commands
            .execute(id, command, metadata.clone(), respond)
            .await
        {
            Err(CommandError::Domain(rejected))
                if rejected.message_key == SessionError::BookingCodeTaken.message_key()
                    && attempts < 3 =>
            {
                attempts += 1
            }
            result => break result?,
        }
    };
    state.projector.wait_for(outcome.position).await?;
    Ok(json_response(StatusCode::CREATED, outcome.response))
}

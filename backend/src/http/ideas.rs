//! The ideas store: the public list, submitting (residents online, ambassadors and the office
//! for ideas told to them or collected on paper), supporting with a booking code, and the
//! working group's steps (office).

use super::json::ApiJson;
use super::params::{Csrf, IdeaId, IdeaKey};
use super::problems::{
    BusyProblems, PublicSubmitProblems, ResidentCommandProblems, StaffActionProblems,
    StaffCommandProblems, StaffSubmitProblems,
};
use super::signed_in::{AmbassadorUser, Command, Office, SignedIn};
use super::{resident_command, ApiError, ClientAddress};
use crate::app::{bookings, ideas};
use crate::projections::staff::Staff;
use crate::state::AppState;
use crate::store::Metadata;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use teilhabe_events::ideas::{
    IdeaCreated, IdeaDecision, IdeaRequest, IdeaSource, IdeaView, SupportRequest,
};

#[utoipa::path(
    get,
    path = "/api/v1/ideas",
    tag = "ideas",
    responses(
        (status = 200, description = "Every idea with its state, most supported first", body = Vec<IdeaView>),
        BusyProblems
    ),
)]
pub async fn list(State(staff): State<Staff>) -> Result<Json<Vec<IdeaView>>, ApiError> {
    Ok(Json(staff.ideas().await?))
}

/// Submits the idea and answers 201 with its id.
async fn submit(
    state: &AppState,
    request: &IdeaRequest,
    source: IdeaSource,
    metadata: Metadata,
) -> Result<(StatusCode, Json<IdeaCreated>), ApiError> {
    let id = ideas::submit(state, request, source, metadata).await?;
    Ok((StatusCode::CREATED, Json(IdeaCreated { id })))
}

/// The ideas store's address (`TEILHABE_PUBLIC_URL` + `/ideas`) as a QR code, for the
/// printed wall of ideas in the town hall and the library.
#[utoipa::path(
    get,
    path = "/api/v1/ideas/qr.svg",
    tag = "ideas",
    responses(
        (status = 200, description = "The store's address as a QR code", body = String, content_type = "image/svg+xml"),
    ),
)]
pub async fn qr(State(state): State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    let svg = super::bookings::qr_svg(&format!("{}/ideas", state.outbox.public_url()));
    (
        [
            (axum::http::header::CONTENT_TYPE, "image/svg+xml"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        svg,
    )
        .into_response()
}

#[utoipa::path(
    post,
    path = "/api/v1/ideas",
    tag = "ideas",
    request_body = IdeaRequest,
    params(IdeaKey),
    responses(
        (status = 201, description = "Submitted", body = IdeaCreated),
        PublicSubmitProblems
    ),
)]
pub async fn submit_online(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<IdeaRequest>,
) -> Result<(StatusCode, Json<IdeaCreated>), ApiError> {
    super::count_against(&state, &state.limits.registrations, address)?;
    let metadata = resident_command(&headers)?;
    submit(&state, &request, IdeaSource::Online, metadata).await
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/ideas",
    tag = "ideas",
    request_body = IdeaRequest,
    params(Csrf),
    responses(
        (status = 201, description = "Submitted for a resident who told the ambassador", body = IdeaCreated),
        StaffSubmitProblems
    ),
    security(("session" = [])),
)]
pub async fn submit_by_ambassador(
    State(state): State<AppState>,
    ambassador: Command<AmbassadorUser>,
    ApiJson(request): ApiJson<IdeaRequest>,
) -> Result<(StatusCode, Json<IdeaCreated>), ApiError> {
    let metadata = ambassador.metadata("ambassador")?;
    submit(&state, &request, IdeaSource::Ambassador, metadata).await
}

#[utoipa::path(
    post,
    path = "/api/v1/office/ideas",
    tag = "ideas",
    request_body = IdeaRequest,
    params(Csrf),
    responses(
        (status = 201, description = "An idea card from paper, typed in", body = IdeaCreated),
        StaffSubmitProblems
    ),
    security(("session" = [])),
)]
pub async fn submit_from_paper(
    State(state): State<AppState>,
    office: Command<Office>,
    ApiJson(request): ApiJson<IdeaRequest>,
) -> Result<(StatusCode, Json<IdeaCreated>), ApiError> {
    let metadata = office.metadata("paper")?;
    submit(&state, &request, IdeaSource::Paper, metadata).await
}

#[utoipa::path(
    post,
    path = "/api/v1/ideas/{id}/support",
    tag = "ideas",
    request_body = SupportRequest,
    params(IdeaId),
    responses(
        (status = 204, description = "Supported"),
        ResidentCommandProblems
    ),
)]
pub async fn support(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<SupportRequest>,
) -> Result<StatusCode, ApiError> {
    let (code, _) = bookings::find(&state, address, &request.booking_code, "booking_code").await?;
    let metadata = resident_command(&headers)?;
    ideas::support_with_code(&state, &id, &code, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/v1/staff/ideas/{id}/support",
    tag = "ideas",
    params(IdeaId, Csrf),
    responses(
        (status = 204, description = "Supported"),
        StaffActionProblems
    ),
)]
/// A staff member (office, ambassador, auditor) supports an idea: one support per account,
/// recorded under a pseudonym of the account.
pub async fn support_as_staff(
    State(state): State<AppState>,
    signed_in: Command<SignedIn>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let metadata = signed_in.metadata("web")?;
    ideas::support_as_staff(&state, &id, &signed_in.account.id, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(
    post,
    path = "/api/v1/office/ideas/{id}/state",
    tag = "ideas",
    request_body = IdeaDecision,
    params(IdeaId, Csrf),
    responses(
        (status = 204, description = "The idea moved on"),
        StaffCommandProblems
    ),
    security(("session" = [])),
)]
pub async fn decide(
    State(state): State<AppState>,
    office: Command<Office>,
    Path(id): Path<String>,
    ApiJson(request): ApiJson<IdeaDecision>,
) -> Result<StatusCode, ApiError> {
    let metadata = office.metadata("web")?;
    ideas::decide(&state, &id, &request, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

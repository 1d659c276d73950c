//! The ambassador's area: dashboard, principles, outreach, workshops, status, and registering
//! residents on their behalf. Every route requires the ambassador role.

use super::json::{ApiJson, ApiPath};
use super::signed_in::{ActingAmbassador, AmbassadorUser, SignedIn};
use super::{run, ApiError};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use teilhabe_events::api::Problem;
use teilhabe_events::session::Channel;
use teilhabe_events::staff::AmbassadorCommand;
use teilhabe_events::staff_api::{
    AmbassadorDashboard, AmbassadorStatus, AmbassadorView, AssistedRegistrationRequest,
    OutreachRequest, OutreachTotals, OutreachView,
};
use teilhabe_events::FieldError;

/// The ambassador behind the logged-in account.
async fn ambassador_of(state: &AppState, user: &SignedIn) -> Result<AmbassadorView, ApiError> {
    state
        .staff
        .ambassador_of_account(&user.account.id)
        .await?
        .ok_or(ApiError::Forbidden {
            message_key: "problem-forbidden",
        })
}

/// Refuses while the ambassador has not accepted the principles in force.
async fn principles_current(state: &AppState, ambassador: &AmbassadorView) -> Result<(), ApiError> {
    let current = state.staff.principles().await?.map_or(0, |p| p.version);
    if current > ambassador.principles_version {
        return Err(ApiError::BadRequest {
            status: StatusCode::CONFLICT,
            message_key: "problem-principles-outdated",
            detail: "accept the new principles of cooperation first".into(),
        });
    }
    Ok(())
}

#[utoipa::path(
    get,
    path = "/api/v1/ambassador/dashboard",
    tag = "ambassadors",
    responses(
        (status = 200, description = "The ambassador's dashboard", body = AmbassadorDashboard),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn dashboard(
    State(state): State<AppState>,
    user: AmbassadorUser,
) -> Result<Json<AmbassadorDashboard>, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let entries = state.staff.outreach_of(&me.id).await?;
    let today = state.clock.now().date_naive();
    let this_month = entries
        .iter()
        .filter(|e| !e.withdrawn)
        .filter(|e| {
            e.outreach.date.year() == today.year() && e.outreach.date.month() == today.month()
        })
        .fold(OutreachTotals::default(), |mut t, e| {
            t.entries += 1;
            t.people += e.outreach.people;
            t.minutes += e.outreach.minutes;
            t
        });
    let now = state.clock.now().timestamp();
    let upcoming_sessions = state
        .catalogue
        .upcoming(now)
        .await?
        .into_iter()
        .filter(|s| me.application.districts.contains(&s.district))
        .collect();
    Ok(Json(AmbassadorDashboard {
        ambassador_id: me.id,
        name: me.application.name.as_str().to_owned(),
        status: me.status,
        districts: me.application.districts,
        this_month,
        entries,
        upcoming_sessions,
    }))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct VersionRequest {
    #[serde(default)]
    version: u32,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/principles",
    tag = "ambassadors",
    request_body = VersionRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Accepted"),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn accept_principles(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VersionRequest>,
) -> Result<StatusCode, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let current = state.staff.principles().await?.map_or(0, |p| p.version);
    if request.version != current {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "version",
            "problem-principles-outdated",
        )]));
    }
    let metadata = user.command(&headers, "web")?;
    let command = AmbassadorCommand::AcceptPrinciples { version: current };
    run(&state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn today(state: &AppState) -> NaiveDate {
    state.clock.now().date_naive()
}

async fn entry_view(
    state: &AppState,
    ambassador: &str,
    entry: u32,
) -> Result<Json<OutreachView>, ApiError> {
    state
        .staff
        .outreach_of(ambassador)
        .await?
        .into_iter()
        .find(|e| e.entry == entry)
        .map(Json)
        .ok_or(ApiError::NotFound {
            message_key: "problem-outreach-unknown",
        })
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/outreach",
    tag = "ambassadors",
    request_body = OutreachRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Logged", body = OutreachView),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn log_outreach(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiJson(request): ApiJson<OutreachRequest>,
) -> Result<(StatusCode, Json<OutreachView>), ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let outreach = request.parse(today(&state)).map_err(ApiError::Invalid)?;
    principles_current(&state, &me).await?;
    let (aggregate, _) = state.ambassadors.load(&me.id).await?;
    let entry = aggregate.next_entry();
    let metadata = user.command(&headers, "web")?;
    run(
        &state,
        &state.ambassadors,
        &me.id,
        AmbassadorCommand::LogOutreach { outreach },
        metadata,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        entry_view(&state, &me.id, entry).await?,
    ))
}

#[utoipa::path(
    put,
    path = "/api/v1/ambassador/outreach/{entry}",
    tag = "ambassadors",
    request_body = OutreachRequest,
    params(("entry" = u32, Path, description = "Entry number"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 200, description = "Corrected", body = OutreachView),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn correct_outreach(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiPath(entry): ApiPath<u32>,
    ApiJson(request): ApiJson<OutreachRequest>,
) -> Result<Json<OutreachView>, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let outreach = request.parse(today(&state)).map_err(ApiError::Invalid)?;
    let metadata = user.command(&headers, "web")?;
    let command = AmbassadorCommand::CorrectOutreach { entry, outreach };
    run(&state, &state.ambassadors, &me.id, command, metadata).await?;
    entry_view(&state, &me.id, entry).await
}

#[utoipa::path(
    delete,
    path = "/api/v1/ambassador/outreach/{entry}",
    tag = "ambassadors",
    params(("entry" = u32, Path, description = "Entry number"), ("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn withdraw_outreach(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiPath(entry): ApiPath<u32>,
) -> Result<StatusCode, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let metadata = user.command(&headers, "web")?;
    let command = AmbassadorCommand::WithdrawOutreach { entry };
    run(&state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct WorkshopRequest {
    #[serde(default)]
    date: String,
    #[serde(default)]
    title: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/workshops",
    tag = "ambassadors",
    request_body = WorkshopRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Recorded"),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn workshop(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiJson(request): ApiJson<WorkshopRequest>,
) -> Result<StatusCode, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let date = NaiveDate::parse_from_str(request.date.trim(), "%Y-%m-%d").ok();
    let title = teilhabe_events::input::short_text("title", &request.title, 120);
    let (date, title) = match (date, title) {
        (Some(d), Ok(t)) if d <= today(&state) => (d, t),
        (d, t) => {
            let mut errors = Vec::new();
            if d.is_none_or(|d| d > today(&state)) {
                errors.push(FieldError::new("date", "outreach-error-date"));
            }
            errors.extend(t.err());
            return Err(ApiError::Invalid(errors));
        }
    };
    let metadata = user.command(&headers, "web")?;
    let command = AmbassadorCommand::RecordWorkshop { date, title };
    run(&state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct StatusRequest {
    #[serde(default)]
    pub(crate) status: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/ambassador/status",
    tag = "ambassadors",
    request_body = StatusRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Status changed"),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn status(
    State(state): State<AppState>,
    user: AmbassadorUser,
    headers: HeaderMap,
    ApiJson(request): ApiJson<StatusRequest>,
) -> Result<StatusCode, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    let command = match AmbassadorStatus::parse(&request.status) {
        Some(AmbassadorStatus::Paused) => AmbassadorCommand::Pause,
        Some(AmbassadorStatus::Active) => AmbassadorCommand::Resume,
        Some(AmbassadorStatus::Retired) => AmbassadorCommand::Retire,
        _ => {
            return Err(ApiError::Invalid(vec![FieldError::new(
                "status",
                "field-error-choose",
            )]))
        }
    };
    let metadata = user.command(&headers, "web")?;
    run(&state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Registers a resident on their behalf, with their consent recorded.
#[utoipa::path(
    post,
    path = "/api/v1/ambassador/registrations",
    tag = "ambassadors",
    request_body = AssistedRegistrationRequest,
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 201, description = "Registered on the resident's behalf", body = teilhabe_events::api::RegistrationCreated),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn register_resident(
    State(state): State<AppState>,
    user: ActingAmbassador,
    headers: HeaderMap,
    ApiJson(request): ApiJson<AssistedRegistrationRequest>,
) -> Result<Response, ApiError> {
    let me = ambassador_of(&state, &user.0).await?;
    if me.status != AmbassadorStatus::Active {
        return Err(ApiError::BadRequest {
            status: StatusCode::CONFLICT,
            message_key: "problem-not-active",
            detail: "only an active ambassador registers residents".into(),
        });
    }
    principles_current(&state, &me).await?;
    let metadata = user.command(&headers, "ambassador")?;
    let session = request.session_id.clone();
    super::sessions::register_assisted(&state, &session, &request, Channel::Ambassador, metadata)
        .await
}

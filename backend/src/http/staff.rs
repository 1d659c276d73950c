//! Staff login and the public doors to the staff side: sign in and out, set a password with a
//! one-time link, read the principles, apply as an ambassador.

use super::json::ApiJson;
use super::params::{Csrf, IdempotencyKey};
use super::problems::{
    LoginProblems, LookupProblems, PublicSubmitProblems, ResidentCommandProblems, SignedInProblems,
    StaffReadProblems,
};
use super::signed_in::{session_cookie, SignedIn};
use super::ApiError;
use super::ClientAddress;
use crate::app::{accounts, ambassadors};
use crate::auth::{self, COOKIE};
use crate::projections::staff::Staff;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use teilhabe_events::staff_api::{
    parse_password, ApplicationCreated, ApplicationRequest, LoginRequest, Me, Principles,
    SetPasswordRequest,
};

/// `Secure` when the request came over TLS (directly or through a proxy that says so).
fn cookie(value: &str, max_age: i64, headers: &HeaderMap) -> String {
    let tls = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        if tls { "; Secure" } else { "" }
    )
}

#[utoipa::path(
    post,
    path = "/api/v1/staff/login",
    tag = "staff",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in; sets the session cookie", body = Me),
        LoginProblems
    ),
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Response, ApiError> {
    let (token, me) = accounts::login(&state, &request.email, &request.password, address).await?;
    Ok((
        [(
            header::SET_COOKIE,
            cookie(&token, auth::SESSION_SECONDS, &headers),
        )],
        Json(me),
    )
        .into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/staff/logout",
    tag = "staff",
    params(Csrf),
    responses(
        (status = 204, description = "Logged out"),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn logout(
    State(state): State<AppState>,
    _user: SignedIn,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = session_cookie(&headers) {
        state.auth.end_session(&token).await?;
    }
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, cookie("", 0, &headers))],
    )
        .into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/staff/me",
    tag = "staff",
    responses(
        (status = 200, description = "Who is logged in", body = Me),
        SignedInProblems
    ),
    security(("session" = [])),
)]
pub async fn me(State(state): State<AppState>, user: SignedIn) -> Result<Json<Me>, ApiError> {
    Ok(Json(accounts::me(&state, &user.account, &user.csrf).await?))
}

/// Sets a password with the one-time token from a set-password link.
#[utoipa::path(
    post,
    path = "/api/v1/staff/password",
    tag = "staff",
    request_body = SetPasswordRequest,
    responses(
        (status = 204, description = "Password set"),
        ResidentCommandProblems
    ),
)]
pub async fn set_password(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let password = parse_password(&request.password).map_err(|e| ApiError::Invalid(vec![e]))?;
    accounts::set_password_with_link(&state, &request.token, &password).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The principles of cooperation in force.
#[utoipa::path(
    get,
    path = "/api/v1/principles",
    tag = "staff",
    responses(
        (status = 200, description = "The principles of cooperation in force", body = Principles),
        LookupProblems
    ),
)]
pub async fn principles(State(staff): State<Staff>) -> Result<Json<Principles>, ApiError> {
    staff
        .principles()
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound {
            message_key: "problem-not-found",
        })
}

/// A volunteer applies; they accept the principles in force.
#[utoipa::path(
    post,
    path = "/api/v1/ambassadors/applications",
    tag = "staff",
    request_body = ApplicationRequest,
    params(IdempotencyKey),
    responses(
        (status = 201, description = "Application received", body = ApplicationCreated),
        PublicSubmitProblems
    ),
)]
pub async fn apply(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<ApplicationRequest>,
) -> Result<(StatusCode, Json<ApplicationCreated>), ApiError> {
    super::count_against(&state, &state.limits.applications, address)?;
    let metadata = super::resident_command(&headers)?;
    let id = ambassadors::apply(&state, &request, metadata).await?;
    Ok((
        StatusCode::CREATED,
        Json(ApplicationCreated { application_id: id }),
    ))
}

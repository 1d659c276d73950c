//! Staff login and the public doors to the staff side: sign in and out, set a password with a
//! one-time link, read the principles, apply as an ambassador.

use super::json::ApiJson;
use super::signed_in::{session_cookie, SignedIn};
use super::ClientAddress;
use super::{run, ApiError};
use crate::auth::{self, COOKIE};
use crate::projections::staff::{AccountRow, Staff};
use crate::state::AppState;
use crate::store::Metadata;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use teilhabe_events::api::Problem;
use teilhabe_events::staff::{AccountCommand, AmbassadorCommand, Email, Role};
use teilhabe_events::staff_api::{
    parse_password, ApplicationCreated, ApplicationRequest, LoginRequest, Me, Principles,
    SetPasswordRequest,
};
use teilhabe_events::FieldError;

/// Who is logged in, with the principles an ambassador still has to accept.
pub(crate) async fn me_of(
    state: &AppState,
    account: &AccountRow,
    csrf: &str,
) -> Result<Me, ApiError> {
    let principles_to_accept = if account.role == Role::Ambassador {
        let current = state.staff.principles().await?.map_or(0, |p| p.version);
        let accepted = state
            .staff
            .ambassador_of_account(&account.id)
            .await?
            .map_or(0, |a| a.principles_version);
        (current > accepted).then_some(current)
    } else {
        None
    };
    Ok(Me {
        account_id: account.id.clone(),
        name: account.name.clone(),
        email: account.email.clone(),
        role: account.role,
        csrf_token: csrf.to_owned(),
        principles_to_accept,
    })
}

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
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Response, ApiError> {
    let now = state.clock.now().timestamp();
    let account = state
        .auth
        .login(
            &state.staff,
            &request.email,
            &request.password,
            &address.to_string(),
            now,
        )
        .await?;
    let (token, csrf) = state.auth.start_session(&account.id, now).await?;
    let me = me_of(&state, &account, &csrf).await?;
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
    params(("X-CSRF-Token" = String, Header, description = "The csrf_token of the login")),
    responses(
        (status = 204, description = "Logged out"),
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
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
        (status = 401, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
    security(("session" = [])),
)]
pub async fn me(State(state): State<AppState>, user: SignedIn) -> Result<Json<Me>, ApiError> {
    Ok(Json(me_of(&state, &user.account, &user.csrf).await?))
}

/// Sets a password with the one-time token from a set-password link.
#[utoipa::path(
    post,
    path = "/api/v1/staff/password",
    tag = "staff",
    request_body = SetPasswordRequest,
    responses(
        (status = 204, description = "Password set"),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn set_password(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    let password = parse_password(&request.password).map_err(|e| ApiError::Invalid(vec![e]))?;
    let now = state.clock.now().timestamp();
    let token_invalid = || ApiError::BadRequest {
        status: StatusCode::BAD_REQUEST,
        message_key: "problem-token-invalid",
        detail: "this link is not valid (any more)".into(),
    };
    if request.token.len() != 64 {
        return Err(token_invalid());
    }
    let account_id = state
        .auth
        .redeem_link(&request.token, now)
        .await?
        .ok_or_else(token_invalid)?;
    let password_hash = state
        .auth
        .hash(&password)
        .await
        .ok_or_else(|| ApiError::BadRequest {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message_key: "problem-invalid-input",
            detail: "the password could not be hashed".into(),
        })?;
    let metadata = Metadata::new_command(&format!("account:{account_id}"), "web");
    run(
        &state,
        &state.accounts,
        &account_id,
        AccountCommand::SetPassword { password_hash },
        metadata,
    )
    .await?;
    // Whoever held the account before (a session, another link) is out now.
    state.auth.end_sessions_of(&account_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The principles of cooperation in force.
#[utoipa::path(
    get,
    path = "/api/v1/principles",
    tag = "staff",
    responses(
        (status = 200, description = "The principles of cooperation in force", body = Principles),
        (status = 404, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
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
    params(("Idempotency-Key" = Option<String>, Header, description = "Repeat a request safely: the same key gives the same answer")),
    responses(
        (status = 201, description = "Application received", body = ApplicationCreated),
        (status = 400, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "problem", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "problem", body = Problem, content_type = "application/problem+json")
    ),
)]
pub async fn apply(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    ApiJson(request): ApiJson<ApplicationRequest>,
) -> Result<(StatusCode, Json<ApplicationCreated>), ApiError> {
    let now = state.clock.now().timestamp();
    if !state
        .limits
        .applications
        .try_count(&address.to_string(), now)
    {
        return Err(ApiError::TooManyAttempts);
    }
    let application = request.parse().map_err(ApiError::Invalid)?;
    let current = state.staff.principles().await?.map_or(0, |p| p.version);
    if request.principles_version != current {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "accept_principles",
            "problem-principles-outdated",
        )]));
    }
    let metadata = super::resident_command(&headers)?;
    // The id follows the command id, so a repeated request names the same application.
    let id = {
        use sha2::Digest;
        hex::encode(&sha2::Sha256::digest(metadata.command_id.as_bytes())[..12])
    };
    run(
        &state,
        &state.ambassadors,
        &id,
        AmbassadorCommand::Apply {
            application,
            principles_version: current,
        },
        metadata,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(ApplicationCreated { application_id: id }),
    ))
}

/// Opens a staff account and returns a one-time token to set its password.
pub(crate) async fn open_account(
    state: &AppState,
    name: teilhabe_events::PersonName,
    email: Email,
    role: Role,
    metadata: Metadata,
) -> Result<(String, String), ApiError> {
    let id = state.auth.account_id(&state.staff, &email).await?;
    run(
        state,
        &state.accounts,
        &id,
        AccountCommand::Open { email, name, role },
        metadata,
    )
    .await?;
    let token = state
        .auth
        .issue_link(&id, state.clock.now().timestamp())
        .await?;
    Ok((id, token))
}

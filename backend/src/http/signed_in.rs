//! The logged-in staff member of a request: found by the session cookie; requests that change
//! something must also carry the session's CSRF token in `X-CSRF-Token`.

use super::ApiError;
use crate::auth::COOKIE;
use crate::projections::staff::AccountRow;
use crate::state::AppState;
use crate::store::Metadata;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::AmbassadorStatus;

/// A staff member with a valid session (and, for writes, a matching CSRF token).
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub account: AccountRow,
    pub csrf: String,
}

impl SignedIn {
    /// Refuses with 403 unless the account has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<(), ApiError> {
        if roles.contains(&self.account.role) {
            Ok(())
        } else {
            Err(ApiError::Forbidden {
                message_key: "problem-forbidden",
            })
        }
    }

    /// Metadata for a command this staff member gives.
    pub fn command(&self, headers: &HeaderMap, channel: &str) -> Result<Metadata, ApiError> {
        let actor = format!("account:{}", self.account.id);
        super::keyed_command(headers, &actor, channel)
    }
}

/// The session cookie's value, if the request has one.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = session_cookie(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let now = state.clock.now().timestamp();
        let session = state
            .auth
            .session(&token, now)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        let account = state
            .staff
            .account(&session.account_id)
            .await?
            .filter(|a| !a.closed)
            .ok_or(ApiError::Unauthorized)?;
        let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if !safe {
            let sent = parts
                .headers
                .get("x-csrf-token")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if !constant_time_eq(sent.as_bytes(), session.csrf.as_bytes()) {
                return Err(ApiError::Forbidden {
                    message_key: "problem-csrf",
                });
            }
        }
        Ok(Self {
            account,
            csrf: session.csrf,
        })
    }
}

/// Compares without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A set of roles a route admits.
pub trait Roles {
    const ROLES: &'static [Role];
    /// Whether an ambassador must be active (not paused, retired or declined): routes that
    /// show or change residents' data. Checked on every request, so a pause takes effect on
    /// the open session at once.
    const ACTIVE_AMBASSADOR: bool = false;
}

/// The programme office.
pub struct OfficeRole;
impl Roles for OfficeRole {
    const ROLES: &'static [Role] = &[Role::Office];
}

/// An ambassador.
pub struct AmbassadorRole;
impl Roles for AmbassadorRole {
    const ROLES: &'static [Role] = &[Role::Ambassador];
}

/// Those who call residents: the office and ambassadors.
pub struct CallerRole;
impl Roles for CallerRole {
    const ROLES: &'static [Role] = &[Role::Office, Role::Ambassador];
    const ACTIVE_AMBASSADOR: bool = true;
}

/// An active ambassador, acting for residents.
pub struct ActingAmbassadorRole;
impl Roles for ActingAmbassadorRole {
    const ROLES: &'static [Role] = &[Role::Ambassador];
    const ACTIVE_AMBASSADOR: bool = true;
}

/// Auditors, and the office (which may read the history too).
pub struct AuditRole;
impl Roles for AuditRole {
    const ROLES: &'static [Role] = &[Role::Auditor, Role::Office];
}

/// A signed-in staff member whose role is one of `R::ROLES`; checked before the request body
/// is read, so a wrong role learns nothing about what the route expects.
pub struct As<R: Roles>(pub SignedIn, std::marker::PhantomData<R>);

impl<R: Roles> std::ops::Deref for As<R> {
    type Target = SignedIn;
    fn deref(&self) -> &SignedIn {
        &self.0
    }
}

impl<R: Roles + Send + Sync> FromRequestParts<AppState> for As<R> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        user.require(R::ROLES)?;
        if R::ACTIVE_AMBASSADOR && user.account.role == Role::Ambassador {
            let active = state
                .staff
                .ambassador_of_account(&user.account.id)
                .await?
                .is_some_and(|a| a.status == AmbassadorStatus::Active);
            if !active {
                return Err(ApiError::Forbidden {
                    message_key: "problem-forbidden",
                });
            }
        }
        Ok(Self(user, std::marker::PhantomData))
    }
}

impl<R: Roles> std::borrow::Borrow<SignedIn> for As<R> {
    fn borrow(&self) -> &SignedIn {
        &self.0
    }
}

/// A staff member (`U`: [`SignedIn`] or one of the role extractors) giving a command, with
/// the request's headers kept for its metadata. The metadata is read when the handler asks
/// for it ([`Command::metadata`]), at the same point as before: after the body.
pub struct Command<U> {
    user: U,
    headers: HeaderMap,
}

impl<U> std::ops::Deref for Command<U> {
    type Target = U;
    fn deref(&self) -> &U {
        &self.user
    }
}

impl<U: std::borrow::Borrow<SignedIn>> Command<U> {
    /// The command's metadata through `channel` (see [`SignedIn::command`]).
    pub fn metadata(&self, channel: &str) -> Result<Metadata, ApiError> {
        self.user.borrow().command(&self.headers, channel)
    }
}

impl<U> FromRequestParts<AppState> for Command<U>
where
    U: FromRequestParts<AppState, Rejection = ApiError> + Send,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = U::from_request_parts(parts, state).await?;
        Ok(Self {
            user,
            headers: parts.headers.clone(),
        })
    }
}

/// The office, as an extractor.
pub type Office = As<OfficeRole>;
/// An ambassador, as an extractor.
pub type AmbassadorUser = As<AmbassadorRole>;
/// An auditor or the office, as an extractor.
pub type Auditor = As<AuditRole>;
/// The office or an active ambassador, as an extractor.
pub type Caller = As<CallerRole>;
/// An active ambassador, as an extractor.
pub type ActingAmbassador = As<ActingAmbassadorRole>;

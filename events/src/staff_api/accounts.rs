//! Staff accounts: logging in, passwords, the accounts the office opens.

use super::Errors;

use crate::staff::{Email, Role};
use crate::{FieldError, PersonName};
use serde::{Deserialize, Serialize};

/// `POST /api/v1/staff/login`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoginRequest {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
}

/// Who is logged in (`GET /api/v1/staff/me`, and the answer to a login).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub account_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// Send this in the `X-CSRF-Token` header with every staff request that changes something.
    pub csrf_token: String,
    /// For an ambassador: the version of the principles they still have to accept.
    pub principles_to_accept: Option<u32>,
}

/// The shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// The longest password accepted (argon2 would take more, but nobody types more).
pub const PASSWORD_MAX_CHARS: usize = 200;

/// Checks a new password.
pub fn parse_password(input: &str) -> Result<String, FieldError> {
    let n = input.chars().count();
    if n < PASSWORD_MIN_CHARS {
        return Err(FieldError::new("password", "password-error-too-short"));
    }
    if n > PASSWORD_MAX_CHARS {
        return Err(FieldError::new("password", "field-error-too-long"));
    }
    Ok(input.to_owned())
}

/// `POST /api/v1/staff/password`: set a password with the one-time token from the e-mail.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetPasswordRequest {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
}

/// `POST /api/v1/office/accounts`: the office opens an auditor (or office) account.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountRequest {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
}

impl AccountRequest {
    pub fn parse(&self) -> Result<(PersonName, Email, Role), Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.take(PersonName::parse(&self.name));
        let email = errors.take(Email::parse(&self.email));
        let role = errors.take(Role::parse(&self.role));
        match (name, email, role) {
            (Some(n), Some(e), Some(r)) if errors.0.is_empty() => Ok((n, e, r)),
            _ => Err(errors.0),
        }
    }
}

/// An account as the office lists it; `set_password_link` is shown once, when it is opened.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountCreated {
    pub account_id: String,
    pub set_password_link: String,
}

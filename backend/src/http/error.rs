//! Every error the API answers, mapped to `application/problem+json` in one place.

use crate::commands::CommandError;
use crate::domain::{Rejected, Rejection, RejectionKind};
use crate::projections::ProjectionError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use teilhabe_events::api::Problem;
use teilhabe_events::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound { message_key: &'static str },
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// The request does not fit the state of things (409).
    #[error("conflict: {detail}")]
    Conflict {
        message_key: &'static str,
        detail: String,
    },
    #[error("bad request: {detail}")]
    BadRequest {
        status: StatusCode,
        message_key: &'static str,
        detail: String,
    },
    /// No valid login session (401).
    #[error("not logged in")]
    Unauthorized,
    /// Logged in, but not allowed (403): wrong role, or a missing CSRF token.
    #[error("forbidden: {message_key}")]
    Forbidden { message_key: &'static str },
    /// Too many attempts (429).
    #[error("too many attempts")]
    TooManyAttempts,
    #[error(transparent)]
    Command(#[from] CommandError),
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

impl From<crate::app::Error> for ApiError {
    fn from(err: crate::app::Error) -> Self {
        use crate::app::Error;
        match err {
            Error::NotFound { message_key } => ApiError::NotFound { message_key },
            Error::Invalid(errors) => ApiError::Invalid(errors),
            Error::Conflict {
                message_key,
                detail,
            } => ApiError::Conflict {
                message_key,
                detail,
            },
            Error::Forbidden { message_key } => ApiError::Forbidden { message_key },
            Error::TooManyAttempts => ApiError::TooManyAttempts,
            Error::LinkInvalid => ApiError::BadRequest {
                status: StatusCode::BAD_REQUEST,
                message_key: "problem-token-invalid",
                detail: Error::LinkInvalid.to_string(),
            },
            Error::PasswordNotHashed => ApiError::BadRequest {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                message_key: "problem-invalid-input",
                detail: Error::PasswordNotHashed.to_string(),
            },
            Error::Login(e) => e.into(),
            Error::Command(e) => ApiError::Command(e),
            Error::ReadModel(e) => ApiError::ReadModel(e),
        }
    }
}

impl From<crate::auth::LoginError> for ApiError {
    fn from(err: crate::auth::LoginError) -> Self {
        use crate::auth::LoginError;
        match err {
            LoginError::Blocked => ApiError::TooManyAttempts,
            LoginError::Failed => ApiError::BadRequest {
                status: StatusCode::UNAUTHORIZED,
                message_key: "problem-login-failed",
                detail: "e-mail address or password is wrong".into(),
            },
            LoginError::ReadModel(e) => ApiError::ReadModel(e),
        }
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(err: crate::store::StoreError) -> Self {
        ApiError::Command(CommandError::Store(err))
    }
}

impl From<crate::audit::ReportError> for ApiError {
    fn from(err: crate::audit::ReportError) -> Self {
        match err {
            crate::audit::ReportError::Store(e) => e.into(),
            crate::audit::ReportError::ReadModel(e) => ApiError::ReadModel(e),
        }
    }
}

impl From<crate::mail::LetterError> for ApiError {
    fn from(err: crate::mail::LetterError) -> Self {
        use crate::mail::LetterError;
        let conflict = |message_key| ApiError::Conflict {
            message_key,
            detail: err.to_string(),
        };
        match err {
            LetterError::UnknownBooking => ApiError::NotFound {
                message_key: "problem-booking-not-found",
            },
            LetterError::Cancelled => conflict("office-letter-problem-cancelled"),
            LetterError::Erased => conflict("office-letter-problem-erased"),
            LetterError::NotNow => conflict("office-letter-problem-not-now"),
            LetterError::ReadModel(e) => ApiError::ReadModel(e),
        }
    }
}

/// Seconds a client is asked to wait (`Retry-After`) when the database cannot be reached.
const RETRY_AFTER_SECONDS: &str = "2";

impl ApiError {
    /// True when the request failed because the database could not be reached (or the read
    /// models could not follow the log in time): 503, worth repeating with the same
    /// `Idempotency-Key`.
    fn is_unavailable(&self) -> bool {
        match self {
            ApiError::Command(CommandError::Store(e)) => e.is_unavailable(),
            ApiError::ReadModel(e) => e.is_unavailable(),
            _ => false,
        }
    }

    /// An aggregate's refusal, as if a command had been refused.
    pub fn rejected<E: Rejection>(err: &E) -> Self {
        ApiError::Command(CommandError::Domain(Rejected::from(err)))
    }
}

fn problem(
    status: StatusCode,
    message_key: &str,
    detail: Option<String>,
    errors: Vec<FieldError>,
) -> Response {
    let body = Problem {
        type_uri: format!("urn:teilhabe:problem:{message_key}"),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail,
        message_key: message_key.to_owned(),
        errors,
    };
    let json = serde_json::to_vec(&body).unwrap_or_default();
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        json,
    )
        .into_response()
}

fn domain_status(err: &Rejected) -> StatusCode {
    match err.kind {
        RejectionKind::NotFound => StatusCode::NOT_FOUND,
        RejectionKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
        RejectionKind::Conflict => StatusCode::CONFLICT,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::NotFound { message_key } => {
                problem(StatusCode::NOT_FOUND, message_key, None, vec![])
            }
            ApiError::Invalid(errors) => problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "problem-invalid-input",
                None,
                errors,
            ),
            ApiError::Conflict {
                message_key,
                detail,
            } => problem(StatusCode::CONFLICT, message_key, Some(detail), vec![]),
            ApiError::BadRequest {
                status,
                message_key,
                detail,
            } => problem(status, message_key, Some(detail), vec![]),
            ApiError::Unauthorized => problem(
                StatusCode::UNAUTHORIZED,
                "problem-not-logged-in",
                None,
                vec![],
            ),
            ApiError::Forbidden { message_key } => {
                problem(StatusCode::FORBIDDEN, message_key, None, vec![])
            }
            ApiError::TooManyAttempts => problem(
                StatusCode::TOO_MANY_REQUESTS,
                "problem-too-many-attempts",
                None,
                vec![],
            ),
            ApiError::Command(CommandError::Domain(err)) => {
                problem(domain_status(&err), err.message_key, Some(err.text), vec![])
            }
            ApiError::Command(CommandError::KeyReused) => problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "problem-invalid-input",
                Some("this Idempotency-Key was used for another request".to_owned()),
                vec![FieldError::new(
                    "Idempotency-Key",
                    "problem-idempotency-key-reused",
                )],
            ),
            ApiError::Command(CommandError::Store(crate::store::StoreError::Conflict {
                ..
            })) => problem(StatusCode::CONFLICT, "problem-conflict", None, vec![]),
            other if other.is_unavailable() => {
                tracing::warn!(error = %other, "database unavailable");
                let mut response = problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "problem-unavailable",
                    None,
                    vec![],
                );
                response.headers_mut().insert(
                    header::RETRY_AFTER,
                    HeaderValue::from_static(RETRY_AFTER_SECONDS),
                );
                response
            }
            other => {
                tracing::error!(error = %other, "request failed");
                problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "problem-internal",
                    None,
                    vec![],
                )
            }
        }
    }
}

pub async fn not_found() -> Response {
    ApiError::NotFound {
        message_key: "problem-not-found",
    }
    .into_response()
}

pub async fn method_not_allowed() -> Response {
    problem(
        StatusCode::METHOD_NOT_ALLOWED,
        "problem-method-not-allowed",
        None,
        vec![],
    )
}

//! A JSON body extractor whose rejections are problem+json answers, not plain text.

use super::ApiError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => {
                let message_key = match &rejection {
                    JsonRejection::JsonDataError(_) => "problem-invalid-json",
                    JsonRejection::JsonSyntaxError(_) => "problem-invalid-json",
                    JsonRejection::MissingJsonContentType(_) => "problem-json-expected",
                    _ => "problem-bad-body",
                };
                Err(ApiError::BadRequest {
                    status: rejection.status(),
                    message_key,
                    detail: rejection.body_text(),
                })
            }
        }
    }
}

/// Implements `FromRequestParts` for a wrapper `$name` around axum's `$inner` extractor,
/// answering `$rejection` (an `ApiError`) where axum's extractor rejects: the path and the
/// query extractors differ only in that answer.
macro_rules! parts_extractor {
    ($name:ident, $inner:ident, $rejection:expr) => {
        impl<S, T> axum::extract::FromRequestParts<S> for $name<T>
        where
            T: DeserializeOwned + Send,
            S: Send + Sync,
        {
            type Rejection = ApiError;

            async fn from_request_parts(
                parts: &mut axum::http::request::Parts,
                state: &S,
            ) -> Result<Self, Self::Rejection> {
                axum::extract::$inner::<T>::from_request_parts(parts, state)
                    .await
                    .map(|axum::extract::$inner(value)| Self(value))
                    .map_err(|_| $rejection)
            }
        }
    };
}

/// A path extractor whose rejections (a segment that does not parse) are problem+json 404s:
/// a path naming something that cannot exist names nothing.
pub struct ApiPath<T>(pub T);

parts_extractor!(
    ApiPath,
    Path,
    ApiError::NotFound {
        message_key: "problem-not-found",
    }
);

/// A query-string extractor whose rejections are problem+json 422s naming the query.
pub struct ApiQuery<T>(pub T);

parts_extractor!(
    ApiQuery,
    Query,
    ApiError::Invalid(vec![teilhabe_events::FieldError::new(
        "query",
        "field-error-invalid",
    )])
);

//! Calls to Teilhabe's JSON API; every failure comes back as a translatable message id.

use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use teilhabe_events::api::{
    BookingView, Problem, RegistrationCreated, RegistrationRequest, SessionSummary,
};
use teilhabe_events::FieldError;

const BASE: &str = "/api/v1";

/// Why a call failed, in words the page can translate.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiFailure {
    /// The server refused: a message id and the fields it named.
    Problem {
        status: u16,
        message_key: String,
        errors: Vec<FieldError>,
    },
    /// No answer, or one we could not read.
    Network,
}

impl ApiFailure {
    pub fn message_key(&self) -> &str {
        match self {
            ApiFailure::Problem { message_key, .. } => message_key,
            ApiFailure::Network => "app-error-network",
        }
    }
}

async fn read<T: DeserializeOwned>(
    response: Result<Response, gloo_net::Error>,
) -> Result<T, ApiFailure> {
    let response = response.map_err(|_| ApiFailure::Network)?;
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiFailure::Network);
    }
    match response.json::<Problem>().await {
        Ok(problem) => Err(ApiFailure::Problem {
            status: problem.status,
            message_key: problem.message_key,
            errors: problem.errors,
        }),
        Err(_) => Err(ApiFailure::Network),
    }
}

pub async fn sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    read(Request::get(&format!("{BASE}/sessions")).send().await).await
}

pub async fn session(id: &str) -> Result<SessionSummary, ApiFailure> {
    read(
        Request::get(&format!("{BASE}/sessions/{}", encode(id)))
            .send()
            .await,
    )
    .await
}

pub async fn register(
    id: &str,
    request: &RegistrationRequest,
) -> Result<RegistrationCreated, ApiFailure> {
    let url = format!("{BASE}/sessions/{}/registrations", encode(id));
    match Request::post(&url).json(request) {
        Ok(req) => read(req.send().await).await,
        Err(_) => Err(ApiFailure::Network),
    }
}

pub async fn booking(code: &str) -> Result<BookingView, ApiFailure> {
    read(
        Request::get(&format!("{BASE}/bookings/{}", encode(code)))
            .send()
            .await,
    )
    .await
}

pub async fn cancel_booking(code: &str) -> Result<BookingView, ApiFailure> {
    read(
        Request::delete(&format!("{BASE}/bookings/{}", encode(code)))
            .send()
            .await,
    )
    .await
}

/// Percent-encodes a path segment.
pub fn encode(segment: &str) -> String {
    segment
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

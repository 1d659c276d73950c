//! Calls to Teilhabe's JSON API; every failure comes back as a translatable message id.
//!
//! Requests go straight through the browser's `fetch` (gloo-net's wrapper and the `http`
//! crate behind it cost more of the download budget than these few lines).

use js_sys::Promise;
use serde::de::DeserializeOwned;
use teilhabe_events::api::{
    BookingView, Problem, RegistrationCreated, RegistrationRequest, SessionSummary,
};
use teilhabe_events::FieldError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

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

/// Starts a request: the browser sends it at once, before anyone awaits the answer.
pub fn start(method: &str, url: &str, json: Option<&str>) -> Option<Promise> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(json) = json {
        let headers = web_sys::Headers::new().ok()?;
        headers.set("content-type", "application/json").ok()?;
        init.set_headers(&headers);
        init.set_body(&JsValue::from_str(json));
    }
    Some(web_sys::window()?.fetch_with_str_and_init(url, &init))
}

/// The answer to a started request and its body as text; `None` if there was no answer.
pub async fn finish(request: Option<Promise>) -> Option<(Response, String)> {
    let response: Response = JsFuture::from(request?).await.ok()?.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    Some((response, text))
}

async fn call<T: DeserializeOwned>(
    method: &str,
    path: &str,
    json: Option<String>,
) -> Result<T, ApiFailure> {
    let request = start(method, &format!("{BASE}{path}"), json.as_deref());
    let (response, body) = finish(request).await.ok_or(ApiFailure::Network)?;
    if response.ok() {
        return serde_json::from_str(&body).map_err(|_| ApiFailure::Network);
    }
    match serde_json::from_str::<Problem>(&body) {
        Ok(problem) => Err(ApiFailure::Problem {
            status: problem.status,
            message_key: problem.message_key,
            errors: problem.errors,
        }),
        Err(_) => Err(ApiFailure::Network),
    }
}

pub async fn sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    call("GET", "/sessions", None).await
}

pub async fn session(id: &str) -> Result<SessionSummary, ApiFailure> {
    call("GET", &format!("/sessions/{}", encode(id)), None).await
}

pub async fn register(
    id: &str,
    request: &RegistrationRequest,
) -> Result<RegistrationCreated, ApiFailure> {
    let json = serde_json::to_string(request).map_err(|_| ApiFailure::Network)?;
    let path = format!("/sessions/{}/registrations", encode(id));
    call("POST", &path, Some(json)).await
}

pub async fn booking(code: &str) -> Result<BookingView, ApiFailure> {
    call("GET", &format!("/bookings/{}", encode(code)), None).await
}

pub async fn cancel_booking(code: &str) -> Result<BookingView, ApiFailure> {
    call("DELETE", &format!("/bookings/{}", encode(code)), None).await
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

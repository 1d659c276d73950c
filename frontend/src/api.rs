//! Calls to Teilhabe's JSON API; every failure comes back as a translatable message id.
//!
//! Requests go straight through the browser's `fetch` (gloo-net's wrapper and the `http`
//! crate behind it cost more of the download budget than these few lines).

use js_sys::Promise;
use serde::de::DeserializeOwned;
use teilhabe_events::api::{BookingView, Problem, RegistrationCreated, SessionSummary};
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

/// A write: its JSON body, if any, and its `Idempotency-Key` (the same key sent twice
/// records once and is answered as the first time).
pub struct Write<'a> {
    pub json: Option<&'a str>,
    pub key: &'a str,
}

/// Starts a request: the browser sends it at once, before anyone awaits the answer.
pub fn start(method: &str, url: &str, write: Option<Write>) -> Option<Promise> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(write) = write {
        let headers = web_sys::Headers::new().ok()?;
        headers.set("idempotency-key", write.key).ok()?;
        if let Some(json) = write.json {
            headers.set("content-type", "application/json").ok()?;
            init.set_body(&JsValue::from_str(json));
        }
        init.set_headers(&headers);
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

/// Sends a request and gives the body of a successful answer. Not generic: one copy of the
/// fetching code serves every call, and each typed call parses the body.
async fn send(method: &str, path: &str, write: Option<Write<'_>>) -> Result<String, ApiFailure> {
    let request = start(method, &format!("{BASE}{path}"), write);
    let (response, body) = finish(request).await.ok_or(ApiFailure::Network)?;
    if response.ok() {
        return Ok(body);
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

/// The answer's body as `T`.
fn parse<T: DeserializeOwned>(body: Result<String, ApiFailure>) -> Result<T, ApiFailure> {
    serde_json::from_str(&body?).map_err(|_| ApiFailure::Network)
}

pub async fn sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    parse(send("GET", "/sessions", None).await)
}

pub async fn session(id: &str) -> Result<SessionSummary, ApiFailure> {
    parse(send("GET", &format!("/sessions/{}", encode(id)), None).await)
}

/// The JSON of a request body. (Serialising these types cannot fail: no maps with
/// non-string keys, no custom serialisers that refuse.)
pub fn to_json<T: serde::Serialize>(body: &T) -> String {
    serde_json::to_string(body).unwrap_or_default()
}

/// Registers for session `id`; `key` is the request's idempotency key.
pub async fn register(id: &str, json: &str, key: &str) -> Result<RegistrationCreated, ApiFailure> {
    let path = format!("/sessions/{}/registrations", encode(id));
    parse(
        send(
            "POST",
            &path,
            Some(Write {
                json: Some(json),
                key,
            }),
        )
        .await,
    )
}

pub async fn booking(code: &str) -> Result<BookingView, ApiFailure> {
    parse(send("GET", &format!("/bookings/{}", encode(code)), None).await)
}

/// Cancels booking `code`.
pub async fn cancel_booking(code: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}", encode(code));
    send("DELETE", &path, Some(Write { json: None, key }))
        .await
        .map(drop)
}

/// Erases the personal data of booking `code`'s holder.
pub async fn erase_booking(code: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}/erase", encode(code));
    send("POST", &path, Some(Write { json: None, key }))
        .await
        .map(drop)
}

/// Says how the session of booking `code` was.
pub async fn give_feedback(code: &str, json: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}/feedback", encode(code));
    send(
        "POST",
        &path,
        Some(Write {
            json: Some(json),
            key,
        }),
    )
    .await
    .map(drop)
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

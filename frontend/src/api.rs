//! Calls to Teilhabe's JSON API; every failure comes back as a translatable message id.
//!
//! Requests go straight through the browser's `fetch` (gloo-net's wrapper and the `http`
//! crate behind it cost more of the download budget than these few lines).

use teilhabe_events::api::{BookingView, Problem, RegistrationCreated, SessionSummary};
pub use teilhabe_web::api::{encode, to_json, ApiFailure};
use teilhabe_web::api::{finish, parse, start};

const BASE: &str = "/api/v1";

/// Sends a request and gives the body of a successful answer; a refusal without a problem
/// document is a network failure. A write carries its `Idempotency-Key` (`key`: the same key
/// sent twice records once and is answered as the first time) and its JSON body, if any.
/// (Through the shared `start` and `finish` rather than the shared `send`: this costs the
/// residents' download less.)
pub async fn send(
    method: &str,
    path: &str,
    key: Option<&str>,
    json: Option<&str>,
) -> Result<String, ApiFailure> {
    let request = start(method, &format!("{BASE}{path}"), key, None, json);
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

pub async fn sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    parse(send("GET", "/sessions", None, None).await)
}

pub async fn session(id: &str) -> Result<SessionSummary, ApiFailure> {
    parse(send("GET", &format!("/sessions/{}", encode(id)), None, None).await)
}

/// Registers for session `id`; `key` is the request's idempotency key.
pub async fn register(id: &str, json: &str, key: &str) -> Result<RegistrationCreated, ApiFailure> {
    let path = format!("/sessions/{}/registrations", encode(id));
    parse(send("POST", &path, Some(key), Some(json)).await)
}

pub async fn booking(code: &str) -> Result<BookingView, ApiFailure> {
    parse(send("GET", &format!("/bookings/{}", encode(code)), None, None).await)
}

/// Cancels booking `code`.
pub async fn cancel_booking(code: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}", encode(code));
    send("DELETE", &path, Some(key), None).await.map(drop)
}

/// Erases the personal data of booking `code`'s holder.
pub async fn erase_booking(code: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}/erase", encode(code));
    send("POST", &path, Some(key), None).await.map(drop)
}

/// Says how the session of booking `code` was.
pub async fn give_feedback(code: &str, json: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/bookings/{}/feedback", encode(code));
    send("POST", &path, Some(key), Some(json)).await.map(drop)
}

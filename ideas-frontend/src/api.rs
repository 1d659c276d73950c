//! The ideas store's calls to the public API (through the residents' `send`).

use teilhabe_events::ideas::{IdeaCreated, IdeaView};
use teilhabe_frontend::api::{encode, send, ApiFailure};
use teilhabe_web::api::parse;

/// Every idea, most supported first.
pub async fn ideas() -> Result<Vec<IdeaView>, ApiFailure> {
    parse(send("GET", "/ideas", None, None).await)
}

/// Submits an idea (`json`: an `IdeaRequest`); `key` is the request's idempotency key.
pub async fn submit(json: &str, key: &str) -> Result<IdeaCreated, ApiFailure> {
    parse(send("POST", "/ideas", Some(key), Some(json)).await)
}

/// Supports idea `id` with a booking code.
pub async fn support(id: &str, json: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/ideas/{}/support", encode(id));
    send("POST", &path, Some(key), Some(json)).await.map(drop)
}

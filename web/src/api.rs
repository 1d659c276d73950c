//! The fetch client both apps call Teilhabe's JSON API through; every failure comes back as a
//! translatable message id ([`ApiFailure`]).
//!
//! Requests go straight through the browser's `fetch` (gloo-net's wrapper and the `http`
//! crate behind it cost more of the residents' download budget than these few lines). Each
//! app adds its own headers (the staff app its CSRF token) and its typed calls.

use js_sys::Promise;
use serde::de::DeserializeOwned;
use teilhabe_events::api::Problem;
use teilhabe_events::FieldError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

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

/// Starts a request: the browser sends it at once, before anyone awaits the answer. A change
/// carries its `Idempotency-Key` (`key`, the same key sent twice records once), the login's
/// `X-CSRF-Token` (`csrf`, staff only) and its JSON body, where given.
pub fn start(
    method: &str,
    url: &str,
    key: Option<&str>,
    csrf: Option<&str>,
    json: Option<&str>,
) -> Option<Promise> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if key.is_some() || csrf.is_some() || json.is_some() {
        let headers = web_sys::Headers::new().ok()?;
        if let Some(csrf) = csrf {
            headers.set("x-csrf-token", csrf).ok()?;
        }
        if let Some(key) = key {
            headers.set("idempotency-key", key).ok()?;
        }
        if let Some(json) = json {
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

/// Sends a request and gives the body of a successful answer. A refusal the server explains
/// (a problem document) becomes [`ApiFailure::Problem`]; one it does not is `unexplained`
/// of its status. Not generic: one copy of the fetching code serves every call, and each
/// typed call parses the body ([`parse`]).
pub async fn send(
    method: &str,
    url: &str,
    key: Option<&str>,
    csrf: Option<&str>,
    json: Option<&str>,
    unexplained: fn(u16) -> ApiFailure,
) -> Result<String, ApiFailure> {
    let request = start(method, url, key, csrf, json);
    let (response, body) = finish(request).await.ok_or(ApiFailure::Network)?;
    if response.ok() {
        return Ok(body);
    }
    Err(match serde_json::from_str::<Problem>(&body) {
        Ok(problem) => ApiFailure::Problem {
            status: problem.status,
            message_key: problem.message_key,
            errors: problem.errors,
        },
        Err(_) => unexplained(response.status()),
    })
}

/// The answer's body as `T`.
pub fn parse<T: DeserializeOwned>(body: Result<String, ApiFailure>) -> Result<T, ApiFailure> {
    serde_json::from_str(&body?).map_err(|_| ApiFailure::Network)
}

/// The JSON of a request body. (Serialising these types cannot fail: no maps with
/// non-string keys, no custom serialisers that refuse.)
pub fn to_json<T: serde::Serialize>(body: &T) -> String {
    serde_json::to_string(body).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn a_path_segment_is_percent_encoded() {
        assert_eq!(encode("ABC-234"), "ABC-234");
        assert_eq!(encode("a b/ü"), "a%20b%2F%C3%BC");
    }
}

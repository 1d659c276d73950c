//! The HTTP surface: JSON API under `/api/v1`, health, and the built frontend.

mod ambassador;
mod assets;
mod audit;
mod bookings;
mod calls;
mod door;
mod error;
mod ideas;
mod interests;
mod json;
mod office;
pub mod openapi;
mod ops;
mod params;
mod problems;
mod security;
mod sessions;
mod signed_in;
mod staff;

pub use error::ApiError;

use crate::state::AppState;
use axum::routing::{any, get, post};
use axum::Router;
use std::path::Path;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

pub fn router(state: AppState, dist: &Path) -> Router {
    let csp = security::content_security_policy(dist);
    let policy = security::Policy(std::sync::Arc::new(
        axum::http::HeaderValue::from_str(&csp)
            .unwrap_or(axum::http::HeaderValue::from_static("default-src 'self'")),
    ));
    let ops_state = state.clone();
    let api = Router::new()
        .route("/sessions", get(sessions::list))
        .route("/sessions/{id}", get(sessions::show))
        .route(
            "/sessions/{id}/registrations",
            axum::routing::post(sessions::register),
        )
        .route(
            "/bookings/{code}",
            get(bookings::show).delete(bookings::cancel),
        )
        .route("/bookings/{code}/qr.svg", get(bookings::qr))
        .route(
            "/bookings/{code}/feedback",
            axum::routing::post(bookings::feedback),
        )
        .route(
            "/bookings/{code}/erase",
            axum::routing::post(bookings::erase),
        )
        .route("/interests", post(interests::register))
        .route(
            "/interests/{code}",
            get(interests::show).delete(interests::withdraw),
        )
        .route("/interests/{code}/erase", post(interests::erase))
        .merge(staff_routes())
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(axum::middleware::from_fn(digest_keyed_request))
        .with_state(state);
    let state = ops_state;
    Router::new()
        .nest("/api/v1", api)
        .route("/api/openapi.json", get(openapi::serve))
        // Any method: an unknown API path is a 404 problem, not a bare 405 from the catch-all.
        .route("/api", any(error::not_found))
        .route("/api/{*rest}", any(error::not_found))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz).with_state(state.clone()))
        .route("/metrics", get(ops::metrics).with_state(state.clone()))
        .merge(assets::router(dist))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(axum::middleware::from_fn_with_state(
            policy,
            security::headers,
        ))
        .layer(CompressionLayer::new())
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            MAX_IN_FLIGHT,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &axum::http::Request<axum::body::Body>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %redacted_path(request.uri().path()),
                    )
                })
                .on_response(
                    tower_http::trace::DefaultOnResponse::new().level(tracing::Level::INFO),
                ),
        )
}

/// A request path fit for the logs: booking codes, ids and entries replaced by their names,
/// the query string left out, so logs hold no personal data.
pub fn redacted_path(path: &str) -> String {
    let mut out = Vec::new();
    let mut previous = "";
    for segment in path.split('/') {
        let shown = match previous {
            // The API's bookings, and the frontend's page of one booking.
            "bookings" | "booking" => "{code}",
            // Interest codes; the office's routes under `interests` name no code.
            "interests" if !matches!(segment, "reach" | "letters" | "demand") => "{code}",
            "sessions" | "applications" => "{id}",
            "outreach" => "{entry}",
            _ if segment.chars().count() > 40 => "{long}",
            _ => segment,
        };
        out.push(shown);
        previous = segment;
    }
    out.join("/")
}

/// The largest request body accepted (every form of the app fits in a few kilobytes).
const MAX_BODY_BYTES: usize = 64 * 1024;
/// A request that takes longer is answered 408.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
/// Requests served at once; more wait for a slot.
const MAX_IN_FLIGHT: usize = 4096;

/// A router with one route a line: each `"/path" => method_router,` is routed as it stands
/// (`tests/server/openapi.rs` reads this table too).
macro_rules! routes {
    ($($path:literal => $method:expr),* $(,)?) => {
        Router::new()$(.route($path, $method))*
    };
}

/// The staff side: login, the ambassadors' area and the programme office.
fn staff_routes() -> Router<AppState> {
    routes! {
        "/principles" => get(staff::principles),
        "/ambassadors/applications" => post(staff::apply),
        "/staff/login" => post(staff::login),
        "/staff/logout" => post(staff::logout),
        "/staff/me" => get(staff::me),
        "/staff/password" => post(staff::set_password),
        "/ambassador/dashboard" => get(ambassador::dashboard),
        "/ambassador/principles" => post(ambassador::accept_principles),
        "/ambassador/outreach" => post(ambassador::log_outreach),
        "/ambassador/outreach/{entry}" =>
            axum::routing::put(ambassador::correct_outreach).delete(ambassador::withdraw_outreach),
        "/ambassador/workshops" => post(ambassador::workshop),
        "/ambassador/status" => post(ambassador::status),
        "/ambassador/registrations" => post(ambassador::register_resident),
        "/office/overview" => get(office::overview),
        "/office/applications" => get(office::applications),
        "/office/applications/{id}/approve" => post(office::approve),
        "/office/applications/{id}/decline" => post(office::decline),
        "/office/sessions" => get(office::sessions::sessions).post(office::sessions::plan),
        "/office/sessions/{id}/reschedule" => post(office::sessions::reschedule),
        "/office/sessions/{id}/capacity" => post(office::sessions::capacity),
        "/office/sessions/{id}/cancel" => post(office::sessions::cancel),
        "/office/sessions/{id}/roster" => get(office::sessions::roster),
        "/office/sessions/{id}/attendance" => post(office::sessions::attendance),
        "/office/sessions/{id}/registrations" => post(office::sessions::phone_registration),
        "/office/accounts" => post(office::accounts::create_account),
        "/office/ambassadors/{id}/status" => post(office::ambassador_status),
        "/office/accounts/{id}/close" => post(office::accounts::close_account),
        "/office/principles" => post(office::accounts::publish_principles),
        "/office/outbox" => get(office::residents::outbox),
        "/office/erasures" => post(office::residents::erase),
        "/office/bookings/{code}/letter" => get(office::residents::letter),
        "/calls" => get(calls::list).post(calls::record),
        "/door/sessions" => get(door::sessions),
        "/door/sessions/{id}" => get(door::show),
        "/door/sessions/{id}/check-ins" => post(door::check_in),
        "/door/sessions/{id}/walk-ins" => post(door::walk_in),
        "/door/sessions/{id}/feedback-cards" => post(door::feedback_card),
        "/door/sessions/{id}/proposals" => get(door::proposals),
        "/ideas" => get(ideas::list).post(ideas::submit_online),
        "/ideas/qr.svg" => get(ideas::qr),
        "/ideas/{id}/support" => post(ideas::support),
        "/staff/ideas/{id}/support" => post(ideas::support_as_staff),
        "/ambassador/ideas" => post(ideas::submit_by_ambassador),
        "/office/ideas" => post(ideas::submit_from_paper),
        "/office/ideas/{id}/state" => post(ideas::decide),
        "/office/interests/reach" => get(interests::reach),
        "/office/interests/letters" => get(interests::letters),
        "/office/interests/demand" => get(interests::demand),
        "/audit/events" => get(audit::events),
        "/audit/verify" => post(audit::verify),
        "/audit/report" => get(audit::report),
        "/audit/export.jsonl" => get(audit::export),
    }
}

/// Counts a request from `address` against `limit`; refused (429) once the address has used
/// up its allowance.
pub(crate) fn count_against(
    state: &AppState,
    limit: &crate::limits::WindowLimit,
    address: std::net::IpAddr,
) -> Result<(), ApiError> {
    if limit.try_count(&address.to_string(), state.clock.now().timestamp()) {
        Ok(())
    } else {
        Err(ApiError::TooManyAttempts)
    }
}

/// The address a request came from, as the limits per address count it: the peer, or behind
/// a trusted reverse proxy the address the proxy appended last to `X-Forwarded-For`; an IPv6
/// address cut to its network (`TEILHABE_IPV6_PREFIX` bits, /64 by default), since one
/// client may hold a whole /64, and an IPv4 address written as IPv6 read as IPv4.
pub struct ClientAddress(pub std::net::IpAddr);

/// `address` as the limits count it: IPv6 cut to its first `prefix` bits.
pub(crate) fn network_of(address: std::net::IpAddr, prefix: u8) -> std::net::IpAddr {
    match address {
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.into(),
            None => {
                let bits = u128::from(v6);
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(prefix.min(128)))
                    .unwrap_or(0);
                std::net::Ipv6Addr::from(bits & mask).into()
            }
        },
        v4 => v4,
    }
}

impl axum::extract::FromRequestParts<AppState> for ClientAddress {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
        let prefix = state.limits.ipv6_prefix;
        if !state.limits.trust_proxy {
            return Ok(Self(network_of(peer, prefix)));
        }
        // The proxy appends the address it saw: the last entry of the last header.
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|a| a.trim().parse().ok());
        Ok(Self(network_of(forwarded.unwrap_or(peer), prefix)))
    }
}

/// The longest `Idempotency-Key` accepted.
const MAX_IDEMPOTENCY_KEY: usize = 200;

/// The client's `Idempotency-Key`, if it sent one: 1 to 200 visible ASCII characters.
pub(crate) fn idempotency_key(headers: &axum::http::HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default();
    let valid = !key.is_empty()
        && key.len() <= MAX_IDEMPOTENCY_KEY
        && key.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(Some(key.to_owned()))
    } else {
        Err(ApiError::Invalid(vec![teilhabe_events::FieldError::new(
            "Idempotency-Key",
            "problem-invalid-input",
        )]))
    }
}

/// The header in which [`digest_keyed_request`] passes a keyed request's digest on to the
/// handler; whatever a client sends under this name is replaced or removed.
const REQUEST_DIGEST: &str = "x-teilhabe-request-digest";

/// For a request with an `Idempotency-Key`: the SHA-256 of its method, path and body, which
/// the command bus stores with the key's command and compares when the key comes again (the
/// same key with another request is refused, never answered with the first one's answer).
pub(crate) async fn digest_keyed_request(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use sha2::Digest;
    let (mut parts, body) = request.into_parts();
    parts.headers.remove(REQUEST_DIGEST);
    if !parts.headers.contains_key("idempotency-key") {
        return next
            .run(axum::extract::Request::from_parts(parts, body))
            .await;
    }
    let bytes = match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(bytes) => bytes,
        Err(err) => {
            return ApiError::BadRequest {
                status: axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                message_key: "problem-bad-body",
                detail: err.to_string(),
            }
            .into_response()
        }
    };
    let mut digest = sha2::Sha256::new();
    for part in [
        parts.method.as_str().as_bytes(),
        parts.uri.path().as_bytes(),
        &bytes,
    ] {
        digest.update((part.len() as u64).to_be_bytes());
        digest.update(part);
    }
    let hex = hex::encode(digest.finalize());
    if let Ok(value) = axum::http::HeaderValue::from_str(&hex) {
        parts.headers.insert(REQUEST_DIGEST, value);
    }
    next.run(axum::extract::Request::from_parts(parts, bytes.into()))
        .await
}

/// The metadata of a command by `actor`: with an `Idempotency-Key`, its command id is bound to
/// the actor's scope (the key itself is never recorded: the id is a hash of scope and key) and
/// it carries the request's digest; without one, a fresh id.
pub(crate) fn keyed_command(
    headers: &axum::http::HeaderMap,
    actor: &str,
    channel: &str,
) -> Result<crate::store::Metadata, ApiError> {
    use crate::store::Metadata;
    use sha2::Digest;
    let Some(key) = idempotency_key(headers)? else {
        return Ok(Metadata::new_command(actor, channel));
    };
    let mut scoped = sha2::Sha256::new();
    for part in ["teilhabe idempotency key", actor, key.as_str()] {
        scoped.update((part.len() as u64).to_be_bytes());
        scoped.update(part.as_bytes());
    }
    let id = hex::encode(&scoped.finalize()[..16]);
    let mut metadata = Metadata::with_command_id(id, actor, channel);
    metadata.request_digest = headers
        .get(REQUEST_DIGEST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    Ok(metadata)
}

/// The metadata of a resident's command (see [`keyed_command`]).
pub(crate) fn resident_command(
    headers: &axum::http::HeaderMap,
) -> Result<crate::store::Metadata, ApiError> {
    keyed_command(headers, "resident", "web")
}

/// A JSON body that is already serialised (e.g. an answer recorded for a command id).
pub(crate) fn json_response(
    status: axum::http::StatusCode,
    body: String,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        status,
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::redacted_path;

    #[test]
    fn logged_paths_name_no_booking_code_or_id() {
        assert_eq!(
            redacted_path("/api/v1/bookings/K7P-4QM/feedback"),
            "/api/v1/bookings/{code}/feedback"
        );
        assert_eq!(
            redacted_path("/api/v1/sessions/demo-1/registrations"),
            "/api/v1/sessions/{id}/registrations"
        );
        assert_eq!(
            redacted_path("/booking/K7P-4QM/cancel"),
            "/booking/{code}/cancel"
        );
        assert_eq!(redacted_path("/staff/password"), "/staff/password");
        assert_eq!(
            redacted_path("/api/v1/interests/K7P-4QM/erase"),
            "/api/v1/interests/{code}/erase"
        );
        assert_eq!(
            redacted_path("/api/v1/office/interests/reach"),
            "/api/v1/office/interests/reach"
        );
    }
}

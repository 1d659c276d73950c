//! Operations endpoints: liveness, readiness and Prometheus metrics.

use super::problems::BusyProblems;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// A read model this many events behind the log makes the server report "not ready".
const READY_LAG: u64 = 1_000;
/// How long `/readyz` and `/metrics` wait for the database to answer.
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

#[utoipa::path(
    get,
    path = "/healthz",
    tag = "operations",
    responses(
        (status = 200, description = "The process is alive", body = String, content_type = "text/plain"),
        BusyProblems
    ),
)]
pub async fn healthz() -> &'static str {
    "ok"
}

async fn lag(state: &AppState) -> Option<(u64, u64)> {
    let head = tokio::time::timeout(READY_TIMEOUT, state.store.ready())
        .await
        .ok()?
        .ok()?;
    Some((head, state.projector.checkpoint()))
}

#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses(
        (status = 200, description = "Ready", body = String, content_type = "text/plain"),
        (status = 503, description = "Not ready", body = String, content_type = "text/plain"),
        BusyProblems
    ),
)]
pub async fn readyz(State(state): State<AppState>) -> Response {
    match lag(&state).await {
        Some((head, checkpoint)) if head.saturating_sub(checkpoint) <= READY_LAG => {
            (StatusCode::OK, "ready").into_response()
        }
        Some((head, checkpoint)) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "read model {} is {} events behind",
                state.projector.name(),
                head - checkpoint
            ),
        )
            .into_response(),
        None => (StatusCode::SERVICE_UNAVAILABLE, "event store unavailable").into_response(),
    }
}

/// Prometheus text format (version 0.0.4).
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    responses(
        (status = 200, description = "Prometheus text format", body = String, content_type = "text/plain"),
        (status = 503, description = "Store unavailable", body = String, content_type = "text/plain"),
        BusyProblems
    ),
)]
pub async fn metrics(State(state): State<AppState>) -> Response {
    let Some((head, checkpoint)) = lag(&state).await else {
        return (StatusCode::SERVICE_UNAVAILABLE, "event store unavailable").into_response();
    };
    let model = state.projector.name();
    let body = format!(
        "# HELP teilhabe_log_head_position Global position of the last event in the log.\n\
         # TYPE teilhabe_log_head_position gauge\n\
         teilhabe_log_head_position {head}\n\
         # HELP teilhabe_read_model_checkpoint Position up to which a read model has applied the log.\n\
         # TYPE teilhabe_read_model_checkpoint gauge\n\
         teilhabe_read_model_checkpoint{{model=\"{model}\"}} {checkpoint}\n\
         # HELP teilhabe_read_model_lag_events Events in the log that a read model has not applied yet.\n\
         # TYPE teilhabe_read_model_lag_events gauge\n\
         teilhabe_read_model_lag_events{{model=\"{model}\"}} {}\n\
         # HELP teilhabe_password_checks_total Password checks (argon2 verifications) since start.\n\
         # TYPE teilhabe_password_checks_total counter\n\
         teilhabe_password_checks_total {}\n{}",
        head.saturating_sub(checkpoint),
        state.auth.password_checks(),
        crate::cache::metrics_text(&state.cache_stats())
    );
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

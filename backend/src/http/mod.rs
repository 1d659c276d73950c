//! The HTTP surface: JSON API under `/api/v1`, health, and the built frontend.

mod assets;
mod bookings;
mod error;
mod json;
mod sessions;

pub use error::ApiError;

use crate::startup::AppState;
use axum::routing::{any, get};
use axum::Router;
use std::path::Path;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

pub fn router(state: AppState, dist: &Path) -> Router {
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
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .with_state(state);
    Router::new()
        .nest("/api/v1", api)
        // Any method: an unknown API path is a 404 problem, not a bare 405 from the catch-all.
        .route("/api", any(error::not_found))
        .route("/api/{*rest}", any(error::not_found))
        .route("/healthz", get(|| async { "ok" }))
        .merge(assets::router(dist))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
}

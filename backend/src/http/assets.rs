//! The built frontends: hashed assets cached for a year, everything else revalidated, and
//! unknown paths answered with the app's `index.html` so its own routes load on reload. The
//! staff app lives in `dist/staff/` under `/staff/`, apart from the residents' bundle; so does
//! the residents' ideas store, in `dist/ideas/` under `/ideas`.

use axum::http::{header, HeaderValue, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

pub fn router(dist: &Path) -> Router {
    let index = ServeFile::new(dist.join("index.html"));
    let files = ServeDir::new(dist).fallback(index);
    let staff_dir = dist.join("staff");
    let staff_index = ServeFile::new(staff_dir.join("index.html"));
    let staff = ServeDir::new(staff_dir).fallback(staff_index);
    let ideas_dir = dist.join("ideas");
    let ideas_index = ServeFile::new(ideas_dir.join("index.html"));
    let ideas = ServeDir::new(ideas_dir).fallback(ideas_index);
    Router::new()
        .nest_service("/staff", staff)
        .nest_service("/ideas", ideas)
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

/// Trunk names built assets `name-<hash>.ext`, the hash a 64-bit number in hex without leading
/// zeros (so usually 16 digits, sometimes fewer); those files never change.
fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.chars().all(|c| c.is_ascii_hexdigit())
    })
}

async fn cache_control(request: Request<axum::body::Body>, next: Next) -> Response {
    let immutable = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn trunk_hashed_file_names_are_recognised() {
        assert!(is_hashed("/teilhabe-frontend-3f2a9c0d1e2b4a5c_bg.wasm"));
        assert!(is_hashed("/teilhabe-frontend-3f2a9c0d1e2b4a5c.js"));
        assert!(
            is_hashed("/styles-9a1c2679250c8bc.css"),
            "15 digits: a hash with a leading zero"
        );
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/sessions/demo-1"));
    }
}

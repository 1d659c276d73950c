//! Headers every response carries: a Content-Security-Policy that lets the WebAssembly run
//! and nothing inline except the exact loader scripts Trunk writes into the two `index.html`
//! files (allowed by their SHA-256), no framing, no sniffing, no referrer; HSTS when the
//! request came over TLS.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

/// The inline `<script …>…</script>` bodies of an HTML file.
fn inline_scripts(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            found.push(after[body_start..body_start + close].to_owned());
        }
        rest = &after[body_start + close..];
    }
    found
}

/// The policy for the frontends built into `dist` (and `dist/staff`, `dist/ideas`).
pub fn content_security_policy(dist: &Path) -> String {
    let mut hashes = Vec::new();
    for file in [
        dist.join("index.html"),
        dist.join("staff").join("index.html"),
        dist.join("ideas").join("index.html"),
    ] {
        let html = std::fs::read_to_string(file).unwrap_or_default();
        for script in inline_scripts(&html) {
            let digest = Sha256::digest(script.as_bytes());
            hashes.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
    }
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        hashes.join(" ")
    )
}

#[derive(Clone)]
pub struct Policy(pub Arc<HeaderValue>);

pub async fn headers(
    axum::extract::State(policy): axum::extract::State<Policy>,
    request: Request,
    next: Next,
) -> Response {
    let tls = request
        .headers()
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    // The staff app may use the camera (scanning booking codes at the door); no other page may.
    let path = request.uri().path();
    let staff_app = path == "/staff" || path.starts_with("/staff/");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, (*policy.0).clone());
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static(if staff_app {
            "camera=(self), microphone=(), geolocation=(), payment=()"
        } else {
            "camera=(), microphone=(), geolocation=(), payment=()"
        }),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if tls {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_script_is_found_and_scripts_with_src_are_not() {
        let html =
            r#"<script src=/a.js></script><script type=module>import init from '/x.js';</script>"#;
        assert_eq!(inline_scripts(html), ["import init from '/x.js';"]);
    }
}

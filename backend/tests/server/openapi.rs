//! The OpenAPI document covers the router: every route registered in `src/http/mod.rs`, with
//! each of its methods, is in `/api/openapi.json`, and nothing is documented that is not
//! routed. (schemathesis checks the answers against the document in the test command.)

use crate::app::{sqlite, TestApp};
use std::collections::BTreeSet;

/// (method, path) of every route, read from the router's source.
fn routed() -> BTreeSet<(String, String)> {
    let source = include_str!("../../src/http/mod.rs");
    // The staff routes are a table (`"/path" => handlers,` in `routes!`): each entry reads as
    // the `.route(` call it stands for.
    let source = source
        .lines()
        .map(|line| {
            let entry = line.trim_start().strip_prefix('"');
            match entry.and_then(|rest| rest.split_once("\" =>")) {
                Some((path, handlers)) if path.starts_with('/') => {
                    format!(".route(\"{path}\", {handlers}")
                }
                _ => line.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = BTreeSet::new();
    // Route calls span lines: join them, then split at each `.route(`.
    let joined: String = source.split_whitespace().collect::<Vec<_>>().join(" ");
    for call in joined.split(".route(").skip(1) {
        let Some(path) = call.split('"').nth(1) else {
            continue;
        };
        if path.starts_with("/api/{*") || path == "/api" {
            continue; // the catch-all 404 for unknown API paths
        }
        let handlers = call.split(".route(").next().unwrap_or_default();
        let handlers = handlers.split(".merge(").next().unwrap_or_default();
        let full = if ["/healthz", "/readyz", "/metrics", "/api/openapi.json"].contains(&path) {
            path.to_owned()
        } else {
            format!("/api/v1{path}")
        };
        for method in ["get", "post", "put", "delete"] {
            let used = handlers.contains(&format!(" {method}("))
                || handlers.contains(&format!(",{method}("))
                || handlers.contains(&format!(", {method}("))
                || handlers.contains(&format!(".{method}("))
                || handlers.contains(&format!("routing::{method}("));
            if used {
                out.insert((method.to_owned(), full.clone()));
            }
        }
    }
    out.remove(&("get".to_owned(), "/api/openapi.json".to_owned()));
    out
}

#[tokio::test]
async fn every_route_is_in_the_openapi_document_and_nothing_else() {
    let app = TestApp::spawn_with(&sqlite(), |config| config.demo = false).await;
    let document: serde_json::Value = app
        .get_page("/api/openapi.json")
        .await
        .json()
        .await
        .expect("JSON");
    assert!(document["openapi"]
        .as_str()
        .unwrap_or_default()
        .starts_with("3."));
    let mut documented = BTreeSet::new();
    for (path, item) in document["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("operations").keys() {
            documented.insert((method.clone(), path.clone()));
        }
    }
    let routed = routed();
    assert!(routed.len() > 30, "the scan finds the routes: {routed:?}");
    let missing: Vec<_> = routed.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&routed).collect();
    assert!(missing.is_empty(), "routed but not documented: {missing:?}");
    assert!(extra.is_empty(), "documented but not routed: {extra:?}");
}

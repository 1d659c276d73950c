//! The auditors' area (auditor or office role): the log browser, the chain check, the report
//! as of any instant (JSON or CSV), and the log as JSON Lines for outside verification.

use super::json::ApiQuery;
use super::params::Csrf;
use super::problems::{StaffQueryProblems, StaffReadProblems};
use super::signed_in::Auditor;
use super::ApiError;
use crate::audit::{audit_view, export_line, log_time, report_csv, report_reproducible};
use crate::state::AppState;
use crate::store::verify::{verify_anchored, Anchor, Verdict};
use crate::store::Metadata;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use teilhabe_events::audit_api::{AuditPage, ChainBreak, ChainCheck, Report};
use teilhabe_events::FieldError;

/// At most this many events in one page.
const MAX_PAGE: u32 = 500;
/// A filtered page looks at no more than this many events; `next_after` continues.
const MAX_SCAN: u64 = 50_000;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LogFilter {
    /// Events after this position (0 = from the start).
    #[serde(default)]
    after: u64,
    /// Events per page, 1 to 500 (default 50).
    limit: Option<u32>,
    /// Only this event type (e.g. `ParticipantRegistered`).
    r#type: Option<String>,
    /// Only streams starting with this (e.g. `session-` or `session-demo-1`).
    stream: Option<String>,
    /// Recorded on or after this day (`YYYY-MM-DD`).
    from: Option<String>,
    /// Recorded on or before this day (`YYYY-MM-DD`).
    to: Option<String>,
    /// Only this channel (`web`, `phone`, `ambassador`, `system`, …).
    channel: Option<String>,
    /// Only this actor (`resident`, `system`, `account:…`).
    actor: Option<String>,
}

fn day(field: &str, value: Option<&String>) -> Result<Option<String>, ApiError> {
    match value {
        None => Ok(None),
        Some(v) => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(|d| Some(d.to_string()))
            .map_err(|_| ApiError::Invalid(vec![FieldError::new(field, "field-error-invalid")])),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/audit/events",
    tag = "audit",
    params(LogFilter),
    responses(
        (status = 200, description = "A page of the log, personal data pseudonymised", body = AuditPage),
        StaffQueryProblems
    ),
    security(("session" = [])),
)]
pub async fn events(
    State(state): State<AppState>,
    _auditor: Auditor,
    ApiQuery(filter): ApiQuery<LogFilter>,
) -> Result<Json<AuditPage>, ApiError> {
    let limit = filter.limit.unwrap_or(50).clamp(1, MAX_PAGE) as usize;
    let from = day("from", filter.from.as_ref())?;
    let to = day("to", filter.to.as_ref())?;
    let secret = state.auth.pseudonym_secret.as_bytes();
    let mut events = Vec::new();
    let mut after = filter.after;
    let head = state.store.head().await?;
    let mut scanned = 0;
    while events.len() < limit && after < head && scanned < MAX_SCAN {
        let page = state.store.read_all(after, 1_000).await?;
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        for stored in &page {
            scanned += 1;
            after = stored.position;
            let day = stored.recorded_at.get(..10).unwrap_or_default();
            let metadata: Metadata = serde_json::from_str(&stored.metadata).unwrap_or_default();
            let keep = filter
                .r#type
                .as_ref()
                .is_none_or(|t| *t == stored.event_type)
                && filter
                    .stream
                    .as_ref()
                    .is_none_or(|s| stored.stream_id.starts_with(s.as_str()))
                && from.as_ref().is_none_or(|f| day >= f.as_str())
                && to.as_ref().is_none_or(|t| day <= t.as_str())
                && filter
                    .channel
                    .as_ref()
                    .is_none_or(|c| *c == metadata.channel)
                && filter.actor.as_ref().is_none_or(|a| *a == metadata.actor);
            if keep {
                events.push(audit_view(secret, stored));
                if events.len() == limit {
                    break;
                }
            }
        }
        if after < last && events.len() < limit {
            after = last;
        }
    }
    Ok(Json(AuditPage {
        events,
        next_after: (after < head).then_some(after),
    }))
}

#[utoipa::path(
    post,
    path = "/api/v1/audit/verify",
    tag = "audit",
    params(Csrf),
    responses(
        (status = 200, description = "The whole chain walked: intact, or every break", body = ChainCheck),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn verify(
    State(state): State<AppState>,
    _auditor: Auditor,
) -> Result<Json<ChainCheck>, ApiError> {
    // Every head auditors were shown must still be there, with its hash.
    let seen = state.anchors.seen().await?;
    let verdict = verify_anchored(state.log.as_ref(), &seen, &|_| {}).await?;
    Ok(Json(match verdict {
        Verdict::Intact { events, head_hash } => {
            state
                .anchors
                .remember(&Anchor {
                    position: events,
                    hash: head_hash.clone(),
                })
                .await?;
            ChainCheck {
                intact: true,
                events,
                head_hash: Some(head_hash),
                breaks: Vec::new(),
            }
        }
        Verdict::Broken { events, breaks } => ChainCheck {
            intact: false,
            events,
            head_hash: None,
            breaks: breaks
                .into_iter()
                .map(|b| ChainBreak {
                    position: b.position,
                    kind: b.kind.slug().to_owned(),
                })
                .collect(),
        },
    }))
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportQuery {
    /// The instant the report stands at (RFC 3339); now when absent.
    as_of: Option<String>,
    /// `json` (default) or `csv`.
    format: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/audit/report",
    tag = "audit",
    params(ReportQuery),
    responses(
        (status = 200, description = "The report as of the instant", body = Report),
        StaffQueryProblems
    ),
    security(("session" = [])),
)]
pub async fn report(
    State(state): State<AppState>,
    _auditor: Auditor,
    ApiQuery(query): ApiQuery<ReportQuery>,
) -> Result<Response, ApiError> {
    let as_of = match &query.as_of {
        None => state.clock.now(),
        Some(text) => chrono::DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&chrono::Utc))
            .map_err(|_| {
                ApiError::Invalid(vec![FieldError::new("as_of", "field-error-invalid")])
            })?,
    };
    let report = report_reproducible(
        state.store.as_ref(),
        &state.anchors,
        &log_time(as_of),
        &log_time(state.clock.now()),
    )
    .await?;
    match query.format.as_deref() {
        None | Some("json") => Ok(Json(report).into_response()),
        Some("csv") => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"teilhabe-report.csv\"",
                ),
            ],
            report_csv(&report),
        )
            .into_response()),
        Some(_) => Err(ApiError::Invalid(vec![FieldError::new(
            "format",
            "field-error-choose",
        )])),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/audit/export.jsonl",
    tag = "audit",
    responses(
        (status = 200, description = "The log as JSON Lines with hashes, for outside verification", body = String, content_type = "application/x-ndjson"),
        StaffReadProblems
    ),
    security(("session" = [])),
)]
pub async fn export(State(state): State<AppState>, _auditor: Auditor) -> Response {
    let store = state.log.clone();
    // Fused: the body (through compression) may be polled once more after its end.
    let pages =
        futures_util::StreamExt::fuse(futures_util::stream::unfold(Some(0u64), move |after| {
            let store = store.clone();
            async move {
                let after = after?;
                match store.read_all(after, 5_000).await {
                    Ok(page) if page.is_empty() => None,
                    Ok(page) => {
                        let next = page.last().map(|e| e.position);
                        let mut chunk = String::new();
                        for event in &page {
                            chunk.push_str(&export_line(event));
                            chunk.push('\n');
                        }
                        Some((Ok::<_, std::io::Error>(chunk), next))
                    }
                    Err(err) => Some((Err(std::io::Error::other(err.to_string())), None)),
                }
            }
        }));
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/x-ndjson"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"teilhabe-log.jsonl\"",
            ),
        ],
        Body::from_stream(pages),
    )
        .into_response()
}

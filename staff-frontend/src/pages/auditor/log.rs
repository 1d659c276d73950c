//! The event log in global order, page by page, with filters; the check of its hash chain; and
//! the whole log as JSON Lines for verifying it elsewhere.

use super::{short_hash, utc_time, LogQuery};
use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::components::load::use_load;
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::form::{idempotency_key, nonce};
use crate::i18n::{use_t, I18n};
use crate::router::{use_navigator, Link};
use teilhabe_events::audit_api::{AuditEvent, ChainCheck};
use yew::prelude::*;

/// Events per page.
const PAGE: u64 = 20;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub query: LogQuery,
}

/// The page before `query`'s: without filters the positions are gap-free, so it starts `PAGE`
/// earlier; with filters, it is the nearest earlier page seen (else the first).
fn previous(query: &LogQuery, seen: &[LogQuery]) -> LogQuery {
    if !query.filtered() {
        return query.at(query.after.saturating_sub(PAGE));
    }
    let after = seen
        .iter()
        .filter(|q| q.at(0) == query.at(0) && q.after < query.after)
        .map(|q| q.after)
        .max()
        .unwrap_or(0);
    query.at(after)
}

#[component(AuditLog)]
pub fn audit_log(props: &Props) -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let query = &props.query;
    let api_query = {
        let q = query.to_query();
        let join = if q.is_empty() { "?" } else { "&" };
        format!("{q}{join}limit={PAGE}")
    };
    let loaded = use_load(
        api_query,
        |q: String| async move { api::audit_events(&q).await },
    );
    let seen = use_mut_ref(Vec::<LogQuery>::new);
    {
        let seen = seen.clone();
        use_effect_with(query.clone(), move |q| seen.borrow_mut().push(q.clone()));
    }
    let draft = use_state(|| query.clone());
    {
        let draft = draft.clone();
        use_effect_with(query.clone(), move |q| draft.set(q.clone()));
    }
    let field = |id: &'static str,
                 label: &str,
                 hint: Option<&str>,
                 value: &str,
                 input_type: &'static str,
                 set: fn(&mut LogQuery, String)| {
        let draft = draft.clone();
        let oninput = Callback::from(move |text: String| {
            let mut next = (*draft).clone();
            set(&mut next, text);
            draft.set(next);
        });
        html! {
            <TextField id={id} label={i18n.t(label)} hint={hint.map(|h| i18n.t(h))} value={value.to_owned()}
                input_type={input_type} {oninput} />
        }
    };
    let onsubmit = {
        let (draft, navigator) = (draft.clone(), navigator.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            navigator.push(&Route::AuditLog(draft.at(0)));
        })
    };
    let title = if query.after == 0 {
        i18n.t("audit-log-title")
    } else {
        i18n.t_args(
            "audit-log-title-page",
            &[("position", ((query.after + 1) as i64).into())],
        )
    };
    let prev = previous(query, &seen.borrow());
    html! {
        <div class="audit-page">
            <Heading text={title} />
            <p>{ i18n.t("audit-log-intro") }</p>
            <VerifyPanel />
            <h2 id="filter-heading">{ i18n.t("audit-filter-title") }</h2>
            <form class="filter-form no-print" aria-labelledby="filter-heading" {onsubmit} novalidate=true>
                <div class="filter-fields">
                    { field("log-type", "audit-label-type", Some("audit-hint-type"), &draft.event_type, "text", |q, v| q.event_type = v) }
                    { field("log-stream", "audit-label-stream", Some("audit-hint-stream"), &draft.stream, "text", |q, v| q.stream = v) }
                    { field("log-from", "audit-label-from", None, &draft.from, "date", |q, v| q.from = v) }
                    { field("log-to", "audit-label-to", None, &draft.to, "date", |q, v| q.to = v) }
                    { field("log-channel", "audit-label-channel", Some("audit-hint-channel"), &draft.channel, "text", |q, v| q.channel = v) }
                    { field("log-actor", "audit-label-actor", Some("audit-hint-actor"), &draft.actor, "text", |q, v| q.actor = v) }
                </div>
                <div class="button-group">
                    <button type="submit" class="button">{ i18n.t("audit-filter-submit") }</button>
                    if query.filtered() {
                        <p class="link-line"><Link to={Route::AuditLog(LogQuery::START)}>{ i18n.t("audit-filter-reset") }</Link></p>
                    }
                </div>
            </form>
            <h2 id="events-heading">{ i18n.t("audit-events-title") }</h2>
            {
                loaded.state.view(|page| html! {
                    <>
                        <p role="status">{ i18n.t_args("audit-log-count", &[("count", (page.events.len() as i64).into())]) }</p>
                        <ol class="event-list" aria-labelledby="events-heading">
                            { for page.events.iter().map(|e| event_entry(&i18n, e)) }
                        </ol>
                        <nav class="pagination no-print" aria-label={i18n.t("audit-pagination")}>
                            <ul class="link-list">
                                if query.after > 0 {
                                    <li key="previous"><Link to={Route::AuditLog(prev)}>{ i18n.t("audit-page-previous") }</Link></li>
                                }
                                if let Some(next) = page.next_after {
                                    <li key="next"><Link to={Route::AuditLog(query.at(next))}>{ i18n.t("audit-page-next") }</Link></li>
                                }
                            </ul>
                        </nav>
                    </>
                })
            }
            <p class="link-line no-print"><a href={api::log_export_url()} download="">{ i18n.t("audit-download-jsonl") }</a></p>
        </div>
    }
}

/// One event: its facts at a glance, its data and whole hash on demand.
fn event_entry(i18n: &I18n, e: &AuditEvent) -> Html {
    let data = serde_json::to_string_pretty(&e.data).unwrap_or_default();
    let fact = |label: &str, value: Html| {
        html! { <div><dt>{ i18n.t(label) }</dt><dd>{ value }</dd></div> }
    };
    html! {
        <li class="event">
            <h3 class="event-title">
                { i18n.t_args("audit-event-heading", &[("position", (e.position as i64).into()), ("type", e.event_type.clone().into())]) }
            </h3>
            <dl class="event-facts">
                { fact("audit-label-time", html! { <time datetime={e.recorded_at.clone()}>{ utc_time(&e.recorded_at) }</time> }) }
                { fact("audit-label-stream", html! {
                    <><code class="code-text">{ &e.stream_id }</code>{ " " }{ i18n.t_args("audit-stream-version", &[("version", (e.stream_version as i64).into())]) }</>
                }) }
                { fact("audit-label-channel", html! { { &e.channel } }) }
                { fact("audit-label-actor", html! { <code class="code-text">{ &e.actor }</code> }) }
                { fact("audit-label-schema", html! { { e.schema_version } }) }
                { fact("audit-label-hash", html! { <code class="code-text" title={e.hash.clone()}>{ short_hash(&e.hash) }</code> }) }
            </dl>
            <details class="event-details">
                <summary>{ i18n.t_args("audit-event-details", &[("position", (e.position as i64).into())]) }</summary>
                <p>{ i18n.t("audit-label-hash") }{ ": " }<code class="code-text hash-full">{ &e.hash }</code></p>
                <p class="event-data-label">{ i18n.t("audit-label-data") }</p>
                <pre class="event-data"><code>{ data }</code></pre>
            </details>
        </li>
    }
}

/// The chain check: a button and what it found, announced when it arrives.
#[component(VerifyPanel)]
fn verify_panel() -> Html {
    let i18n = use_t();
    let running = use_state(|| false);
    let result = use_state(|| None::<Result<ChainCheck, ApiFailure>>);
    let onclick = {
        let (running, result) = (running.clone(), result.clone());
        Callback::from(move |_: MouseEvent| {
            if *running {
                return;
            }
            running.set(true);
            let (running, result) = (running.clone(), result.clone());
            // A new key each time: checking again is a new question, not a repeat.
            let key = idempotency_key(&nonce(), "verify");
            yew::platform::spawn_local(async move {
                let answer = api::verify_log(&key).await;
                running.set(false);
                result.set(Some(answer));
            });
        })
    };
    let shown = match (&*running, &*result) {
        (true, _) => html! { <p>{ i18n.t("audit-verify-running") }</p> },
        (false, None) => html! {},
        (false, Some(Ok(check))) if check.intact => html! {
            <>
                <p class="status">{ i18n.t_args("audit-verify-intact", &[("count", (check.events as i64).into())]) }</p>
                <p>
                    { i18n.t("audit-verify-head") }{ " " }
                    <code class="code-text hash-full">{ check.head_hash.clone().unwrap_or_default() }</code>
                </p>
            </>
        },
        (false, Some(Ok(check))) => html! {
            <>
                <p class="status status-cancelled">
                    { i18n.t_args("audit-verify-broken", &[("count", (check.events as i64).into()), ("breaks", (check.breaks.len() as i64).into())]) }
                </p>
                <ul class="prose-list">
                    { for check.breaks.iter().map(|b| html! {
                        <li>{ i18n.t_args("audit-break", &[("position", (b.position as i64).into()), ("kind", break_kind(&i18n, &b.kind).into())]) }</li>
                    }) }
                </ul>
            </>
        },
        (false, Some(Err(failure))) => html! {
            <p class="error-message">{ i18n.t(failure.message_key()) }</p>
        },
    };
    html! {
        <section class="verify" aria-labelledby="verify-heading">
            <h2 id="verify-heading">{ i18n.t("audit-verify-title") }</h2>
            <p>{ i18n.t("audit-verify-text") }</p>
            <button type="button" class="button button-secondary no-print" {onclick}>{ i18n.t("audit-verify-button") }</button>
            <div class="verify-result" role="status" aria-live="polite">{ shown }</div>
        </section>
    }
}

/// How the chain breaks, in words.
fn break_kind(i18n: &I18n, kind: &str) -> String {
    match kind {
        "edited" => i18n.t("audit-break-edited"),
        "missing" => i18n.t("audit-break-missing"),
        "reordered" => i18n.t("audit-break-reordered"),
        "anchor-differs" => i18n.t("audit-break-anchor-differs"),
        "truncated" => i18n.t("audit-break-truncated"),
        "head-differs" => i18n.t("audit-break-head-differs"),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_filters_the_previous_page_starts_a_page_earlier() {
        let query = LogQuery::START.at(45);
        assert_eq!(previous(&query, &[]).after, 25);
        assert_eq!(previous(&LogQuery::START.at(5), &[]).after, 0);
    }

    #[test]
    fn with_filters_the_previous_page_is_the_nearest_one_seen() {
        let query = LogQuery {
            event_type: "OutreachLogged".into(),
            ..LogQuery::default()
        };
        let seen = [
            query.at(0),
            query.at(300),
            query.at(700),
            LogQuery::START.at(650),
        ];
        assert_eq!(previous(&query.at(900), &seen).after, 700);
        assert_eq!(previous(&query.at(300), &seen).after, 0);
        assert_eq!(previous(&query.at(1200), &[]).after, 0);
    }
}

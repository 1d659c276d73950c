//! The call list, for the office and ambassadors: one large card per resident to call (they
//! gave a phone number, not an e-mail address), with what to say in their language and three
//! big buttons for how the call went. Reached or a message left takes the card off the list.

use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::form::use_sender;
use crate::format::when;
use crate::i18n::{use_t, I18n};
use teilhabe_events::session::CallResult;
use teilhabe_events::staff_api::{CallItem, CallRequest};
use teilhabe_events::Notice;
use yew::prelude::*;

/// A result's slug (as the API writes it).
fn result_slug(result: CallResult) -> &'static str {
    match result {
        CallResult::Reached => "reached",
        CallResult::NotReached => "not-reached",
        CallResult::LeftMessage => "left-message",
    }
}

/// What the call is about, in words (a kind without words of its own is shown as the API
/// names it).
fn kind_name(i18n: &I18n, kind: Notice) -> String {
    let id = format!("calls-ui-kind-{}", kind.slug());
    if i18n.has(&id) {
        i18n.t(&id)
    } else {
        kind.slug().to_owned()
    }
}

/// A phone number as a `tel:` address: digits and a leading plus only.
fn tel(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

#[component(Calls)]
pub fn calls() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let status = use_state(String::new);
    let status_ref = use_node_ref();
    let loaded = use_load(String::new(), |_| api::calls());
    let Load::Ready(calls) = &*loaded.state else {
        return html! { <><Heading text={i18n.t("calls-ui-title")} />{ loaded.state.status() }</> };
    };
    let record = |item: &CallItem, result: CallResult| {
        let (sender, reload, status, status_ref) = (
            sender.clone(),
            loaded.reload.clone(),
            status.clone(),
            status_ref.clone(),
        );
        let body = CallRequest {
            call: item.call.clone(),
            booking_code: item.booking_code.clone(),
            result,
        };
        let name = item.name.clone();
        let message = format!("calls-ui-recorded-{}", result_slug(result));
        let i18n = i18n.clone();
        Callback::from(move |_: MouseEvent| {
            // Each attempt is its own record: a second "not reached" later counts again.
            let key = sender.key(&format!("{}-{}", api::to_json(&body), crate::form::nonce()));
            let body = body.clone();
            let (reload, status, status_ref) = (reload.clone(), status.clone(), status_ref.clone());
            let text = i18n.t_args(&message, &[("name", name.clone().into())]);
            sender.send(
                async move { api::record_call(&body, &key).await },
                move |()| {
                    status.set(text);
                    reload.emit(());
                    // The card may be gone: focus goes to the message that says what happened.
                    if let Some(el) = status_ref.cast::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                },
            );
        })
    };
    let card = |item: &CallItem| {
        let id = format!("call-{}-{}", item.call, item.booking_code);
        let locale = teilhabe_i18n::find_locale(&item.locale);
        let (lang, dir, language) = match locale {
            Some(l) => (
                l.lang,
                if l.right_to_left { "rtl" } else { "ltr" },
                l.native_name.to_owned(),
            ),
            None => ("", "auto", item.locale.clone()),
        };
        let s = &item.session;
        let button = |result: CallResult, label: &str| {
            html! {
                <button type="button" class={classes!("attend-button", format!("call-{}", result_slug(result)))}
                    onclick={record(item, result)} disabled={*sender.sending}>
                    { i18n.t(label) }<span class="visually-hidden">{ format!(": {}", item.name) }</span>
                </button>
            }
        };
        html! {
            <li class="card call-card">
                <h2 id={id.clone()}>{ &item.name }</h2>
                <p class="call-phone">
                    <a href={tel(&item.phone)}>
                        <span aria-hidden="true">{ "☎\u{a0}" }</span>{ &item.phone }
                        <span class="visually-hidden">{ format!(" – {}", i18n.t("calls-ui-dial")) }</span>
                    </a>
                </p>
                <dl class="facts">
                    <div><dt>{ i18n.t("calls-ui-about") }</dt><dd>{ kind_name(&i18n, item.kind) }</dd></div>
                    <div><dt>{ i18n.t("calls-ui-session") }</dt><dd>{ format!("{} – {}", s.title, when(&i18n, &s.starts_at, &s.ends_at)) }</dd></div>
                    <div><dt>{ i18n.t("calls-ui-language") }</dt><dd>{ language }</dd></div>
                    <div><dt>{ i18n.t("calls-ui-code") }</dt><dd>{ &item.booking_code }</dd></div>
                    if item.attempts > 0 {
                        <div><dt>{ i18n.t("calls-ui-attempts-label") }</dt><dd>{ i18n.t_args("calls-ui-attempts", &[("count", item.attempts.into())]) }</dd></div>
                    }
                </dl>
                <h3>{ i18n.t("calls-ui-script") }</h3>
                <blockquote class="call-script" lang={(!lang.is_empty()).then_some(lang)} {dir}>
                    <p>{ &item.script }</p>
                </blockquote>
                <div class="attendance-buttons" role="group" aria-label={i18n.t_args("calls-ui-result-label", &[("name", item.name.clone().into())])}>
                    { button(CallResult::Reached, "calls-ui-reached") }
                    { button(CallResult::NotReached, "calls-ui-not-reached") }
                    { button(CallResult::LeftMessage, "calls-ui-left-message") }
                </div>
            </li>
        }
    };
    let errors = sender.errors.shown(&i18n, |_| String::new());
    html! {
        <>
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("calls-ui-title")} error={!errors.is_empty()} />
            <p class="lead">{ i18n.t("calls-ui-intro") }</p>
            <p class="notice-slot" role="status" tabindex="-1" ref={status_ref.clone()}>
                if !status.is_empty() {
                    <span class="notice">{ &*status }</span>
                }
            </p>
            <p class="result-count">{ i18n.t_args("calls-ui-count", &[("count", (calls.len() as u32).into())]) }</p>
            if calls.is_empty() {
                <p>{ i18n.t("calls-ui-none") }</p>
            } else {
                <ul class="call-list">{ for calls.iter().map(card) }</ul>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_number_is_dialled_with_its_digits_only() {
        assert_eq!(tel("040 999-888"), "tel:040999888");
        assert_eq!(tel("+49 40 1234"), "tel:+49401234");
    }

    #[test]
    fn the_result_slugs_match_the_api() {
        for result in [
            CallResult::Reached,
            CallResult::NotReached,
            CallResult::LeftMessage,
        ] {
            let json = serde_json::to_string(&result).unwrap();
            assert_eq!(json, format!("\"{}\"", result_slug(result)));
        }
    }
}

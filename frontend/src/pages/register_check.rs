//! Sign-up, last step: check the answers, change any, then send.

use super::{use_sending, use_session, Load};
use crate::api;
use crate::app::Route;
use crate::components::back_link::back_link;
use crate::components::error_summary::{failure_errors, ErrorSummary};
use crate::components::page::Heading;
use crate::draft::{use_draft, REGISTRATION};
use crate::format::{date_in_words, need_name, topic_name};
use crate::i18n::use_t;
use crate::router::{use_navigator, Link};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(RegisterCheck)]
pub fn register_check(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(REGISTRATION, &props.id);
    let session = use_session(&props.id);
    let sending = use_sending();
    let navigator = use_navigator();

    let onsubmit = {
        let (draft, sending, id) = (draft.clone(), sending.clone(), props.id.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (draft, id, navigator) = (draft.clone(), id.clone(), navigator.clone());
            sending.start(Box::pin(async move {
                let json = api::to_json(&draft.request());
                let created = api::register(&id, &json, &draft.idempotency_key(&json)).await?;
                let mut next = (*draft).clone();
                next.result = Some(created);
                draft.save(next);
                navigator.push(&Route::Confirmation { id });
                Ok(())
            }));
        })
    };

    let errors = failure_errors(&i18n, sending.failure.as_ref(), |_| "");

    let course = match &*session {
        Load::Ready(s) => format!(
            "{}, {}",
            topic_name(&i18n, s.topic),
            date_in_words(&i18n, &s.starts_at)
        ),
        _ => String::new(),
    };
    // What the person typed is isolated from the page's direction: in Arabic a phone number's
    // digit groups would otherwise swap places.
    let typed = |label: &str| {
        html! { <>{ format!("{}: ", i18n.t(label)) }<bdi>{ draft.get("contact-value") }</bdi></> }
    };
    let contact = match draft.get("contact") {
        "phone" => typed("register-contact-phone"),
        "email" => typed("register-contact-email"),
        "none" => html! { i18n.t("register-contact-none") },
        _ => html! {},
    };
    let id = props.id.clone();
    let row = |label: String, value: Html, change: Option<Route>| {
        html! {
            <div>
                <dt>{ label.clone() }</dt>
                <dd>{ value }</dd>
                <dd class="summary-action">
                    if let Some(route) = change {
                        <Link to={route}>
                            { i18n.t("register-check-change") }
                            <span class="visually-hidden">{ format!(" – {label}") }</span>
                        </Link>
                    }
                </dd>
            </div>
        }
    };
    let consent_args = [
        ("kind", draft.get("contact").into()),
        ("contact", draft.get("contact-value").into()),
    ];
    let consent = match draft.get("consent") {
        "yes" => html! { { i18n.t("register-consent-yes") } },
        "no" => html! {<>
            { i18n.t("register-consent-no") }
            <span class="hint choice-hint">{ i18n.t_args("register-consent-no-hint", &consent_args) }</span>
        </>},
        _ => html! {},
    };
    let needs = draft.needs();
    let needs = if needs.is_empty() {
        html! { { i18n.t("register-check-needs-none") } }
    } else {
        html! { <ul class="plain">{ for needs.iter().map(|n| html! { <li>{ need_name(&i18n, *n) }</li> }) }</ul> }
    };
    html! {
        <>
            { back_link(&i18n, Route::RegisterNeeds { id: id.clone() }) }
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("register-check-title")} error={!errors.is_empty()} />
            <dl class="summary">
                { row(i18n.t("register-check-course"), html! { course }, None) }
                { row(i18n.t("register-check-name"), html! { <bdi>{ draft.get("name") }</bdi> }, Some(Route::RegisterName { id: id.clone() })) }
                { row(i18n.t("register-check-contact"), html! { contact }, Some(Route::RegisterContact { id: id.clone() })) }
                if draft.gave_contact() {
                    { row(i18n.t_args("register-consent-title-short", &consent_args), consent, Some(Route::RegisterConsent { id: id.clone() })) }
                }
                { row(i18n.t("register-check-needs"), needs, Some(Route::RegisterNeeds { id: id.clone() })) }
            </dl>
            <form {onsubmit}>
                <button type="submit" class="button" disabled={*sending.busy} aria-disabled={(*sending.busy).then_some("true")}>
                    { if *sending.busy { i18n.t("register-check-submitting") } else { i18n.t("register-check-submit") } }
                </button>
            </form>
        </>
    }
}

//! Application: every answer once more, each with a link to change it, and the button that
//! sends the application.

use super::{update, use_draft, Step};
use crate::api;
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::components::summary_row::SummaryRow;
use crate::form::{use_mark_checking, use_sender};
use crate::format::{help_area_name, language_name};
use crate::i18n::use_t;
use crate::router::{use_navigator, Redirect};
use yew::prelude::*;

#[component(ApplyCheck)]
pub fn apply_check() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let sender = use_sender();
    use_mark_checking(
        &draft,
        |d| d.checking,
        |draft| update(draft, |d| d.checking = true),
    );
    if draft.name.is_empty() {
        return html! { <Redirect to={Route::Apply} /> };
    }
    let onsubmit = {
        let (draft, sender) = (draft.clone(), sender.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = draft.request();
            let key = sender.key(&api::to_json(&body));
            let (draft, navigator) = (draft.clone(), navigator.clone());
            sender.send(async move { api::apply(&body, &key).await }, move |_| {
                update(&draft, |d| d.sent = true);
                navigator.push(&Route::ApplyStep(Step::Done));
            });
        })
    };
    let row = |label: String, value: Html, step: Step| {
        html! {
            <SummaryRow {label} to={Route::ApplyStep(step)} change={i18n.t("apply-change")}>
                { value }
            </SummaryRow>
        }
    };
    let lines = |items: Vec<String>| html! { <span class="lines">{ for items.into_iter().map(|i| html! { <span>{ i }</span> }) }</span> };
    let d = &*draft;
    let errors: Vec<ShownError> = sender
        .errors
        .shown(&i18n, |field| {
            Route::ApplyStep(Step::of_field(field)).to_path()
        })
        .into_iter()
        .collect();
    let phone = if d.phone.is_empty() {
        i18n.t("apply-phone-none")
    } else {
        d.phone.clone()
    };
    html! {
        <>
            <BackLink to={Step::Check.back()} />
            <ErrorSummary errors={errors.clone()} />
            <p class="caption">{ i18n.t("apply-caption") }</p>
            <Heading text={i18n.t("apply-check-title")} error={!errors.is_empty()} />
            <dl class="summary">
                { row(i18n.t("apply-name-label"), html! { { &d.name } }, Step::Name) }
                { row(i18n.t("apply-email-label"), html! { { &d.email } }, Step::Contact) }
                { row(i18n.t("apply-phone-label"), html! { { phone } }, Step::Contact) }
                { row(i18n.t("apply-districts-title"), lines(d.districts.clone()), Step::Districts) }
                { row(i18n.t("apply-languages-title"), lines(d.languages.iter().map(|l| language_name(&i18n, l)).collect()), Step::Languages) }
                { row(i18n.t("apply-help-title"), lines(d.help_with.iter().map(|a| help_area_name(&i18n, *a)).collect()), Step::Help) }
                { row(i18n.t("apply-availability-title"), html! { { &d.availability } }, Step::Availability) }
                { row(i18n.t("apply-motivation-title"), html! { { &d.motivation } }, Step::Motivation) }
                { row(i18n.t("apply-principles-title"), html! { { i18n.t("apply-principles-accepted") } }, Step::Principles) }
            </dl>
            <form {onsubmit}>
                <p>{ i18n.t("apply-check-note") }</p>
                <button type="submit" class="button" disabled={*sender.sending}>{ i18n.t("apply-send") }</button>
            </form>
        </>
    }
}

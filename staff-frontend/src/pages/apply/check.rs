//! Application: every answer once more, each with a link to change it, and the button that
//! sends the application.

use super::{use_draft, Step, Steps};
use crate::api;
use crate::app::Route;
use crate::components::summary_row::SummaryRow;
use crate::form::use_sender;
use crate::format::{help_area_name, language_name};
use crate::i18n::use_t;
use crate::pages::steps::{self, use_mark_checking, CheckPage};
use crate::router::Redirect;
use yew::prelude::*;

#[component(ApplyCheck)]
pub fn apply_check() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let sender = use_sender();
    use_mark_checking(&draft);
    if draft.name.is_empty() {
        return html! { <Redirect to={Route::Apply} /> };
    }
    let onsubmit = {
        let (draft, sender) = (draft.clone(), sender.clone());
        Callback::from(move |()| {
            let body = draft.request();
            let key = sender.key(&api::to_json(&body));
            let request = async move { api::apply(&body, &key).await };
            steps::send(&sender, &draft, request, Step::Done.route());
        })
    };
    let row = |label: String, value: Html, step: Step| {
        html! {
            <SummaryRow {label} to={step.route()} change={i18n.t("apply-change")}>
                { value }
            </SummaryRow>
        }
    };
    let lines = |items: Vec<String>| html! { <span class="lines">{ for items.into_iter().map(|i| html! { <span>{ i }</span> }) }</span> };
    let d = &*draft;
    let errors = sender
        .errors
        .shown(&i18n, |field| Step::of_field(field).route().to_path());
    let phone = if d.phone.is_empty() {
        i18n.t("apply-phone-none")
    } else {
        d.phone.clone()
    };
    html! {
        <CheckPage back={Step::Check.back()} caption={i18n.t("apply-caption")} heading={i18n.t("apply-check-title")}
            {errors} note={i18n.t("apply-check-note")} submit={i18n.t("apply-send")} sending={*sender.sending} {onsubmit}>
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
        </CheckPage>
    }
}

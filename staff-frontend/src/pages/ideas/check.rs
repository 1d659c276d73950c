//! Submitting an idea: every answer once more, each with a link to change it, and the button
//! that sends the idea: online for everyone, through the ambassadors' or the office's route
//! when staff type in an idea card collected on paper (the source is recorded).

use super::{caption, collects_paper, field_name, use_draft, IdeaStep, Steps};
use crate::api;
use crate::app::Route;
use crate::auth::{use_auth, Auth};
use crate::components::summary_row::SummaryRow;
use crate::form::use_sender;
use crate::i18n::use_t;
use crate::pages::steps::{self, use_mark_checking, CheckPage};
use crate::router::Redirect;
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[component(IdeaCheck)]
pub fn idea_check() -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let draft = use_draft();
    let sender = use_sender();
    use_mark_checking(&draft);
    if draft.what.is_empty() {
        return html! { <Redirect to={Route::Ideas} /> };
    }
    let role = match &auth.auth {
        Auth::LoggedIn(me) if draft.paper && collects_paper(&auth.auth) => Some(me.role),
        _ => None,
    };
    let onsubmit = {
        let (draft, sender) = (draft.clone(), sender.clone());
        Callback::from(move |()| {
            let body = draft.request();
            let key = sender.key(&api::to_json(&body));
            let request = async move { api::submit_idea(&body, role, &key).await };
            steps::send(&sender, &draft, request, IdeaStep::Done.route());
        })
    };
    let row = |label: String, value: String, step: IdeaStep| {
        html! {
            <SummaryRow {label} to={step.route()} change={i18n.t("ideas-ui-change")}>
                { value }
            </SummaryRow>
        }
    };
    let d = &*draft;
    let errors = sender
        .errors
        .shown(&i18n, |field| IdeaStep::of_field(field).route().to_path());
    let contact = match d.contact_kind.as_str() {
        "phone" | "email" => d.contact_value.clone(),
        _ => i18n.t("ideas-ui-no-contact"),
    };
    let field = d.field.map(|f| field_name(&i18n, f)).unwrap_or_default();
    let source = match role {
        Some(Role::Office) => i18n.t("ideas-ui-source-paper"),
        Some(_) => i18n.t("ideas-ui-source-ambassador"),
        None => String::new(),
    };
    html! {
        <CheckPage back={IdeaStep::Check.back()} caption={caption(&i18n, d)} heading={i18n.t("ideas-ui-check-title")}
            {errors} note={i18n.t("ideas-ui-check-note")} submit={i18n.t("ideas-ui-send")} sending={*sender.sending} {onsubmit}>
            <dl class="summary">
                { row(i18n.t("ideas-ui-what-label"), d.what.clone(), IdeaStep::What) }
                { row(i18n.t("ideas-ui-for-whom-label"), d.for_whom.clone(), IdeaStep::ForWhom) }
                { row(i18n.t("ideas-ui-where-label"), d.where_in_city.clone(), IdeaStep::Where) }
                { row(i18n.t("ideas-ui-field"), field, IdeaStep::Field) }
                { row(i18n.t("ideas-ui-contact-row"), contact, IdeaStep::Contact) }
            </dl>
            if !source.is_empty() {
                <p>{ i18n.t_args("ideas-ui-source-note", &[("source", source.into())]) }</p>
            }
        </CheckPage>
    }
}

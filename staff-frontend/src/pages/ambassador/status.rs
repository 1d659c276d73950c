//! Taking a break, coming back, or stopping as an ambassador.

use crate::api;
use crate::app::Route;
use crate::components::choices::{Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::load::use_load;
use crate::form::{set_choice, use_sender, Errors};
use crate::i18n::use_t;
use teilhabe_events::staff_api::AmbassadorStatus;
use yew::prelude::*;

#[component(StatusPage)]
pub fn status_page() -> Html {
    let loaded = use_load(String::new(), |_| api::dashboard());
    loaded
        .state
        .view(|d| html! { <StatusForm status={d.status} /> })
}

#[derive(Properties, PartialEq)]
struct FormProps {
    status: AmbassadorStatus,
}

#[component(StatusForm)]
fn status_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let choice = use_state(String::new);
    let paused = props.status == AmbassadorStatus::Paused;
    // A paused ambassador can come back; an active one can pause. Either can stop.
    let first = if paused { "active" } else { "paused" };
    let choices = vec![
        Choice::new(first, html! { { i18n.t(if paused { "ambassador-status-resume" } else { "ambassador-status-pause" }) } })
            .hint(i18n.t(if paused { "ambassador-status-resume-hint" } else { "ambassador-status-pause-hint" })),
        Choice::new("retired", html! { { i18n.t("ambassador-status-retire") } })
            .hint(i18n.t("ambassador-status-retire-hint")),
    ];
    let onsubmit = {
        let (sender, choice) = (sender.clone(), choice.clone());
        Callback::from(move |()| {
            if choice.is_empty() {
                return sender.refuse(Errors::one("status", "field-error-choose"));
            }
            let status = (*choice).clone();
            let key = sender.key(&status);
            let notice = match status.as_str() {
                "paused" => "ambassador-status-paused",
                "active" => "ambassador-status-active",
                _ => "ambassador-status-retired",
            };
            sender.send_then_notice(
                async move { api::set_status(&status, &key).await },
                Route::Dashboard,
                notice,
                String::new(),
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Dashboard} heading={i18n.t("ambassador-status-title")}
            errors={errors.shown(&i18n, move |_| format!("status-{first}"))} {onsubmit}
            submit={i18n.t("ambassador-status-submit")} sending={*sender.sending}>
            <Choices name="status" legend={i18n.t("ambassador-status-title")} legend_hidden=true {choices}
                chosen={vec![AttrValue::from((*choice).clone())]} onchange={set_choice(&choice)} error={errors.field(&i18n, "status")} />
        </FormPage>
    }
}

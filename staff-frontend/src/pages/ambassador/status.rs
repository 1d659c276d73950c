//! Taking a break, coming back, or stopping as an ambassador.

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::auth::Guard;
use crate::components::choices::{Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::form::{use_sender, Errors};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::AmbassadorStatus;
use yew::prelude::*;

#[component(StatusPage)]
pub fn status_page() -> Html {
    html! {
        <Guard role={Role::Ambassador}>
            <StatusLoader />
        </Guard>
    }
}

#[component(StatusLoader)]
fn status_loader() -> Html {
    let loaded = use_load(String::new(), |_| api::dashboard());
    match &*loaded.state {
        Load::Ready(d) => html! { <StatusForm status={d.status} /> },
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    status: AmbassadorStatus,
}

#[component(StatusForm)]
fn status_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let flash = use_flash();
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
        let set_flash = flash.set.clone();
        Callback::from(move |()| {
            if choice.is_empty() {
                return sender.refuse(Errors::one("status", "field-error-choose"));
            }
            let status = (*choice).clone();
            let key = sender.key(&status);
            let (navigator, set_flash) = (navigator.clone(), set_flash.clone());
            let notice = match status.as_str() {
                "paused" => "ambassador-status-paused",
                "active" => "ambassador-status-active",
                _ => "ambassador-status-retired",
            };
            sender.send(
                async move { api::set_status(&status, &key).await },
                move |()| {
                    set_flash.emit(Some(Flash::Notice {
                        on: Route::Dashboard,
                        key: notice,
                        name: String::new(),
                    }));
                    navigator.push(&Route::Dashboard);
                },
            );
        })
    };
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |(v, _): (AttrValue, bool)| choice.set(v.to_string()))
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Dashboard} heading={i18n.t("ambassador-status-title")}
            errors={errors.shown(&i18n, move |_| format!("status-{first}"))} {onsubmit}
            submit={i18n.t("ambassador-status-submit")} sending={*sender.sending}>
            <Choices name="status" legend={i18n.t("ambassador-status-title")} legend_hidden=true {choices}
                chosen={vec![AttrValue::from((*choice).clone())]} {onchange} error={errors.field(&i18n, "status")} />
        </FormPage>
    }
}

//! Changing a session: another date or time, another number of seats, or cancelling it.
//! Registered residents are told by the server through the contact they gave.

use super::plan::{time_target, TimeFields};
use crate::api::{self, ApiFailure};
use crate::app::{use_flash, Flash, Route};
use crate::auth::Guard;
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::text_field::TextField;
use crate::form::{use_sender, Errors};
use crate::format::{date_input, local_date_time, time_input};
use crate::i18n::use_t;
use crate::router::use_navigator;
use std::future::Future;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::input::long_text;
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::{CancelSessionRequest, CapacityRequest, RescheduleRequest};
use teilhabe_events::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// Which change.
#[derive(Clone, Copy, PartialEq)]
enum Change {
    Reschedule,
    Capacity,
    Cancel,
}

#[component(Reschedule)]
pub fn reschedule(props: &Props) -> Html {
    html! { <Guard role={Role::Office}><ChangeLoader id={props.id.clone()} change={Change::Reschedule} /></Guard> }
}

#[component(Capacity)]
pub fn capacity(props: &Props) -> Html {
    html! { <Guard role={Role::Office}><ChangeLoader id={props.id.clone()} change={Change::Capacity} /></Guard> }
}

#[component(CancelSession)]
pub fn cancel_session(props: &Props) -> Html {
    html! { <Guard role={Role::Office}><ChangeLoader id={props.id.clone()} change={Change::Cancel} /></Guard> }
}

#[derive(Properties, PartialEq)]
struct LoaderProps {
    id: String,
    change: Change,
}

#[component(ChangeLoader)]
fn change_loader(props: &LoaderProps) -> Html {
    let loaded = use_load(props.id.clone(), |id| async move { api::roster(&id).await });
    match &*loaded.state {
        Load::Ready(roster) => {
            let session = roster.session.clone();
            match props.change {
                Change::Reschedule => html! { <RescheduleForm {session} /> },
                Change::Capacity => html! { <CapacityForm {session} /> },
                Change::Cancel => html! { <CancelForm {session} /> },
            }
        }
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    session: SessionSummary,
}

/// Sends a change and goes back to the roster, which then says it was saved.
#[hook]
fn use_change_sender(
    session: &SessionSummary,
) -> (crate::form::Sender, Callback<(Route, &'static str)>) {
    let navigator = use_navigator();
    let flash = use_flash();
    let sender = use_sender();
    let title = session.title.clone();
    let done = Callback::from(move |(on, key): (Route, &'static str)| {
        flash.set.emit(Some(Flash::Notice {
            on: on.clone(),
            key,
            name: title.clone(),
        }));
        navigator.push(&on);
    });
    (sender, done)
}

fn send<Fut>(
    sender: &crate::form::Sender,
    request: Fut,
    done: &Callback<(Route, &'static str)>,
    id: &str,
    key: &'static str,
) where
    Fut: Future<Output = Result<SessionSummary, ApiFailure>> + 'static,
{
    let (done, on) = (done.clone(), Route::Roster { id: id.to_owned() });
    sender.send(request, move |_| done.emit((on, key)));
}

#[component(RescheduleForm)]
fn reschedule_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let (sender, done) = use_change_sender(s);
    let date = use_state(|| date_input(s.starts_at.date_naive()));
    let start = use_state(|| time_input(&s.starts_at));
    let end = use_state(|| time_input(&s.ends_at));
    let onsubmit = {
        let (sender, date, start, end, id) = (
            sender.clone(),
            date.clone(),
            start.clone(),
            end.clone(),
            s.id.clone(),
        );
        Callback::from(move |()| {
            let body = RescheduleRequest {
                starts_at: local_date_time(&date, &start),
                ends_at: local_date_time(&date, &end),
            };
            let mut problems = Vec::new();
            match (body.starts_at, body.ends_at) {
                (None, _) => problems.push(FieldError::new("starts_at", "field-error-empty")),
                (Some(s), Some(e)) if e > s => {}
                _ => problems.push(FieldError::new("ends_at", "session-error-ends-before")),
            }
            if !problems.is_empty() {
                return sender.refuse(Errors::fields(problems));
            }
            let key = sender.key(&api::to_json(&body));
            let id2 = id.clone();
            send(
                &sender,
                async move { api::reschedule(&id2, &body, &key).await },
                &done,
                &id,
                "office-rescheduled",
            );
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let errors = (*sender.errors).clone();
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-reschedule-title")} errors={errors.shown(&i18n, time_target)} {onsubmit}
            submit={i18n.t("office-save")} sending={*sender.sending}>
            <p>{ i18n.t("office-change-notify") }</p>
            <TimeFields date={(*date).clone()} start={(*start).clone()} end={(*end).clone()}
                on_date={set(&date)} on_start={set(&start)} on_end={set(&end)} {errors} />
        </FormPage>
    }
}

#[component(CapacityForm)]
fn capacity_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let (sender, done) = use_change_sender(s);
    let capacity = use_state(|| s.capacity.to_string());
    let onsubmit = {
        let (sender, capacity, id) = (sender.clone(), capacity.clone(), s.id.clone());
        Callback::from(move |()| {
            let body = CapacityRequest {
                capacity: capacity.trim().parse().unwrap_or(0),
            };
            if !(1..=500).contains(&body.capacity) {
                return sender.refuse(Errors::one("capacity", "session-error-capacity"));
            }
            let key = sender.key(&api::to_json(&body));
            let id2 = id.clone();
            send(
                &sender,
                async move { api::change_capacity(&id2, &body, &key).await },
                &done,
                &id,
                "office-capacity-changed",
            );
        })
    };
    let oninput = {
        let capacity = capacity.clone();
        Callback::from(move |v: String| capacity.set(v))
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-capacity-title")} errors={errors.shown(&i18n, str::to_owned)} {onsubmit}
            submit={i18n.t("office-save")} sending={*sender.sending}>
            <TextField id="capacity" label={i18n.t("office-plan-capacity")} hint={i18n.t("office-capacity-hint")}
                value={(*capacity).clone()} {oninput} inputmode={Some(AttrValue::Static("numeric"))}
                input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "capacity")} />
        </FormPage>
    }
}

#[component(CancelForm)]
fn cancel_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let (sender, done) = use_change_sender(s);
    let reason = use_state(String::new);
    let onsubmit = {
        let (sender, reason, id) = (sender.clone(), reason.clone(), s.id.clone());
        Callback::from(move |()| {
            if let Err(e) = long_text("reason", &reason, 1000) {
                return sender.refuse(Errors::fields(vec![e]));
            }
            let body = CancelSessionRequest {
                reason: reason.trim().to_owned(),
            };
            let key = sender.key(&api::to_json(&body));
            let id2 = id.clone();
            send(
                &sender,
                async move { api::cancel_session(&id2, &body, &key).await },
                &done,
                &id,
                "office-cancelled",
            );
        })
    };
    let oninput = {
        let reason = reason.clone();
        Callback::from(move |v: String| reason.set(v))
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-cancel-title")} errors={errors.shown(&i18n, str::to_owned)} {onsubmit}
            submit={i18n.t("office-cancel-submit")} warning=true sending={*sender.sending}>
            <p>{ i18n.t("office-cancel-text") }</p>
            <TextField id="reason" label={i18n.t("office-cancel-reason")} hint={i18n.t("office-cancel-hint")}
                value={(*reason).clone()} {oninput} multiline=true error={errors.field(&i18n, "reason")} />
        </FormPage>
    }
}

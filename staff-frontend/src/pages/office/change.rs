//! Changing a session: another date or time, another number of seats, or cancelling it.
//! Registered residents are told by the server through the contact they gave.

use super::plan::{time_target, TimeFields};
use crate::api::{self, SessionChange};
use crate::app::Route;
use crate::components::form_page::FormPage;
use crate::components::load::use_load;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors, Sender};
use crate::format::{date_input, local_date_time, time_input};
use crate::i18n::use_t;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::input::long_text;
use teilhabe_events::staff_api::{CancelSessionRequest, CapacityRequest, RescheduleRequest};
use teilhabe_events::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
    pub change: Change,
}

/// Which change.
#[derive(Clone, Copy, PartialEq)]
pub enum Change {
    Reschedule,
    Capacity,
    Cancel,
}

/// The page of `change` to session `id`.
pub fn page(id: String, change: Change) -> Html {
    html! { <ChangeSession {id} {change} /> }
}

#[component(ChangeSession)]
fn change_session(props: &Props) -> Html {
    let loaded = use_load(props.id.clone(), |id| async move { api::roster(&id).await });
    loaded.state.view(|roster| {
        let session = roster.session.clone();
        match props.change {
            Change::Reschedule => html! { <RescheduleForm {session} /> },
            Change::Capacity => html! { <CapacityForm {session} /> },
            Change::Cancel => html! { <CancelForm {session} /> },
        }
    })
}

#[derive(Properties, PartialEq)]
struct FormProps {
    session: SessionSummary,
}

/// Sends `change` to `session` and goes back to its roster, which then says `notice`.
fn send(
    sender: &Sender,
    session: &SessionSummary,
    change: impl SessionChange,
    notice: &'static str,
) {
    let key = sender.key(&api::to_json(&change));
    let id = session.id.clone();
    let on = Route::Roster { id: id.clone() };
    let request = async move { api::change_session(&id, &change, &key).await };
    sender.send_then_notice(request, on, notice, session.title.clone());
}

#[component(RescheduleForm)]
fn reschedule_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let sender = use_sender();
    let date = use_state(|| date_input(s.starts_at.date_naive()));
    let start = use_state(|| time_input(&s.starts_at));
    let end = use_state(|| time_input(&s.ends_at));
    let onsubmit = {
        let (sender, date, start, end, s) = (
            sender.clone(),
            date.clone(),
            start.clone(),
            end.clone(),
            s.clone(),
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
            send(&sender, &s, body, "office-rescheduled");
        })
    };
    let errors = (*sender.errors).clone();
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-reschedule-title")} errors={errors.shown(&i18n, time_target)} {onsubmit}
            submit={i18n.t("office-save")} sending={*sender.sending}>
            <p>{ i18n.t("office-change-notify") }</p>
            <TimeFields date={(*date).clone()} start={(*start).clone()} end={(*end).clone()}
                on_date={set_text(&date)} on_start={set_text(&start)} on_end={set_text(&end)} {errors} />
        </FormPage>
    }
}

#[component(CapacityForm)]
fn capacity_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let sender = use_sender();
    let capacity = use_state(|| s.capacity.to_string());
    let onsubmit = {
        let (sender, capacity, s) = (sender.clone(), capacity.clone(), s.clone());
        Callback::from(move |()| {
            let body = CapacityRequest {
                capacity: capacity.trim().parse().unwrap_or(0),
            };
            if !(1..=500).contains(&body.capacity) {
                return sender.refuse(Errors::one("capacity", "session-error-capacity"));
            }
            send(&sender, &s, body, "office-capacity-changed");
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-capacity-title")} errors={errors.shown(&i18n, str::to_owned)} {onsubmit}
            submit={i18n.t("office-save")} sending={*sender.sending}>
            <TextField id="capacity" label={i18n.t("office-plan-capacity")} hint={i18n.t("office-capacity-hint")}
                value={(*capacity).clone()} oninput={set_text(&capacity)} inputmode={Some(AttrValue::Static("numeric"))}
                input_class={Some(AttrValue::Static("input-short"))} error={errors.field(&i18n, "capacity")} />
        </FormPage>
    }
}

#[component(CancelForm)]
fn cancel_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let s = &props.session;
    let sender = use_sender();
    let reason = use_state(String::new);
    let onsubmit = {
        let (sender, reason, s) = (sender.clone(), reason.clone(), s.clone());
        Callback::from(move |()| {
            if let Err(e) = long_text("reason", &reason, 1000) {
                return sender.refuse(Errors::fields(vec![e]));
            }
            let body = CancelSessionRequest {
                reason: reason.trim().to_owned(),
            };
            send(&sender, &s, body, "office-cancelled");
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Roster { id: s.id.clone() }} caption={s.title.clone()}
            heading={i18n.t("office-cancel-title")} errors={errors.shown(&i18n, str::to_owned)} {onsubmit}
            submit={i18n.t("office-cancel-submit")} warning=true sending={*sender.sending}>
            <p>{ i18n.t("office-cancel-text") }</p>
            <TextField id="reason" label={i18n.t("office-cancel-reason")} hint={i18n.t("office-cancel-hint")}
                value={(*reason).clone()} oninput={set_text(&reason)} multiline=true error={errors.field(&i18n, "reason")} />
        </FormPage>
    }
}

//! At the door and after it, for the office and ambassadors: today's sessions; checking people
//! in by booking code and counting walk-ins (large targets for a tablet); the printable paper
//! sign-in sheet and feedback card; and typing the paper in afterwards, where each written
//! name is proposed as a booking for staff to confirm or keep apart.
//!
//! One module a page: [`check_in`] (the door itself), [`sheet`] (the printable sheet and card),
//! [`paper`] (typing the paper in), and [`scanner`] (the camera); what they share is here.

mod check_in;
mod paper;
mod scanner;
mod sheet;

pub use check_in::CheckIn;
pub use paper::PaperEntry;
pub use sheet::SignInSheet;

use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::components::load::use_load;
use crate::components::page::Heading;
use crate::format::when;
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use std::future::Future;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::staff::DISTRICTS;
use teilhabe_events::staff_api::DoorView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// The message of a failed request: the first field's, else the problem's.
fn failure_text(i18n: &I18n, failure: &ApiFailure) -> String {
    match failure {
        ApiFailure::Problem { errors, .. } if !errors.is_empty() => i18n.t(&errors[0].message_key),
        other => i18n.t(other.message_key()),
    }
}

/// What the last action at the door did, read out by screen readers.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Done(String),
    Failed(String),
}

fn outcome_view(outcome: &Outcome) -> Html {
    // The region stays in the page, so screen readers announce what appears in it.
    let (class, text) = match outcome {
        Outcome::None => ("door-outcome", String::new()),
        Outcome::Done(t) => ("door-outcome door-outcome-done", t.clone()),
        Outcome::Failed(t) => ("door-outcome door-outcome-failed", t.clone()),
    };
    html! { <p class={class} role="status" aria-live="polite">{ text }</p> }
}

/// The actions at the door of one page: whether one is on its way, and what the last one did.
#[derive(Clone)]
struct Actions {
    busy: UseStateHandle<bool>,
    outcome: UseStateHandle<Outcome>,
    i18n: I18n,
}

/// A page's actions at the door: none on its way, nothing done yet.
#[hook]
fn use_actions() -> Actions {
    Actions {
        busy: use_state(|| false),
        outcome: use_state(|| Outcome::None),
        i18n: use_t(),
    }
}

impl Actions {
    /// Says what the last action did.
    fn done(&self, text: String) {
        self.outcome.set(Outcome::Done(text));
    }

    /// Says why the last action could not be done: message `key`.
    fn failed(&self, key: &str) {
        self.outcome.set(Outcome::Failed(self.i18n.t(key)));
    }

    /// Sends `request` unless one is on its way (a double tap sends nothing); a failure is
    /// shown in the outcome, the answer handed to `done`.
    fn send<T: 'static>(
        &self,
        request: impl Future<Output = Result<T, ApiFailure>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        if *self.busy {
            return;
        }
        self.busy.set(true);
        let this = self.clone();
        yew::platform::spawn_local(async move {
            let result = request.await;
            this.busy.set(false);
            match result {
                Ok(value) => done(value),
                Err(failure) => this
                    .outcome
                    .set(Outcome::Failed(failure_text(&this.i18n, &failure))),
            }
        });
    }
}

/// A `<select>` of Norderstedt's districts; `optional` adds "not given" first.
fn district_select(
    i18n: &I18n,
    id: &'static str,
    value: &str,
    optional: bool,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        onchange.emit(select.value());
    });
    html! {
        <div class="field">
            <label class="label" for={id}>{ i18n.t(if optional { "doors-district-optional" } else { "doors-district" }) }</label>
            <select class="input" id={id} name={id} {onchange}>
                if optional {
                    <option value="" selected={value.is_empty()}>{ i18n.t("doors-district-none") }</option>
                } else {
                    <option value="" selected={value.is_empty()} disabled=true>{ i18n.t("doors-district-choose") }</option>
                }
                { for DISTRICTS.iter().map(|d| html! { <option value={*d} selected={value == *d}>{ *d }</option> }) }
            </select>
        </div>
    }
}

/// Loads a session's door view and hands it to `view` with a way to replace it.
#[derive(Properties, PartialEq)]
struct WithDoorProps {
    id: String,
    view: Callback<(DoorView, Callback<DoorView>), Html>,
}

#[component(WithDoor)]
fn with_door(props: &WithDoorProps) -> Html {
    let loaded = use_load(props.id.clone(), |id| async move { api::door(&id).await });
    let replaced = use_state(|| None::<DoorView>);
    let set = {
        let replaced = replaced.clone();
        Callback::from(move |v: DoorView| replaced.set(Some(v)))
    };
    match &*replaced {
        Some(view) => props.view.emit((view.clone(), set)),
        None => loaded
            .state
            .view(|view| props.view.emit((view.clone(), set))),
    }
}

#[component(DoorHome)]
pub fn door_home() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| async move { api::door_sessions().await });
    let body = loaded.state.view(|list| {
        let today = crate::format::today();
        let (now, earlier): (Vec<&SessionSummary>, Vec<&SessionSummary>) =
            list.iter().partition(|s| s.starts_at.date_naive() == today);
        let item = |s: &&SessionSummary| {
            let id = s.id.clone();
            html! {
                <li class="door-session">
                    <Link to={Route::CheckIn { id: id.clone() }} classes="door-session-link">
                        <span class="door-session-title">{ &s.title }</span>
                        <span>{ when(&i18n, &s.starts_at, &s.ends_at) }</span>
                        <span>{ format!("{}, {}", s.venue, s.district) }</span>
                    </Link>
                    <p class="door-session-more">
                        <Link to={Route::SignInSheet { id: id.clone() }}>{ i18n.t("doors-sheet-link") }</Link>
                        { " · " }
                        <Link to={Route::PaperEntry { id }}>{ i18n.t("doors-paper-link") }</Link>
                    </p>
                </li>
            }
        };
        html! {
            <>
                <h2>{ i18n.t("doors-today") }</h2>
                if now.is_empty() {
                    <p>{ i18n.t("doors-today-none") }</p>
                } else {
                    <ul class="door-sessions">{ for now.iter().map(item) }</ul>
                }
                if !earlier.is_empty() {
                    <h2>{ i18n.t("doors-earlier") }</h2>
                    <ul class="door-sessions">{ for earlier.iter().map(item) }</ul>
                }
            </>
        }
    });
    html! {
        <>
            <Heading text={i18n.t("doors-title")} />
            <p class="lead">{ i18n.t("doors-intro") }</p>
            { body }
        </>
    }
}

/// What each page of one session is given: the door view and a way to replace it.
#[derive(Properties, PartialEq)]
struct ViewProps {
    door: DoorView,
    set: Callback<DoorView>,
}

//! `/staff/ideas`: every idea with its state in words, filtered by field of action with large
//! toggle buttons; "support this idea" with one tap: as the staff member logged in, or once
//! this tab knows a booking code.

use super::support::{remember_staff_supported, remember_supported, remembered, remembered_staff};
use super::{field_name, FIELDS};
use crate::api::{self, ApiFailure};
use crate::app::{use_flash, Flash, Route};
use crate::auth::{use_auth, Auth};
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::page::Heading;
use crate::form::nonce;
use crate::i18n::{use_t, I18n};
use crate::router::{use_navigator, Link};
use teilhabe_events::ideas::{FieldOfAction, IdeaView};
pub use teilhabe_web::ideas::idea_title;
use teilhabe_web::ideas::{idea_facts, open};
use yew::prelude::*;

/// The message the API answers when this code supports the idea already.
pub const ALREADY: &str = "problem-idea-supported";

/// A button that is on or off.
fn toggle(label: String, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="option" aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
            { label }
        </button>
    }
}

/// One idea: what, for whom, where, its field and state, the working group's reason, and its
/// support.
fn card(i18n: &I18n, view: &IdeaView, all: &[IdeaView], supported: bool, support: Html) -> Html {
    let id = format!("idea-{}", view.id);
    let merged_into = view
        .merged_into
        .as_ref()
        .and_then(|into| all.iter().find(|v| &v.id == into))
        .map(idea_title);
    html! {
        <li class="card idea">
            <h2 id={id.clone()}>{ idea_title(view) }</h2>
            if idea_title(view) != view.idea.what {
                <p class="idea-text">{ &view.idea.what }</p>
            }
            { idea_facts(i18n, view, merged_into.map(|title| html! { title })) }
            <p>{ i18n.t_args("ideas-ui-supporters", &[("count", view.supporters.into())]) }</p>
            if supported {
                <p class="supported"><span aria-hidden="true">{ "✓\u{a0}" }</span>{ i18n.t("ideas-ui-supported") }</p>
            } else if open(view) {
                { support }
            }
        </li>
    }
}

#[component(IdeasList)]
pub fn ideas_list() -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let flash = use_flash();
    let filter = use_state(|| None::<FieldOfAction>);
    let supporter = use_state(remembered);
    let staff_memory = use_state(remembered_staff);
    // Logged in, staff support under their account and need no booking code.
    let staff = match use_auth().auth {
        Auth::LoggedIn(me) => Some(me.account_id),
        _ => None,
    };
    let sending = use_state(|| None::<String>);
    let failure = use_state(|| None::<ApiFailure>);
    let loaded = use_load(String::new(), |_| api::ideas());
    let Load::Ready(ideas) = &*loaded.state else {
        return html! { <><Heading text={i18n.t("ideas-ui-title")} />{ loaded.state.status() }</> };
    };
    let choose = |field: Option<FieldOfAction>| {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(field))
    };
    let buttons = std::iter::once(toggle(
        i18n.t("ideas-ui-filter-all"),
        filter.is_none(),
        choose(None),
    ))
    .chain(
        FIELDS
            .iter()
            .map(|f| toggle(field_name(&i18n, *f), *filter == Some(*f), choose(Some(*f)))),
    );
    let shown: Vec<&IdeaView> = ideas
        .iter()
        .filter(|v| filter.is_none_or(|f| v.idea.field == f))
        .collect();
    // One tap: as the staff member logged in, or with a code this tab already knows, the
    // support is sent at once; else the code is asked for on a page of its own.
    let support = |view: &IdeaView| {
        let title = idea_title(view);
        let id = view.id.clone();
        let onclick = {
            let (supporter, staff_memory, sending, navigator, set_flash, reload, staff, failure) = (
                supporter.clone(),
                staff_memory.clone(),
                sending.clone(),
                navigator.clone(),
                flash.set.clone(),
                loaded.reload.clone(),
                staff.clone(),
                failure.clone(),
            );
            let (id, title) = (id.clone(), title.clone());
            Callback::from(move |_: MouseEvent| {
                let code = match (&staff, &supporter.code) {
                    (Some(_), _) => String::new(),
                    (None, Some(code)) => code.clone(),
                    (None, None) => {
                        navigator.push(&Route::SupportIdea { id: id.clone() });
                        return;
                    }
                };
                if sending.is_some() {
                    return;
                }
                sending.set(Some(id.clone()));
                let (
                    supporter,
                    staff_memory,
                    staff,
                    sending,
                    set_flash,
                    reload,
                    navigator,
                    failure,
                ) = (
                    supporter.clone(),
                    staff_memory.clone(),
                    staff.clone(),
                    sending.clone(),
                    set_flash.clone(),
                    reload.clone(),
                    navigator.clone(),
                    failure.clone(),
                );
                let (id, title) = (id.clone(), title.clone());
                yew::platform::spawn_local(async move {
                    let result = match &staff {
                        Some(_) => api::support_idea_as_staff(&id, &nonce()).await,
                        None => api::support_idea(&id, &code, &nonce()).await,
                    };
                    sending.set(None);
                    let key = match &result {
                        Ok(()) => "ideas-ui-support-thanks",
                        Err(ApiFailure::Problem { message_key, .. }) if message_key == ALREADY => {
                            ALREADY
                        }
                        Err(problem) if staff.is_some() => {
                            failure.set(Some(problem.clone()));
                            return;
                        }
                        Err(_) => {
                            // The code no longer works here: ask for one on the support page.
                            navigator.push(&Route::SupportIdea { id });
                            return;
                        }
                    };
                    failure.set(None);
                    match &staff {
                        Some(account) => staff_memory.set(remember_staff_supported(account, &id)),
                        None => supporter.set(remember_supported(&code, &id)),
                    }
                    set_flash.emit(Some(Flash::Notice {
                        on: Route::Ideas,
                        key,
                        name: title,
                    }));
                    reload.emit(());
                });
            })
        };
        html! {
            <button type="button" class="button idea-support" {onclick} disabled={sending.as_deref() == Some(id.as_str())}>
                { i18n.t("ideas-ui-support") }<span class="visually-hidden">{ format!(": {title}") }</span>
            </button>
        }
    };
    // What this tab supported as whoever supports now (the staff member or the code).
    let no_ids = Vec::new();
    let ids = match &staff {
        Some(account) if staff_memory.code.as_ref() == Some(account) => &staff_memory.ids,
        Some(_) => &no_ids,
        None => &supporter.ids,
    };
    html! {
        <>
            <Heading text={i18n.t("ideas-ui-title")} />
            <p class="lead">{ i18n.t("ideas-ui-intro") }</p>
            <Link to={Route::NewIdea { paper: false }} classes="button">{ i18n.t("ideas-ui-submit-link") }</Link>
            <div class="filters">
                <div class="setting" role="group" aria-labelledby="ideas-filter-label">
                    <p class="setting-label" id="ideas-filter-label">{ i18n.t("ideas-ui-filter-label") }</p>
                    <div class="options">{ for buttons }</div>
                </div>
            </div>
            if let Some(f) = &*failure {
                <LoadStatus failure={f.clone()} />
            }
            <p class="result-count" role="status">
                { i18n.t_args("ideas-ui-count", &[("count", (shown.len() as u32).into())]) }
            </p>
            if shown.is_empty() {
                <p>{ i18n.t("ideas-ui-none") }</p>
            } else {
                <ul class="idea-list">
                    { for shown.iter().map(|v| card(&i18n, v, ideas, ids.contains(&v.id), support(v))) }
                </ul>
            }
        </>
    }
}

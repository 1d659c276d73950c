//! `/staff/ideas/{id}/support`: supporting an idea with a booking code (one support per
//! code). The code is kept in this tab, so the next idea is supported with one tap.

use super::list::{idea_title, ALREADY};
use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::components::form_page::FormPage;
use crate::components::load::use_load;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::i18n::use_t;
use crate::router::Redirect;
use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use teilhabe_events::BookingCode;
use yew::prelude::*;

/// The booking code this tab supports ideas with, and the ideas it supports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Supporter {
    pub code: Option<String>,
    pub ids: Vec<String>,
}

const KEY: &str = "teilhabe.staff.supporter";
/// The same for the staff account logged in (`code` holds its id): kept apart, so the
/// support page never offers an account id as a booking code.
const STAFF_KEY: &str = "teilhabe.staff.supporter.account";

/// What this tab remembers of the booking code.
pub fn remembered() -> Supporter {
    SessionStorage::get(KEY).unwrap_or_default()
}

/// What this tab remembers of the staff account's support.
pub fn remembered_staff() -> Supporter {
    SessionStorage::get(STAFF_KEY).unwrap_or_default()
}

/// Remembers that `code` supports idea `id` (another code starts a new list).
pub fn remember_supported(code: &str, id: &str) -> Supporter {
    remember_in(KEY, code, id)
}

/// Remembers that staff account `account` supports idea `id`.
pub fn remember_staff_supported(account: &str, id: &str) -> Supporter {
    remember_in(STAFF_KEY, account, id)
}

fn remember_in(key: &str, who: &str, id: &str) -> Supporter {
    let mut supporter: Supporter = SessionStorage::get(key).unwrap_or_default();
    if supporter.code.as_deref() != Some(who) {
        supporter = Supporter {
            code: Some(who.to_owned()),
            ids: Vec::new(),
        };
    }
    if !supporter.ids.iter().any(|i| i == id) {
        supporter.ids.push(id.to_owned());
    }
    let _ = SessionStorage::set(key, &supporter);
    supporter
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(SupportIdea)]
pub fn support_idea(props: &Props) -> Html {
    let loaded = use_load(String::new(), |_| api::ideas());
    loaded
        .state
        .view(|list| match list.iter().find(|v| v.id == props.id) {
            Some(view) => html! { <SupportForm id={props.id.clone()} title={idea_title(view)} /> },
            None => html! { <Redirect to={Route::Ideas} /> },
        })
}

#[derive(Properties, PartialEq)]
struct FormProps {
    id: String,
    title: String,
}

#[component(SupportForm)]
fn support_form(props: &FormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let code = use_state(|| remembered().code.unwrap_or_default());
    let onsubmit = {
        let (sender, code) = (sender.clone(), code.clone());
        let (id, title) = (props.id.clone(), props.title.clone());
        Callback::from(move |()| {
            let parsed = match BookingCode::parse(&code) {
                Ok(parsed) => parsed.as_str().to_owned(),
                Err(_) => {
                    return sender
                        .refuse(Errors::one("booking_code", "ideas-ui-support-code-error"))
                }
            };
            let key = sender.key(&format!("{id}-{parsed}"));
            let (id, title, this) = (id.clone(), title.clone(), sender.clone());
            sender.send(
                async move {
                    match api::support_idea(&id, &parsed, &key).await {
                        Ok(()) => Ok((id, parsed, "ideas-ui-support-thanks")),
                        Err(ApiFailure::Problem { message_key, .. }) if message_key == ALREADY => {
                            Ok((id, parsed, ALREADY))
                        }
                        Err(failure) => Err(failure),
                    }
                },
                move |(id, code, key)| {
                    this.errors.set(Errors::none());
                    remember_supported(&code, &id);
                    this.notice(Route::Ideas, key, title);
                },
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage back={Route::Ideas} caption={props.title.clone()} heading={i18n.t("ideas-ui-support-title")}
            errors={errors.shown(&i18n, |_| "booking_code".to_owned())} {onsubmit}
            submit={i18n.t("ideas-ui-support-submit")} sending={*sender.sending}>
            <TextField id="booking_code" label={i18n.t("ideas-ui-support-code-label")}
                hint={i18n.t("ideas-ui-support-code-hint")} value={(*code).clone()} oninput={set_text(&code)}
                input_class={Some(AttrValue::Static("input-short"))} autocomplete={Some(AttrValue::Static("off"))}
                error={errors.field(&i18n, "booking_code")} />
        </FormPage>
    }
}

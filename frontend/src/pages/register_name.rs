//! Sign-up, question 1: the person's name.

use crate::app::Route;
use crate::components::question::{field_errors, Question};
use crate::components::text_field::TextField;
use crate::draft::{use_draft, REGISTRATION};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::PersonName;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(RegisterName)]
pub fn register_name(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(REGISTRATION, &props.id);
    let value = use_state(|| draft.get("name").to_owned());
    let error = use_state(|| None::<String>);
    let navigator = use_navigator();
    let onsubmit = {
        let (value, error, id) = (value.clone(), error.clone(), props.id.clone());
        Callback::from(move |()| match PersonName::parse(&value) {
            Ok(name) => {
                draft.answer(&[("name", name.as_str())]);
                navigator.push(&Route::RegisterContact { id: id.clone() });
            }
            Err(err) => error.set(Some(err.message_key)),
        })
    };
    let message = (*error).as_ref().map(|key| i18n.t(key));
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    let question = Question::new(
        Route::Session {
            id: props.id.clone(),
        },
        i18n.t("register-name-title"),
        field_errors("name", &message),
        onsubmit,
    );
    let mut field = TextField::new(
        "name",
        i18n.t("register-name-hint"),
        (*value).clone(),
        oninput,
    );
    field.error = message;
    field.autocomplete = "name";
    question.view(&i18n, field.view())
}

//! Sign-up, question 1: the person's name.

use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::draft::use_draft;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::PersonName;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(RegisterName)]
pub fn register_name(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(&props.id);
    let value = use_state(|| draft.name.clone());
    let error = use_state(|| None::<String>);
    let navigator = use_navigator();
    let onsubmit = {
        let (draft, value, error, id) = (
            draft.clone(),
            value.clone(),
            error.clone(),
            props.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match PersonName::parse(&value) {
                Ok(name) => {
                    let mut next = (*draft).clone();
                    next.name = name.as_str().to_owned();
                    next.result = None;
                    next.save();
                    draft.set(next);
                    if let Some(nav) = &navigator {
                        nav.push(&Route::RegisterContact { id: id.clone() });
                    }
                }
                Err(err) => error.set(Some(err.message_key)),
            }
        })
    };
    let message = (*error).as_ref().map(|key| i18n.t(key));
    let errors: Vec<ShownError> = message
        .iter()
        .map(|m| ShownError {
            target: "name".into(),
            message: m.clone(),
        })
        .collect();
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    html! {
        <>
            <BackLink to={Route::Session { id: props.id.clone() }} />
            <ErrorSummary {errors} />
            <form {onsubmit} novalidate=true>
                <Heading text={i18n.t("register-name-title")} error={message.is_some()} />
                <TextField id="name" label={i18n.t("register-name-hint")} value={(*value).clone()}
                    error={message.clone()} {oninput} autocomplete={Some(AttrValue::Static("name"))} />
                <button type="submit" class="button">{ i18n.t("app-continue") }</button>
            </form>
        </>
    }
}

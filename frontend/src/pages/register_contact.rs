//! Sign-up, question 2: how we can reach the person (phone, e-mail, or not at all).

use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::draft::use_draft;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::{Contact, ContactKind, FieldError};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

const KINDS: [(&str, &str); 3] = [
    ("phone", "register-contact-phone"),
    ("email", "register-contact-email"),
    ("none", "register-contact-none"),
];

fn check(kind: &str, value: &str) -> Result<(), FieldError> {
    let kind = ContactKind::parse(kind)?;
    Contact::parse(kind, value).map(|_| ())
}

#[function_component(RegisterContact)]
pub fn register_contact(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(&props.id);
    let kind = use_state(|| draft.contact_kind.clone());
    let value = use_state(|| draft.contact_value.clone());
    let error = use_state(|| None::<FieldError>);
    let navigator = use_navigator();

    let onsubmit = {
        let (draft, kind, value, error, id) = (
            draft.clone(),
            kind.clone(),
            value.clone(),
            error.clone(),
            props.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check(&kind, &value) {
                Ok(()) => {
                    let mut next = (*draft).clone();
                    next.contact_kind = (*kind).clone();
                    next.contact_value = if *kind == "none" {
                        String::new()
                    } else {
                        value.trim().to_owned()
                    };
                    next.result = None;
                    next.save();
                    draft.set(next);
                    if let Some(nav) = &navigator {
                        nav.push(&Route::RegisterCheck { id: id.clone() });
                    }
                }
                Err(err) => error.set(Some(err)),
            }
        })
    };

    let shown = (*error).as_ref().map(|e| ShownError {
        target: if e.field == "contact.kind" {
            "contact-phone".into()
        } else {
            "contact-value".into()
        },
        message: i18n.t(&e.message_key),
    });
    let kind_error = shown
        .as_ref()
        .filter(|s| s.target == "contact-phone")
        .map(|s| s.message.clone());
    let value_error = shown
        .as_ref()
        .filter(|s| s.target == "contact-value")
        .map(|s| s.message.clone());
    let has_error = shown.is_some();

    let radios = KINDS.iter().map(|(k, label)| {
        let selected = *kind == *k;
        let input_id = format!("contact-{k}");
        let onchange = {
            let kind = kind.clone();
            let k = (*k).to_owned();
            Callback::from(move |_: Event| kind.set(k.clone()))
        };
        let reveal = match (*k, selected) {
            ("phone", true) => Some(("register-phone-label", "tel", "tel")),
            ("email", true) => Some(("register-email-label", "email", "email")),
            _ => None,
        };
        let oninput = {
            let value = value.clone();
            Callback::from(move |v: String| value.set(v))
        };
        html! {
            <div class="radio">
                <input type="radio" name="contact-kind" id={input_id.clone()} value={*k}
                    checked={selected} {onchange} />
                <label for={input_id}>{ i18n.t(label) }</label>
                if let Some((label, input_type, autocomplete)) = reveal {
                    <div class="reveal">
                        <TextField id="contact-value" label={i18n.t(label)} value={(*value).clone()}
                            error={value_error.clone()} {oninput}
                            input_type={AttrValue::Static(input_type)}
                            autocomplete={Some(AttrValue::Static(autocomplete))} />
                    </div>
                }
            </div>
        }
    });

    html! {
        <>
            <BackLink to={Route::RegisterName { id: props.id.clone() }} />
            <ErrorSummary errors={shown.clone().into_iter().collect::<Vec<_>>()} />
            <form {onsubmit} novalidate=true>
                <Heading text={i18n.t("register-contact-title")} error={has_error} />
                <fieldset class={classes!("field", kind_error.as_ref().map(|_| "field-error"))}
                    aria-describedby="contact-hint">
                    <legend class="visually-hidden">{ i18n.t("register-contact-title") }</legend>
                    <p class="hint" id="contact-hint">{ i18n.t("register-contact-hint") }</p>
                    if let Some(message) = kind_error {
                        <p class="error-message">{ message }</p>
                    }
                    { for radios }
                </fieldset>
                <button type="submit" class="button">{ i18n.t("app-continue") }</button>
            </form>
        </>
    }
}

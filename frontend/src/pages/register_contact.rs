//! Sign-up, question 2: how we can reach the person (phone, e-mail, or not at all).

use crate::app::Route;
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::question::{field_errors, Question};
use crate::components::text_field::TextField;
use crate::draft::{use_draft, REGISTRATION};
use crate::i18n::use_t;
use crate::pages::choice_question::Step;
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

#[component(RegisterContact)]
pub fn register_contact(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(REGISTRATION, &props.id);
    let kind = use_state(|| draft.get("contact").to_owned());
    let value = use_state(|| draft.get("contact-value").to_owned());
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
        Callback::from(move |()| match check(&kind, &value) {
            Ok(()) => {
                let value = if *kind == "none" { "" } else { value.trim() };
                // Consent was given for one number or address, not for any other.
                let same = draft.get("contact") == *kind && draft.get("contact-value") == value;
                let consent = if same { draft.get("consent") } else { "" }.to_owned();
                draft.answer(&[
                    ("contact", &kind),
                    ("contact-value", value),
                    ("consent", &consent),
                ]);
                let next = if *kind == "none" {
                    Step::Needs
                } else {
                    Step::Consent
                };
                navigator.push(&next.route(&id));
            }
            Err(err) => error.set(Some(err)),
        })
    };

    let on_kind = (*error).as_ref().is_some_and(|e| e.field == "contact.kind");
    let message = (*error).as_ref().map(|e| i18n.t(&e.message_key));
    let target = if on_kind {
        choice_id("contact", "phone")
    } else {
        "contact-value".to_owned()
    };
    let (kind_error, value_error) = if on_kind {
        (message.clone(), None)
    } else {
        (None, message.clone())
    };
    let choices = KINDS
        .iter()
        .map(|(k, label)| {
            let mut choice = Choice::new(k, i18n.t(label));
            let field = match *k {
                "phone" => Some(("register-phone-label", "tel", "tel")),
                "email" => Some(("register-email-label", "email", "email")),
                _ => None,
            };
            if let Some((label, input_type, autocomplete)) = field {
                let oninput = {
                    let value = value.clone();
                    Callback::from(move |v: String| value.set(v))
                };
                let mut field =
                    TextField::new("contact-value", i18n.t(label), (*value).clone(), oninput);
                field.error = value_error.clone();
                field.input_type = Some(input_type);
                field.autocomplete = autocomplete;
                choice.reveal = html! { <div class="reveal">{ field.view() }</div> };
            }
            choice
        })
        .collect::<Vec<_>>();
    let onchange = {
        let kind = kind.clone();
        Callback::from(move |(k, _): (&'static str, bool)| kind.set(k.to_owned()))
    };

    let mut choices = Choices::one(
        "contact",
        i18n.t("register-contact-title"),
        choices,
        (*kind).clone(),
        onchange,
    );
    choices.hint = Some(i18n.t("register-contact-hint"));
    choices.error = kind_error;
    let question = Question::new(
        Route::RegisterName {
            id: props.id.clone(),
        },
        i18n.t("register-contact-title"),
        field_errors(&target, &message),
        onsubmit,
    );
    question.view(&i18n, choices.view())
}

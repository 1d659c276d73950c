//! Sign-up, question 2: how we can reach the person (phone, e-mail, or not at all).

use crate::app::Route;
use crate::components::contact_choices::{check, contact_choices, Way};
use crate::components::question::Question;
use crate::draft::{use_draft, REGISTRATION};
use crate::i18n::use_t;
use crate::pages::choice_question::Step;
use crate::router::use_navigator;
use teilhabe_events::FieldError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

const WAYS: [Way; 3] = [
    (
        "phone",
        "register-contact-phone",
        Some(("register-phone-label", "tel")),
    ),
    (
        "email",
        "register-contact-email",
        Some(("register-email-label", "email")),
    ),
    ("none", "register-contact-none", None),
];

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

    let (choices, errors) = contact_choices(
        &i18n,
        &WAYS,
        (
            i18n.t("register-contact-title"),
            i18n.t("register-contact-hint"),
        ),
        &kind,
        &value,
        (*error).as_ref(),
    );
    let question = Question::new(
        Route::RegisterName {
            id: props.id.clone(),
        },
        i18n.t("register-contact-title"),
        errors,
        onsubmit,
    );
    question.view(&i18n, choices)
}

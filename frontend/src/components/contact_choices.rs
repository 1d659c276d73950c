//! The question "how can we reach you?": each way as a choice, the phone number or e-mail
//! address asked for under the way chosen. One place for the sign-up and a new idea.

use super::choices::{choice_id, Choice, Choices};
use super::error_summary::ShownError;
use super::question::field_errors;
use super::text_field::TextField;
use crate::i18n::I18n;
use teilhabe_events::{Contact, ContactKind, FieldError};
use yew::prelude::*;

/// A way to be reached: its value (`phone`, `email`, `none`), its label, and for a phone or an
/// e-mail the label of the field it asks for and the field's type (also its autocomplete).
pub type Way = (
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
);

/// Whether `value` is a valid contact of the way `kind`.
pub fn check(kind: &str, value: &str) -> Result<(), FieldError> {
    Contact::parse(ContactKind::parse(kind)?, value).map(drop)
}

/// The choices (`legend` and `hint` as the question asks) and the error summary's lines for
/// `error`, the answer's last refusal.
pub fn contact_choices(
    i18n: &I18n,
    ways: &[Way],
    (legend, hint): (String, String),
    kind: &UseStateHandle<String>,
    value: &UseStateHandle<String>,
    error: Option<&FieldError>,
) -> (Html, Vec<ShownError>) {
    let on_kind = error.is_some_and(|e| e.field == "contact.kind");
    let message = error.map(|e| i18n.t(&e.message_key));
    let target = if on_kind {
        choice_id("contact", ways[0].0)
    } else {
        "contact-value".to_owned()
    };
    let (kind_error, value_error) = if on_kind {
        (message.clone(), None)
    } else {
        (None, message.clone())
    };
    let choices = ways
        .iter()
        .map(|(k, label, field)| {
            let mut choice = Choice::new(k, i18n.t(label));
            if let Some((label, input_type)) = field {
                let oninput = {
                    let value = value.clone();
                    Callback::from(move |v: String| value.set(v))
                };
                let mut field =
                    TextField::new("contact-value", i18n.t(label), (**value).clone(), oninput);
                field.error = value_error.clone();
                field.input_type = Some(input_type);
                field.autocomplete = input_type;
                choice.reveal = html! { <div class="reveal">{ field.view() }</div> };
            }
            choice
        })
        .collect();
    let onchange = {
        let kind = kind.clone();
        Callback::from(move |(k, _): (&'static str, bool)| kind.set(k.to_owned()))
    };
    let mut group = Choices::one("contact", legend, choices, (**kind).clone(), onchange);
    group.hint = Some(hint);
    group.error = kind_error;
    (group.view(), field_errors(&target, &message))
}

//! Submitting an idea: whether the working group may ask the submitter about it, and how
//! (optional), with the sentence they agree to.

use super::{caption, update, use_draft, IdeaStep, Steps};
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, Errors};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::{Contact, ContactKind};
use yew::prelude::*;

#[component(IdeaContact)]
pub fn idea_contact() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let kind = use_state(|| draft.contact_kind.clone());
    let value = use_state(|| draft.contact_value.clone());
    let errors = use_state(Errors::none);
    let heading = i18n.t("ideas-ui-contact-title");
    let onsubmit = {
        let (draft, kind, value, errors) =
            (draft.clone(), kind.clone(), value.clone(), errors.clone());
        Callback::from(move |()| {
            let checked = match kind.as_str() {
                "" => Err(Errors::one("contact", "field-error-choose")),
                "none" => Ok(String::new()),
                other => ContactKind::parse(other)
                    .and_then(|k| Contact::parse(k, &value))
                    .map(|c| c.value().unwrap_or_default().to_owned())
                    .map_err(|e| Errors::fields(vec![e])),
            };
            match checked {
                Ok(contact) => {
                    update(&draft, |d| {
                        d.contact_kind = (*kind).clone();
                        d.contact_value = contact;
                    });
                    navigator.push(&IdeaStep::Contact.next(&draft));
                }
                Err(shown) => errors.set(shown),
            }
        })
    };
    let onchange = {
        let kind = kind.clone();
        Callback::from(move |(v, on): (AttrValue, bool)| {
            if on {
                kind.set(v.to_string());
            }
        })
    };
    let value_field = |id: &'static str, label: &str, input_type: &'static str| {
        html! {
            <TextField id={id} label={i18n.t(label)} value={(*value).clone()} oninput={set_text(&value)}
                input_type={input_type} autocomplete={Some(AttrValue::Static(input_type))}
                error={errors.field(&i18n, "contact.value")} />
        }
    };
    let choices = vec![
        Choice::new("none", html! { { i18n.t("ideas-ui-contact-none") } }),
        Choice::new("phone", html! { { i18n.t("ideas-ui-contact-phone") } }).reveal(value_field(
            "contact-phone-value",
            "ideas-ui-contact-phone-label",
            "tel",
        )),
        Choice::new("email", html! { { i18n.t("ideas-ui-contact-email") } }).reveal(value_field(
            "contact-email-value",
            "ideas-ui-contact-email-label",
            "email",
        )),
    ];
    let target = {
        let kind = (*kind).clone();
        move |field: &str| match (field, kind.as_str()) {
            ("contact", _) | (_, "" | "none") => choice_id("contact", "none"),
            (_, other) => format!("contact-{other}-value"),
        }
    };
    // A wrong phone number or address is shown at its own field, not at the question.
    let kind_error = errors
        .fields
        .iter()
        .find(|e| e.field == "contact")
        .map(|e| i18n.t(&e.message_key));
    let chosen: Vec<AttrValue> = (!kind.is_empty())
        .then(|| AttrValue::from((*kind).clone()))
        .into_iter()
        .collect();
    html! {
        <FormPage back={IdeaStep::Contact.back()} caption={caption(&i18n, &draft)} heading={heading.clone()}
            errors={errors.shown(&i18n, target)} {onsubmit} submit={i18n.t("app-continue")}>
            <p class="lead" id="contact-consent">{ i18n.t("ideas-ui-consent") }</p>
            <Choices name="contact" legend={heading} legend_hidden=true hint={i18n.t("ideas-ui-contact-hint")}
                {choices} {chosen} {onchange} error={kind_error} />
        </FormPage>
    }
}

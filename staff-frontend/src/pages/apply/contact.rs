//! Application, question 2: how the office reaches the applicant (e-mail, and a phone number
//! if they like).

use super::{update, use_draft, Step, Steps};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, Errors};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::staff::Email;
use teilhabe_events::{Contact, ContactKind, FieldError};
use yew::prelude::*;

#[component(ApplyContact)]
pub fn apply_contact() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let email = use_state(|| draft.email.clone());
    let phone = use_state(|| draft.phone.clone());
    let errors = use_state(Errors::none);
    let onsubmit = {
        let (draft, email, phone, errors) =
            (draft.clone(), email.clone(), phone.clone(), errors.clone());
        Callback::from(move |()| {
            let email_ok = Email::parse(&email);
            let phone_ok = if phone.trim().is_empty() {
                Ok(String::new())
            } else {
                Contact::parse(ContactKind::Phone, &phone)
                    .map(|c| c.value().unwrap_or_default().to_owned())
                    .map_err(|e| FieldError::new("phone", &e.message_key))
            };
            match (email_ok, phone_ok) {
                (Ok(email), Ok(phone)) => {
                    update(&draft, |d| {
                        d.email = email.as_str().to_owned();
                        d.phone = phone;
                    });
                    navigator.push(&Step::Contact.next(&draft));
                }
                (email, phone) => {
                    errors.set(Errors::fields(
                        [email.err(), phone.err()].into_iter().flatten().collect(),
                    ));
                }
            }
        })
    };
    html! {
        <FormPage back={Step::Contact.back()} caption={i18n.t("apply-caption")} heading={i18n.t("apply-contact-title")}
            errors={errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("app-continue")}>
            <TextField id="email" label={i18n.t("apply-email-label")} hint={i18n.t("apply-email-hint")}
                value={(*email).clone()} oninput={set_text(&email)} input_type="email"
                autocomplete={Some(AttrValue::Static("email"))} error={errors.field(&i18n, "email")} />
            <TextField id="phone" label={i18n.t("apply-phone-label")} hint={i18n.t("apply-phone-hint")}
                value={(*phone).clone()} oninput={set_text(&phone)} input_type="tel"
                autocomplete={Some(AttrValue::Static("tel"))} error={errors.field(&i18n, "phone")} />
        </FormPage>
    }
}

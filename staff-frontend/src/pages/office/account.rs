//! The office opens an account for an auditor (or a colleague); the new holder sets a password
//! through a one-time link.

use crate::api;
use crate::app::{Flash, Route};
use crate::components::choices::{Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_choice, set_text, use_sender, Errors};
use crate::i18n::use_t;
use teilhabe_events::staff_api::AccountRequest;
use yew::prelude::*;

#[component(NewAccount)]
pub fn new_account() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let name = use_state(String::new);
    let email = use_state(String::new);
    let role = use_state(|| "auditor".to_owned());
    let onsubmit = {
        let (sender, name, email, role) =
            (sender.clone(), name.clone(), email.clone(), role.clone());
        Callback::from(move |()| {
            let body = AccountRequest {
                name: (*name).clone(),
                email: (*email).clone(),
                role: (*role).clone(),
            };
            if let Err(errors) = body.parse() {
                return sender.refuse(Errors::fields(errors));
            }
            let key = sender.key(&api::to_json(&body));
            let (holder, this) = (body.name.trim().to_owned(), sender.clone());
            sender.send(
                async move { api::create_account(&body, &key).await },
                move |created| {
                    let link = created.set_password_link;
                    let flash = Flash::Account { name: holder, link };
                    this.pass_on(flash, &Route::AccountCreated);
                },
            );
        })
    };
    let roles = vec![
        Choice::new("auditor", html! { { i18n.t("office-role-auditor") } })
            .hint(i18n.t("office-role-auditor-hint")),
        Choice::new("office", html! { { i18n.t("office-role-office") } })
            .hint(i18n.t("office-role-office-hint")),
    ];
    let errors = &*sender.errors;
    let target = |field: &str| match field {
        "role" => "role-auditor".to_owned(),
        other => other.to_owned(),
    };
    html! {
        <FormPage back={Route::Overview} heading={i18n.t("office-account-title")} errors={errors.shown(&i18n, target)}
            {onsubmit} submit={i18n.t("office-account-submit")} sending={*sender.sending}>
            <TextField id="name" label={i18n.t("office-account-name")} value={(*name).clone()} oninput={set_text(&name)}
                error={errors.field(&i18n, "name")} />
            <TextField id="email" label={i18n.t("office-account-email")} value={(*email).clone()} oninput={set_text(&email)}
                input_type="email" error={errors.field(&i18n, "email")} />
            <Choices name="role" legend={i18n.t("office-account-role")} choices={roles}
                chosen={vec![AttrValue::from((*role).clone())]} onchange={set_choice(&role)} error={errors.field(&i18n, "role")} />
        </FormPage>
    }
}

//! The office opens an account for an auditor (or a colleague); the new holder sets a password
//! through a one-time link.

use super::applications::LinkPanel;
use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::auth::Guard;
use crate::components::choices::{Choice, Choices};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{use_sender, Errors};
use crate::i18n::use_t;
use crate::router::{use_navigator, Link, Redirect};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::AccountRequest;
use yew::prelude::*;

#[component(NewAccount)]
pub fn new_account() -> Html {
    html! {
        <Guard role={Role::Office}>
            <AccountForm />
        </Guard>
    }
}

#[component(AccountForm)]
fn account_form() -> Html {
    let i18n = use_t();
    let navigator = use_navigator();
    let flash = use_flash();
    let sender = use_sender();
    let name = use_state(String::new);
    let email = use_state(String::new);
    let role = use_state(|| "auditor".to_owned());
    let onsubmit = {
        let (sender, name, email, role) =
            (sender.clone(), name.clone(), email.clone(), role.clone());
        let set_flash = flash.set.clone();
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
            let (navigator, set_flash) = (navigator.clone(), set_flash.clone());
            let holder = body.name.trim().to_owned();
            sender.send(
                async move { api::create_account(&body, &key).await },
                move |created| {
                    set_flash.emit(Some(Flash::Account {
                        name: holder,
                        link: created.set_password_link,
                    }));
                    navigator.push(&Route::AccountCreated);
                },
            );
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |(v, _): (AttrValue, bool)| role.set(v.to_string()))
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
            <TextField id="name" label={i18n.t("office-account-name")} value={(*name).clone()} oninput={set(&name)}
                error={errors.field(&i18n, "name")} />
            <TextField id="email" label={i18n.t("office-account-email")} value={(*email).clone()} oninput={set(&email)}
                input_type="email" error={errors.field(&i18n, "email")} />
            <Choices name="role" legend={i18n.t("office-account-role")} choices={roles}
                chosen={vec![AttrValue::from((*role).clone())]} onchange={on_role} error={errors.field(&i18n, "role")} />
        </FormPage>
    }
}

#[component(AccountDone)]
pub fn account_done() -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let Some(Flash::Account { name, link }) = flash.flash else {
        return html! { <Redirect to={Route::NewAccount} /> };
    };
    html! {
        <Guard role={Role::Office}>
            <LinkPanel title={i18n.t_args("office-account-done-title", &[("name", name.clone().into())])}
                text={i18n.t_args("office-account-done-text", &[("name", name.into())])} {link} />
            <Link to={Route::Overview} classes="button button-secondary">{ i18n.t("staff-nav-overview") }</Link>
        </Guard>
    }
}

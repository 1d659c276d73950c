//! Choosing a password through the one-time link of the approval e-mail (or the link the
//! office handed over).

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::components::form_page::FormPage;
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::form::{use_sender, Errors};
use crate::i18n::use_t;
use crate::router::{use_navigator, Link};
use teilhabe_events::staff_api::{parse_password, SetPasswordRequest, PASSWORD_MIN_CHARS};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub token: String,
}

#[component(SetPassword)]
pub fn set_password(props: &Props) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let flash = use_flash();
    let navigator = use_navigator();
    let password = use_state(String::new);
    let repeat = use_state(String::new);
    if props.token.is_empty() {
        return html! {
            <>
                <Heading text={i18n.t("password-no-token-title")} />
                <p>{ i18n.t("password-no-token-text") }</p>
                <Link to={Route::Login { next: None }} classes="button">{ i18n.t("login-title") }</Link>
            </>
        };
    }
    let onsubmit = {
        let (sender, password, repeat, token) = (
            sender.clone(),
            password.clone(),
            repeat.clone(),
            props.token.clone(),
        );
        let set_flash = flash.set.clone();
        Callback::from(move |()| {
            if let Err(error) = parse_password(&password) {
                return sender.refuse(Errors::fields(vec![error]));
            }
            if *password != *repeat {
                return sender.refuse(Errors::one("repeat", "password-error-repeat"));
            }
            let body = SetPasswordRequest {
                token: token.clone(),
                password: (*password).clone(),
            };
            let key = sender.key(&api::to_json(&body));
            let (set_flash, navigator) = (set_flash.clone(), navigator.clone());
            sender.send(
                async move { api::set_password(&body, &key).await },
                move |()| {
                    let on = Route::Login { next: None };
                    set_flash.emit(Some(Flash::Notice {
                        on: on.clone(),
                        key: "password-done",
                        name: String::new(),
                    }));
                    navigator.replace(&on);
                },
            );
        })
    };
    let errors = &*sender.errors;
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <FormPage heading={i18n.t("password-title")} errors={errors.shown(&i18n, str::to_owned)}
            {onsubmit} submit={i18n.t("password-submit")} sending={*sender.sending}>
            <TextField id="password" label={i18n.t("password-new")}
                hint={i18n.t_args("password-hint", &[("count", (PASSWORD_MIN_CHARS as i64).into())])}
                value={(*password).clone()} oninput={input(&password)} input_type="password"
                autocomplete={Some(AttrValue::Static("new-password"))} error={errors.field(&i18n, "password")} />
            <TextField id="repeat" label={i18n.t("password-repeat")} value={(*repeat).clone()}
                oninput={input(&repeat)} input_type="password"
                autocomplete={Some(AttrValue::Static("new-password"))} error={errors.field(&i18n, "repeat")} />
        </FormPage>
    }
}

//! Choosing a password through the one-time link of the approval e-mail (or the link the
//! office handed over).

use crate::api;
use crate::app::{Flash, Route};
use crate::components::form_page::FormPage;
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::i18n::use_t;
use crate::router::Link;
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
            let this = sender.clone();
            sender.send(
                async move { api::set_password(&body, &key).await },
                move |()| {
                    let on = Route::Login { next: None };
                    this.hand_over(Flash::Notice {
                        on: on.clone(),
                        key: "password-done",
                        name: String::new(),
                    });
                    this.navigator.replace(&on);
                },
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage heading={i18n.t("password-title")} errors={errors.shown(&i18n, str::to_owned)}
            {onsubmit} submit={i18n.t("password-submit")} sending={*sender.sending}>
            <TextField id="password" label={i18n.t("password-new")}
                hint={i18n.t_args("password-hint", &[("count", (PASSWORD_MIN_CHARS as i64).into())])}
                value={(*password).clone()} oninput={set_text(&password)} input_type="password"
                autocomplete={Some(AttrValue::Static("new-password"))} error={errors.field(&i18n, "password")} />
            <TextField id="repeat" label={i18n.t("password-repeat")} value={(*repeat).clone()}
                oninput={set_text(&repeat)} input_type="password"
                autocomplete={Some(AttrValue::Static("new-password"))} error={errors.field(&i18n, "repeat")} />
        </FormPage>
    }
}

//! Logging in with e-mail address and password.

use crate::api;
use crate::app::Route;
use crate::auth::{home_of, use_auth, Auth};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::i18n::use_t;
use crate::router::{Link, Redirect};
use teilhabe_events::staff_api::LoginRequest;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where to go after logging in (an address inside the staff app).
    pub next: Option<String>,
}

#[component(Login)]
pub fn login(props: &Props) -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let sender = use_sender();
    let email = use_state(String::new);
    let password = use_state(String::new);
    if let Auth::LoggedIn(me) = &auth.auth {
        if !*sender.sending {
            return html! { <Redirect to={home_of(me.role)} /> };
        }
    }
    let onsubmit = {
        let (sender, email, password) = (sender.clone(), email.clone(), password.clone());
        let (set_auth, next) = (auth.set.clone(), props.next.clone());
        Callback::from(move |()| {
            let mut missing = Vec::new();
            if email.trim().is_empty() {
                missing.push(teilhabe_events::FieldError::new(
                    "email",
                    "login-error-email",
                ));
            }
            if password.is_empty() {
                missing.push(teilhabe_events::FieldError::new(
                    "password",
                    "login-error-password",
                ));
            }
            if !missing.is_empty() {
                return sender.refuse(Errors::fields(missing));
            }
            let body = LoginRequest {
                email: email.trim().to_owned(),
                password: (*password).clone(),
            };
            let key = sender.key(&api::to_json(&body));
            let (set_auth, navigator, next) =
                (set_auth.clone(), sender.navigator.clone(), next.clone());
            sender.send(async move { api::login(&body, &key).await }, move |me| {
                let to = next
                    .map(|n| {
                        let (path, search) = n.split_once('?').unwrap_or((&n, ""));
                        Route::recognize(path, search)
                    })
                    .filter(|r| !matches!(r, Route::NotFound | Route::Login { .. }))
                    .unwrap_or_else(|| home_of(me.role));
                set_auth.emit(Auth::LoggedIn(me));
                navigator.replace(&to);
            });
        })
    };
    let errors = &*sender.errors;
    html! {
        <>
            <FormPage heading={i18n.t("login-title")} errors={errors.shown(&i18n, str::to_owned)}
                {onsubmit} submit={i18n.t("login-submit")} sending={*sender.sending}>
                <p>{ i18n.t("login-intro") }</p>
                <TextField id="email" label={i18n.t("login-email")} value={(*email).clone()}
                    oninput={set_text(&email)} input_type="email" autocomplete={Some(AttrValue::Static("username"))}
                    error={errors.field(&i18n, "email")} />
                <TextField id="password" label={i18n.t("login-password")} value={(*password).clone()}
                    oninput={set_text(&password)} input_type="password"
                    autocomplete={Some(AttrValue::Static("current-password"))}
                    error={errors.field(&i18n, "password")} />
            </FormPage>
            <h2>{ i18n.t("login-no-account-title") }</h2>
            <p>{ i18n.t("login-no-account-text") }</p>
            <p class="link-line"><Link to={Route::Apply}>{ i18n.t("login-apply-link") }</Link></p>
            <h2>{ i18n.t("ideas-ui-login-title") }</h2>
            <p>{ i18n.t("ideas-ui-login-text") }</p>
            <p class="link-line"><Link to={Route::Ideas}>{ i18n.t("ideas-ui-login-link") }</Link></p>
        </>
    }
}

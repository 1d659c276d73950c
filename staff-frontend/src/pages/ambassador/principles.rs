//! New principles of cooperation: shown in full at the next login, accepted before anything
//! else.

use crate::api;
use crate::app::Route;
use crate::auth::{use_auth, Auth};
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load};
use crate::components::principles::{PrinciplesConsent, PrinciplesText};
use crate::form::{use_sender, Errors};
use crate::i18n::use_t;
use crate::router::Redirect;
use yew::prelude::*;

#[component(AcceptPrinciples)]
pub fn accept_principles() -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let sender = use_sender();
    let accepted = use_state(|| false);
    let principles = use_load(String::new(), |_| api::principles());
    let Auth::LoggedIn(me) = auth.auth.clone() else {
        return html! {};
    };
    if me.principles_to_accept.is_none() && !*sender.sending {
        return html! { <Redirect to={Route::Dashboard} /> };
    }
    let Load::Ready(principles) = &*principles.state else {
        return principles.state.status();
    };
    let onsubmit = {
        let (sender, accepted, set_auth) = (sender.clone(), accepted.clone(), auth.set.clone());
        let version = principles.version;
        Callback::from(move |()| {
            if !*accepted {
                return sender.refuse(Errors::one("accept", "apply-principles-error-accept"));
            }
            let key = sender.key(&version.to_string());
            let (set_auth, navigator, me) =
                (set_auth.clone(), sender.navigator.clone(), me.clone());
            sender.send(
                async move { api::accept_principles(version, &key).await },
                move |()| {
                    set_auth.emit(Auth::LoggedIn(teilhabe_events::staff_api::Me {
                        principles_to_accept: None,
                        ..me
                    }));
                    navigator.replace(&Route::Dashboard);
                },
            );
        })
    };
    let errors = &*sender.errors;
    html! {
        <FormPage heading={i18n.t("ambassador-principles-title")}
            errors={errors.shown(&i18n, |_| "accept-yes".to_owned())} {onsubmit}
            submit={i18n.t("ambassador-principles-submit")} sending={*sender.sending}>
            <p>{ i18n.t("ambassador-principles-intro") }</p>
            <PrinciplesText text={principles.text.clone()} />
            <PrinciplesConsent accepted={accepted.clone()} error={errors.field(&i18n, "accept")} />
        </FormPage>
    }
}

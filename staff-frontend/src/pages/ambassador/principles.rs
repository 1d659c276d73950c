//! New principles of cooperation: shown in full at the next login, accepted before anything
//! else.

use crate::api;
use crate::app::Route;
use crate::auth::{use_auth, Auth, Guard};
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::principles::{PrinciplesConsent, PrinciplesText};
use crate::form::{use_sender, Errors};
use crate::i18n::use_t;
use crate::router::{use_navigator, Redirect};
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[component(AcceptPrinciples)]
pub fn accept_principles() -> Html {
    html! {
        <Guard role={Role::Ambassador} principles_page=true>
            <AcceptPage />
        </Guard>
    }
}

#[component(AcceptPage)]
fn accept_page() -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let navigator = use_navigator();
    let sender = use_sender();
    let accepted = use_state(|| false);
    let principles = use_load(String::new(), |_| api::principles());
    let Auth::LoggedIn(me) = auth.auth.clone() else {
        return html! {};
    };
    if me.principles_to_accept.is_none() && !*sender.sending {
        return html! { <Redirect to={Route::Dashboard} /> };
    }
    let principles = match &*principles.state {
        Load::Ready(p) => p.clone(),
        Load::Loading => return html! { <LoadStatus /> },
        Load::Failed(f) => return html! { <LoadStatus failure={f.clone()} /> },
    };
    let onsubmit = {
        let (sender, accepted, set_auth) = (sender.clone(), accepted.clone(), auth.set.clone());
        let version = principles.version;
        Callback::from(move |()| {
            if !*accepted {
                return sender.refuse(Errors::one("accept", "apply-principles-error-accept"));
            }
            let key = sender.key(&version.to_string());
            let (set_auth, navigator, me) = (set_auth.clone(), navigator.clone(), me.clone());
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

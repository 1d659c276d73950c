//! Application: the principles of cooperation, shown in full, and accepting them. The version
//! shown is the version sent (and recorded).

use super::{update, use_draft, Step, Steps};
use crate::api;
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load};
use crate::components::principles::{PrinciplesConsent, PrinciplesText};
use crate::form::Errors;
use crate::i18n::use_t;
use crate::router::use_navigator;
use yew::prelude::*;

#[component(ApplyPrinciples)]
pub fn apply_principles() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let principles = use_load(String::new(), |_| api::principles());
    let accepted = use_state(|| draft.principles_version > 0);
    let errors = use_state(Errors::none);
    let Load::Ready(principles) = &*principles.state else {
        return principles.state.status();
    };
    let onsubmit = {
        let (draft, accepted, errors) = (draft.clone(), accepted.clone(), errors.clone());
        let version = principles.version;
        Callback::from(move |()| {
            if *accepted {
                update(&draft, |d| d.principles_version = version);
                navigator.push(&Step::Principles.next(&draft));
            } else {
                update(&draft, |d| d.principles_version = 0);
                errors.set(Errors::one("accept", "apply-principles-error-accept"));
            }
        })
    };
    html! {
        <FormPage back={Step::Principles.back()} caption={i18n.t("apply-caption")}
            heading={i18n.t("apply-principles-title")} errors={errors.shown(&i18n, |_| "accept-yes".to_owned())}
            {onsubmit} submit={i18n.t("app-continue")}>
            <p>{ i18n.t("apply-principles-intro") }</p>
            <PrinciplesText text={principles.text.clone()} />
            <PrinciplesConsent accepted={accepted.clone()} error={errors.field(&i18n, "accept")} />
        </FormPage>
    }
}

//! The auditors' start page: their tools live elsewhere; here they learn so and can log out.

use crate::auth::Guard;
use crate::components::page::Heading;
use crate::i18n::use_t;
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[function_component(AuditorHome)]
pub fn auditor_home() -> Html {
    let i18n = use_t();
    html! {
        <Guard role={Role::Auditor}>
            <Heading text={i18n.t("staff-auditor-title")} />
            <p>{ i18n.t("staff-auditor-text") }</p>
        </Guard>
    }
}

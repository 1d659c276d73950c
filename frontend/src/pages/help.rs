//! Help by phone or in person: the programme office's number, hours and address.

use crate::components::page::Heading;
use crate::components::prose::phone_link;
use crate::i18n::use_t;
use yew::prelude::*;

#[function_component(Help)]
pub fn help() -> Html {
    let i18n = use_t();
    html! {
        <>
            <Heading text={i18n.t("help-title")} />
            <p class="lead">{ i18n.t("help-intro") }</p>
            <dl class="facts">
                <div>
                    <dt>{ i18n.t("help-phone-label") }</dt>
                    <dd>{ phone_link(&i18n) }</dd>
                </div>
                <div>
                    <dt>{ i18n.t("help-hours-label") }</dt>
                    <dd>{ i18n.t("help-hours") }</dd>
                </div>
                <div>
                    <dt>{ i18n.t("help-place-label") }</dt>
                    <dd>{ i18n.t("help-place") }</dd>
                </div>
            </dl>
        </>
    }
}

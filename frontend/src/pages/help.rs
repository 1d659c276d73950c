//! Help by phone or in person: the programme office's number, hours and address.

use crate::components::page::Heading;
use crate::components::prose::phone_link;
use crate::i18n::I18n;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn help(i18n: &I18n) -> Html {
    html! {
        <>
            <Heading text={i18n.t("help-title")} />
            <p class="lead">{ i18n.t("help-intro") }</p>
            <dl class="facts">
                <div>
                    <dt>{ i18n.t("help-phone-label") }</dt>
                    <dd>{ phone_link(i18n) }</dd>
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

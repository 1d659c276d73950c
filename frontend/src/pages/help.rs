//! Help by phone or in person: the programme office's number, hours and address.

use crate::components::page::Heading;
use crate::components::prose::{fact, phone_link};
use crate::i18n::I18n;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn help(i18n: &I18n) -> Html {
    html! {
        <>
            <Heading text={i18n.t("help-title")} />
            <p class="lead">{ i18n.t("help-intro") }</p>
            <dl class="facts">
                { fact(i18n, "help-phone-label", phone_link(i18n)) }
                { fact(i18n, "help-hours-label", html! { { i18n.t("help-hours") } }) }
                { fact(i18n, "help-place-label", html! { { i18n.t("help-place") } }) }
            </dl>
        </>
    }
}

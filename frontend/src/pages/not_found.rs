//! The page for addresses that lead nowhere.

use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn not_found(i18n: &I18n) -> Html {
    html! {
        <>
            <Heading text={i18n.t("app-not-found-title")} />
            <p>{ i18n.t("app-not-found-text") }</p>
            <p class="link-line"><Link to={Route::Start}>{ i18n.t("app-not-found-home") }</Link></p>
        </>
    }
}

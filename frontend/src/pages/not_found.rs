//! The page for addresses that lead nowhere.

use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::use_t;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_t();
    html! {
        <>
            <Heading text={i18n.t("app-not-found-title")} />
            <p>{ i18n.t("app-not-found-text") }</p>
            <p><Link<Route> to={Route::Start}>{ i18n.t("app-not-found-home") }</Link<Route>></p>
        </>
    }
}

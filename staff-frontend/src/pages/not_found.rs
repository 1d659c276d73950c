//! An address the staff app does not know.

use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_t();
    html! {
        <>
            <Heading text={i18n.t("app-not-found-title")} />
            <p>{ i18n.t("app-not-found-text") }</p>
            <Link to={Route::Home} classes="button">{ i18n.t("staff-to-my-start") }</Link>
        </>
    }
}

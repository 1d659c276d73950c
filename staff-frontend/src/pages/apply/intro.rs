//! What ambassadors do, what the application asks, and the button that starts it.

use super::Step;
use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[component(ApplyIntro)]
pub fn apply_intro() -> Html {
    let i18n = use_t();
    html! {
        <>
            <Heading text={i18n.t("apply-title")} />
            <p class="lead">{ i18n.t("apply-intro") }</p>
            <h2>{ i18n.t("apply-what-title") }</h2>
            <ul class="prose-list">
                <li>{ i18n.t("apply-what-1") }</li>
                <li>{ i18n.t("apply-what-2") }</li>
                <li>{ i18n.t("apply-what-3") }</li>
            </ul>
            <h2>{ i18n.t("apply-how-title") }</h2>
            <p>{ i18n.t("apply-how-text") }</p>
            <Link to={Route::ApplyStep(Step::Name)} classes="button">{ i18n.t("apply-start") }</Link>
        </>
    }
}

//! The start page: what Teilhabe is, and four big choices.

use crate::app::Route;
use crate::components::page::Heading;
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn start(i18n: &I18n) -> Html {
    let choice = |route: Route, title: &str, hint: &str| {
        html! {
            <li>
                <Link to={route} classes="choice">
                    <span class="choice-title">{ i18n.t(title) }</span>
                    <span class="choice-hint">{ i18n.t(hint) }</span>
                </Link>
            </li>
        }
    };
    html! {
        <>
            <Heading text={i18n.t("start-title")} />
            <p class="lead">{ i18n.t("start-intro") }</p>
            <h2>{ i18n.t("start-choose") }</h2>
            <ul class="choices">
                { choice(Route::Finder, "start-find", "start-find-hint") }
                { choice(Route::BookingFind, "start-booking", "start-booking-hint") }
                { choice(Route::Help, "start-help", "start-help-hint") }
                // The ideas store is a bundle of its own: a plain link loads it.
                <li>
                    <a href="/ideas" class="choice">
                        <span class="choice-title">{ i18n.t("start-ideas") }</span>
                        <span class="choice-hint">{ i18n.t("start-ideas-hint") }</span>
                    </a>
                </li>
            </ul>
        </>
    }
}

//! Teilhabe explained in Leichte Sprache (in German; in the other languages, in their own
//! plain "easy read" style): what it is, how to book, what a booking code is, where to get
//! help, and the settings.

use crate::app::Route;
use crate::components::page::Heading;
use crate::components::prose::{lines, list, phone_link, section};
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn easy_read(i18n: &I18n) -> Html {
    let help = html! {
        <>
            { lines(i18n, &["easy-help-text"]) }
            <p>{ phone_link(i18n) }</p>
            { lines(i18n, &["easy-help-place"]) }
        </>
    };
    html! {
        <>
            <Heading text={i18n.t("easy-title")} />
            { section(i18n, "easy-what-title", lines(i18n, &["easy-what-1", "easy-what-2", "easy-what-3"])) }
            { section(i18n, "easy-how-title", list(i18n, "easy-how-steps", true)) }
            <p><Link to={Route::Finder} classes="button">{ i18n.t("start-find") }</Link></p>
            { section(i18n, "easy-code-title", lines(i18n, &["easy-code-1", "easy-code-2"])) }
            { section(i18n, "easy-help-title", help) }
            { section(i18n, "easy-settings-title", lines(i18n, &["easy-settings-1", "easy-settings-2"])) }
        </>
    }
}

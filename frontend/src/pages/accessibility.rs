//! The accessibility statement (Erklärung zur Barrierefreiheit), in the form BITV 2.0 asks:
//! how far the pages conform, what is not yet accessible, how to report a barrier, and the
//! state's conciliation procedure.

use crate::app::Route;
use crate::components::page::Heading;
use crate::components::prose::{fact, list, paragraphs, phone_link, section};
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn accessibility(i18n: &I18n) -> Html {
    let email = i18n.t("help-email-address");
    let contact = html! {
        <>
            { paragraphs(i18n, &["a11y-contact-text"]) }
            <dl class="facts">
                { fact(i18n, "help-phone-label", phone_link(i18n)) }
                { fact(i18n, "help-email-label", html! { <a href={format!("mailto:{email}")}>{ email.clone() }</a> }) }
            </dl>
            <p><Link to={Route::ReportBarrier} classes="button">{ i18n.t("report-title") }</Link></p>
            { paragraphs(i18n, &["a11y-contact-answer"]) }
        </>
    };
    let enforcement = html! {
        <>
            { paragraphs(i18n, &["a11y-enforcement-text", "a11y-enforcement-free"]) }
            <p class="link-line"><a href={i18n.t("a11y-enforcement-address")}>{ i18n.t("a11y-enforcement-link") }</a></p>
        </>
    };
    html! {
        <>
            <Heading text={i18n.t("a11y-title")} />
            <p class="lead">{ i18n.t("a11y-intro") }</p>
            { section(i18n, "a11y-state-title", paragraphs(i18n, &["a11y-state-text"])) }
            { section(i18n, "a11y-gaps-title", list(i18n, "a11y-gaps", false)) }
            { section(i18n, "a11y-method-title", paragraphs(i18n, &["a11y-method-text", "a11y-method-date"])) }
            { section(i18n, "a11y-contact-title", contact) }
            { section(i18n, "a11y-enforcement-title", enforcement) }
        </>
    }
}

//! Report a barrier: by e-mail (a prepared message) or by phone.

use crate::api::encode;
use crate::app::Route;
use crate::components::page::Heading;
use crate::components::prose::{fact, paragraphs, phone_link};
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

/// The page; it keeps no state, so it is a function rather than a component.
pub fn report_barrier(i18n: &I18n) -> Html {
    let email = i18n.t("help-email-address");
    let mailto = format!(
        "mailto:{email}?subject={}&body={}",
        encode(&i18n.t("report-mail-subject")),
        encode(&i18n.t("report-mail-body"))
    );
    html! {
        <>
            <Heading text={i18n.t("report-title")} />
            <p class="lead">{ i18n.t("report-intro") }</p>
            { paragraphs(i18n, &["report-how"]) }
            <p><a class="button" href={mailto}>{ i18n.t("report-write") }</a></p>
            <dl class="facts">
                { fact(i18n, "help-email-label", html! { { email } }) }
                { fact(i18n, "help-phone-label", phone_link(i18n)) }
                { fact(i18n, "help-hours-label", html! { { i18n.t("help-hours") } }) }
            </dl>
            <p class="link-line"><Link to={Route::Accessibility}>{ i18n.t("a11y-title") }</Link></p>
        </>
    }
}

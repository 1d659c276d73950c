//! The "back" link above a question.

use crate::app::Route;
use crate::i18n::I18n;
use crate::router::Link;
use yew::prelude::*;

pub fn back_link(i18n: &I18n, to: Route) -> Html {
    html! {
        <Link {to} classes="back-link">{ i18n.t("app-back") }</Link>
    }
}

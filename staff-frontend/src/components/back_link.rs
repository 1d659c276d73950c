//! The "back" link above a form.

use crate::app::Route;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
}

#[component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let i18n = use_t();
    html! {
        <Link to={props.to.clone()} classes="back-link">{ i18n.t("app-back") }</Link>
    }
}

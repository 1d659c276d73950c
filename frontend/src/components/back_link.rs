//! The "back" link above a question.

use crate::app::Route;
use crate::i18n::use_t;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub to: Route,
}

#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let i18n = use_t();
    html! {
        <Link<Route> to={props.to.clone()} classes="back-link">{ i18n.t("app-back") }</Link<Route>>
    }
}

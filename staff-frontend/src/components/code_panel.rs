//! The page after registering a resident (by an ambassador, or by the office on the phone):
//! the booking code in large print, read letter by letter, with a button that prints the page.

use super::page::Heading;
use crate::app::{use_flash, Flash, Route};
use crate::format::spelled;
use crate::i18n::use_t;
use crate::router::{Link, Redirect};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodePanelProps {
    /// Where to register the next resident.
    pub another: Route,
    /// The way back (also where the page leads when there is no registration to show).
    pub back: Route,
    /// The message id of the way back.
    pub back_label: &'static str,
}

#[component(CodePanel)]
pub fn code_panel(props: &CodePanelProps) -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let Some(Flash::Registered { name, result }) = flash.flash else {
        return html! { <Redirect to={props.back.clone()} /> };
    };
    let code = &result.booking_code;
    let title = match result.waitlist_position {
        Some(_) => "assisted-done-title-waitlisted",
        None => "assisted-done-title",
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <>
            <p class="print-only">{ i18n.t("app-name") }</p>
            <div class="panel">
                <Heading text={i18n.t(title)} />
                <p class="panel-label">{ i18n.t_args("assisted-done-code-for", &[("name", name.into())]) }</p>
                <p class="booking-code">
                    <span aria-hidden="true">{ code }</span>
                    <span class="visually-hidden">{ spelled(code) }</span>
                </p>
            </div>
            if let Some(position) = result.waitlist_position {
                <p class="lead">{ i18n.t_args("assisted-done-waitlist", &[("position", position.into())]) }</p>
            }
            <p>{ i18n.t("assisted-done-note") }</p>
            <p class="print-only">{ i18n.t_args("confirm-print-help", &[("phone", i18n.t("help-phone-number").into())]) }</p>
            <button type="button" class="button" onclick={print}>{ i18n.t("assisted-done-print") }</button>
            <div class="button-group no-print">
                <Link to={props.another.clone()} classes="button button-secondary">{ i18n.t("assisted-another") }</Link>
                <Link to={props.back.clone()} classes="button button-secondary">{ i18n.t(props.back_label) }</Link>
            </div>
        </>
    }
}

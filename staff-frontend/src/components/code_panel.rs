//! A booking code in large print, read letter by letter, with a button that prints the page.

use super::page::Heading;
use crate::format::spelled;
use crate::i18n::use_t;
use teilhabe_events::api::RegistrationCreated;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodePanelProps {
    pub result: RegistrationCreated,
    /// The resident's name.
    pub name: String,
}

#[component(CodePanel)]
pub fn code_panel(props: &CodePanelProps) -> Html {
    let i18n = use_t();
    let code = &props.result.booking_code;
    let title = match props.result.waitlist_position {
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
                <p class="panel-label">{ i18n.t_args("assisted-done-code-for", &[("name", props.name.clone().into())]) }</p>
                <p class="booking-code">
                    <span aria-hidden="true">{ code }</span>
                    <span class="visually-hidden">{ spelled(code) }</span>
                </p>
            </div>
            if let Some(position) = props.result.waitlist_position {
                <p class="lead">{ i18n.t_args("assisted-done-waitlist", &[("position", position.into())]) }</p>
            }
            <p>{ i18n.t("assisted-done-note") }</p>
            <p class="print-only">{ i18n.t_args("confirm-print-help", &[("phone", i18n.t("help-phone-number").into())]) }</p>
            <button type="button" class="button" onclick={print}>{ i18n.t("assisted-done-print") }</button>
        </>
    }
}

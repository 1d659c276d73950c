//! A page that is one form: back link, error summary, the heading, the fields, and one button
//! that sends them.

use super::back_link::BackLink;
use super::error_summary::{ErrorSummary, ShownError};
use super::page::Heading;
use crate::app::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormPageProps {
    #[prop_or_default]
    pub back: Option<Route>,
    pub heading: String,
    /// A line above the heading saying what the form is about.
    #[prop_or_default]
    pub caption: Option<String>,
    pub errors: Vec<ShownError>,
    pub onsubmit: Callback<()>,
    pub submit: String,
    /// A red button: the form ends or removes something.
    #[prop_or_default]
    pub warning: bool,
    /// While the answers are on their way: the button is disabled.
    #[prop_or_default]
    pub sending: bool,
    pub children: Html,
}

#[component(FormPage)]
pub fn form_page(props: &FormPageProps) -> Html {
    let onsubmit = props.onsubmit.reform(|e: SubmitEvent| e.prevent_default());
    let button = classes!("button", props.warning.then_some("button-warning"));
    html! {
        <>
            if let Some(back) = &props.back {
                <BackLink to={back.clone()} />
            }
            <ErrorSummary errors={props.errors.clone()} />
            <form {onsubmit} novalidate=true>
                if let Some(caption) = &props.caption {
                    <p class="caption">{ caption }</p>
                }
                <Heading text={props.heading.clone()} error={!props.errors.is_empty()} />
                { props.children.clone() }
                <button type="submit" class={button} disabled={props.sending}>{ &props.submit }</button>
            </form>
        </>
    }
}

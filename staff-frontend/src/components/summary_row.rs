//! One answer in a check-your-answers list (`<dl class="summary">`): the question, the answer
//! and a link back to the page that asks it.

use crate::app::Route;
use crate::router::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryRowProps {
    /// The question, also read out after the link text so each link says what it changes.
    pub label: String,
    /// The page that asks the question.
    pub to: Route,
    /// The link text ("Ändern").
    pub change: String,
    /// The answer.
    pub children: Html,
}

#[component(SummaryRow)]
pub fn summary_row(props: &SummaryRowProps) -> Html {
    html! {
        <div>
            <dt>{ props.label.clone() }</dt>
            <dd>{ props.children.clone() }</dd>
            <dd class="summary-action">
                <Link to={props.to.clone()}>
                    { props.change.clone() }<span class="visually-hidden">{ format!(" {}", props.label) }</span>
                </Link>
            </dd>
        </div>
    }
}

//! The error summary at the top of a form: announced, focused, linking to each field.

use super::page::focus_by_id;
use crate::app::Route;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

/// One problem: the id of the input it is about (or the address of the page that asks for it,
/// or empty) and the translated message.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownError {
    pub target: String,
    pub message: String,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<ShownError>,
}

#[component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let i18n = use_t();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.is_empty() {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={node} aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ i18n.t("app-error-summary-title") }</h2>
            <ul>
                { for props.errors.iter().map(|e| {
                    if e.target.is_empty() {
                        html! { <li>{ &e.message }</li> }
                    } else if e.target.starts_with('/') {
                        // A question on another page (from the check-your-answers page).
                        let (path, search) = e.target.split_once('?').unwrap_or((&e.target, ""));
                        html! { <li><Link to={Route::recognize(path, search)}>{ &e.message }</Link></li> }
                    } else {
                        let target = e.target.clone();
                        let onclick = Callback::from(move |ev: MouseEvent| {
                            ev.prevent_default();
                            focus_by_id(&target);
                        });
                        html! { <li><a href={format!("#{}", e.target)} {onclick}>{ &e.message }</a></li> }
                    }
                }) }
            </ul>
        </div>
    }
}

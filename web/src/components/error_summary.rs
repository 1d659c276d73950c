//! The error summary at the top of a form: announced, focused, linking to each field.

use super::page::focus_by_id;
use crate::api::ApiFailure;
use crate::i18n::{use_t, I18n};
use crate::router::{Link, Routable};
use yew::prelude::*;

/// One problem: the id of the input it is about (or the address of the page that asks for it,
/// or empty) and the translated message.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownError {
    pub target: String,
    pub message: String,
}

/// What a failed request is shown as: one line per field the server named (linked to the input
/// `target` gives for the field, if any), else its message.
pub fn failure_errors(
    i18n: &I18n,
    failure: Option<&ApiFailure>,
    target: fn(&str) -> &'static str,
) -> Vec<ShownError> {
    let shown = |target: &str, key: &str| ShownError {
        target: target.to_owned(),
        message: i18n.t(key),
    };
    match failure {
        Some(ApiFailure::Problem { errors, .. }) if !errors.is_empty() => errors
            .iter()
            .map(|e| shown(target(&e.field), &e.message_key))
            .collect(),
        Some(other) => vec![shown("", other.message_key())],
        None => vec![],
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<ShownError>,
}

/// The summary (each app names it: `type ErrorSummary = error_summary::ErrorSummary<Route>`;
/// a target starting with `/` is a page of that app's routes).
#[component(ErrorSummary)]
pub fn error_summary<R: Routable>(props: &ErrorSummaryProps) -> Html {
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
                    } else if R::SUMMARY_PAGES && e.target.starts_with('/') {
                        // A question on another page (from the check-your-answers page).
                        let (path, search) = e.target.split_once('?').unwrap_or((&e.target, ""));
                        html! { <li><Link<R> to={R::recognize(path, search)}>{ &e.message }</Link<R>></li> }
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

//! What every form field says under its label or legend: its hint and its error message.

use yew::prelude::*;

/// The hint and the error message of field `id` (their ids are `{id}-hint` and `{id}-error`),
/// and the `aria-describedby` that names them (`None` when there are neither).
pub fn notes(id: &str, hint: Option<String>, error: Option<String>) -> (Html, Option<String>) {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        hint.as_ref().map(|_| hint_id.as_str()),
        error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let notes = html! {
        <>
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if let Some(error) = error {
                <p class="error-message" id={error_id}>{ error }</p>
            }
        </>
    };
    (notes, described)
}

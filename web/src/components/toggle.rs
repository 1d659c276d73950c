//! Large on/off buttons (`aria-pressed`) in labelled groups: the settings and the course
//! finder's filters.

use yew::prelude::*;

/// A button that is on or off.
pub fn toggle(
    label: Html,
    pressed: bool,
    lang: Option<&'static str>,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class="option" {lang} aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
            { label }
        </button>
    }
}

/// A group of toggles with a visible label.
pub fn toggle_group(id: &'static str, label: String, options: Html) -> Html {
    html! {
        <div class="setting" role="group" aria-labelledby={id}>
            <p class="setting-label" {id}>{ label }</p>
            <div class="options">{ options }</div>
        </div>
    }
}

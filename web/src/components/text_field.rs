//! A labelled text input (one line or several) with an optional hint and error message.
//!
//! A function, not a component: it keeps no state, and a component's properties builder would
//! be repeated at every place it is used (size counts in the residents' app, see the README).
//! The staff app wraps it in a component of its own for its `html!` forms.

use yew::prelude::*;

/// A text field; `view` draws it.
pub struct TextField {
    pub id: AttrValue,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: String,
    pub oninput: Callback<String>,
    /// `text`, `tel`, `email`; `None` for several lines (a `textarea`).
    pub input_type: Option<AttrValue>,
    /// `None`: the browser decides.
    pub autocomplete: Option<AttrValue>,
    pub inputmode: Option<AttrValue>,
    pub input_class: Classes,
}

impl TextField {
    /// A one-line text field that lets the browser fill it in (`autocomplete="on"`).
    pub fn new(
        id: impl Into<AttrValue>,
        label: String,
        value: String,
        oninput: Callback<String>,
    ) -> Self {
        Self {
            id: id.into(),
            label,
            hint: None,
            error: None,
            value,
            oninput,
            input_type: Some(AttrValue::Static("text")),
            autocomplete: Some(AttrValue::Static("on")),
            inputmode: None,
            input_class: classes!("input"),
        }
    }

    pub fn view(self) -> Html {
        let id = self.id;
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described: Vec<&str> = [
            self.hint.as_ref().map(|_| hint_id.as_str()),
            self.error.as_ref().map(|_| error_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let described = (!described.is_empty()).then(|| described.join(" "));
        let invalid = self.error.as_ref().map(|_| "true");
        let oninput = self.oninput.reform(|e: InputEvent| {
            // `value` is read the same way from an input and a textarea.
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            input.value()
        });
        let class = self.input_class;
        html! {
            <div class={classes!("field", self.error.as_ref().map(|_| "field-error"))}>
                <label class="label" for={id.clone()}>{ self.label }</label>
                if let Some(hint) = self.hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
                if let Some(error) = self.error {
                    <p class="error-message" id={error_id}>{ error }</p>
                }
                if let Some(input_type) = self.input_type {
                    <input {class} id={id.clone()} name={id} type={input_type} value={self.value}
                        autocomplete={self.autocomplete} inputmode={self.inputmode}
                        aria-describedby={described} aria-invalid={invalid} {oninput} />
                } else {
                    <textarea {class} id={id.clone()} name={id} rows="5" value={self.value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} />
                }
            </div>
        }
    }
}

//! A labelled text input (one line or several) with an optional hint and error message.
//!
//! A function, not a component: it keeps no state, and a component's properties builder would
//! be repeated at every place it is used (size counts, see the README). The staff app's field
//! (`teilhabe_web::components::text_field`) draws the same markup with more options
//! (`inputmode`, classes made at run time); this narrower copy costs the residents' download
//! about 0.2 KB less.

use teilhabe_web::components::field::notes;
use yew::prelude::*;

/// A text field; `view` draws it.
pub struct TextField {
    pub id: &'static str,
    pub label: String,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub value: String,
    pub oninput: Callback<String>,
    /// `text`, `tel`, `email`; `None` for several lines (a `textarea`).
    pub input_type: Option<&'static str>,
    pub autocomplete: &'static str,
    pub input_class: &'static str,
}

impl TextField {
    /// A one-line text field.
    pub fn new(id: &'static str, label: String, value: String, oninput: Callback<String>) -> Self {
        Self {
            id,
            label,
            hint: None,
            error: None,
            value,
            oninput,
            input_type: Some("text"),
            autocomplete: "on",
            input_class: "input",
        }
    }

    pub fn view(self) -> Html {
        let id = self.id;
        let invalid = self.error.as_ref().map(|_| "true");
        let error_class = self.error.as_ref().map(|_| "field-error");
        let (notes, described) = notes(id, self.hint, self.error);
        let oninput = self.oninput.reform(|e: InputEvent| {
            // `value` is read the same way from an input and a textarea.
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            input.value()
        });
        let class = self.input_class;
        html! {
            <div class={classes!("field", error_class)}>
                <label class="label" for={id}>{ self.label }</label>
                { notes }
                if let Some(input_type) = self.input_type {
                    <input {class} {id} name={id} type={input_type} value={self.value}
                        autocomplete={self.autocomplete} aria-describedby={described}
                        aria-invalid={invalid} {oninput} />
                } else {
                    <textarea {class} {id} name={id} rows="5" value={self.value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} />
                }
            </div>
        }
    }
}

//! A labelled text input (one line or several) with an optional hint and error message.
//!
//! A function, not a component: it keeps no state, and a component's properties builder would
//! be repeated at every place it is used (size counts in the residents' app, see the README).
//! The staff app wraps it in a component of its own for its `html!` forms.

use yew::prelude::*;

/// A text field; `view` draws it. `C` is the type of the input's classes: `&'static str` where
/// they are known when compiling (the residents' app: no other conversion is linked in), or
/// [`Classes`].
pub struct TextField<C = &'static str> {
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
    /// The input's classes (`input`, or e.g. `input input-code`).
    pub input_class: C,
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
            input_class: "input",
        }
    }
}

impl<C: Into<Classes>> TextField<C> {
    pub fn view(self) -> Html {
        let id = self.id;
        let invalid = self.error.as_ref().map(|_| "true");
        let error_class = self.error.as_ref().map(|_| "field-error");
        let (notes, described) = super::field::notes(&id, self.hint, self.error);
        let oninput = self.oninput.reform(|e: InputEvent| {
            // `value` is read the same way from an input and a textarea.
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            input.value()
        });
        let class: Classes = self.input_class.into();
        html! {
            <div class={classes!("field", error_class)}>
                <label class="label" for={id.clone()}>{ self.label }</label>
                { notes }
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

//! A question answered by choosing: radio buttons (one answer) or checkboxes (any number), in a
//! fieldset with a legend, a hint and an error message.
//!
//! A function, not a component: nothing here keeps state, and every component's properties
//! builder is repeated at each place it is used (size counts, see the README).

use teilhabe_web::components::field::notes;
use yew::prelude::*;

/// One answer to choose.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    /// The visible label (text, or a picture with text).
    pub label: Html,
    /// A line under the label, read with it.
    pub hint: Option<String>,
    /// Shown under the answer while it is chosen (a follow-up field).
    pub reveal: Html,
}

impl Choice {
    pub fn new(value: &'static str, label: impl Into<Html>) -> Self {
        Self {
            value,
            label: label.into(),
            hint: None,
            reveal: Html::default(),
        }
    }
}

/// A group of choices.
pub struct Choices {
    /// The start of every id: the answer `phone` of `contact` is the input `contact-phone`.
    pub name: &'static str,
    pub legend: String,
    /// The legend repeats the page's `h1` (which asks the question): read, not shown.
    pub legend_hidden: bool,
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    /// The values chosen, separated by commas.
    pub chosen: String,
    /// Checkboxes instead of radio buttons.
    pub multiple: bool,
    /// A value and whether it is now chosen.
    pub onchange: Callback<(&'static str, bool)>,
    pub error: Option<String>,
    pub class: Option<&'static str>,
}

impl Choices {
    /// One answer of several, asked by the page's `h1` (the legend repeats it, unseen).
    pub fn one(
        name: &'static str,
        question: String,
        choices: Vec<Choice>,
        chosen: String,
        onchange: Callback<(&'static str, bool)>,
    ) -> Self {
        Self {
            name,
            legend: question,
            legend_hidden: true,
            hint: None,
            choices,
            chosen,
            multiple: false,
            onchange,
            error: None,
            class: None,
        }
    }

    pub fn view(self) -> Html {
        let name = self.name;
        let error_class = self.error.as_ref().map(|_| "field-error");
        let (notes, described) = notes(name, self.hint, self.error);
        let input_type = if self.multiple { "checkbox" } else { "radio" };
        let items = self.choices.into_iter().map(|c| {
            let id = choice_id(name, c.value);
            let checked = self.chosen.split(',').any(|v| v == c.value);
            let value = c.value;
            let onchange = self.onchange.reform(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                (value, input.checked())
            });
            let item_hint = c.hint.as_ref().map(|_| format!("{id}-hint"));
            html! {
                <div class="radio">
                    <input type={input_type} {name} id={id.clone()} value={c.value}
                        {checked} {onchange} aria-describedby={item_hint.clone()} />
                    <label for={id}>{ c.label }</label>
                    if let (Some(hint), Some(hint_id)) = (c.hint, item_hint) {
                        <p class="hint choice-hint" id={hint_id}>{ hint }</p>
                    }
                    if checked {
                        { c.reveal }
                    }
                </div>
            }
        });
        html! {
            <fieldset class={classes!("field", error_class, self.class)} aria-describedby={described}>
                <legend class={if self.legend_hidden { "visually-hidden" } else { "label" }}>{ self.legend }</legend>
                { notes }
                { for items }
            </fieldset>
        }
    }
}

/// The id of a choice's input, for links from the error summary.
pub fn choice_id(name: &str, value: &str) -> String {
    format!("{name}-{value}")
}

//! A question answered by choosing: radio buttons (one answer) or checkboxes (any number), in a
//! fieldset with a legend, a hint and an error message.

use teilhabe_web::components::field::notes;
use yew::prelude::*;

/// One answer to choose.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: AttrValue,
    pub label: Html,
    /// A line under the label, read with it.
    pub hint: Option<String>,
    /// Shown under the answer while it is chosen (a follow-up field).
    pub reveal: Html,
}

impl Choice {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<Html>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
            reveal: Html::default(),
        }
    }

    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn reveal(mut self, reveal: Html) -> Self {
        self.reveal = reveal;
        self
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    /// The start of every id: the answer `phone` of `contact` is the input `contact-phone`.
    pub name: AttrValue,
    pub legend: String,
    /// The legend repeats the page's `h1` (which asks the question): read, not shown.
    #[prop_or_default]
    pub legend_hidden: bool,
    #[prop_or_default]
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    /// The values chosen.
    pub chosen: Vec<AttrValue>,
    /// Checkboxes instead of radio buttons.
    #[prop_or_default]
    pub multiple: bool,
    /// A value and whether it is now chosen.
    pub onchange: Callback<(AttrValue, bool)>,
    #[prop_or_default]
    pub error: Option<String>,
}

/// The id of a choice's input, for links from the error summary.
pub fn choice_id(name: &str, value: &str) -> String {
    format!("{name}-{value}")
}

/// A new list of chosen values after one was ticked or unticked (checkboxes).
pub fn toggled<T: Clone + PartialEq>(list: &[T], value: T, on: bool) -> Vec<T> {
    let mut list: Vec<T> = list.iter().filter(|v| **v != value).cloned().collect();
    if on {
        list.push(value);
    }
    list
}

#[component(Choices)]
pub fn choices(props: &ChoicesProps) -> Html {
    let name = &props.name;
    let (notes, described) = notes(name, props.hint.clone(), props.error.clone());
    let input_type = if props.multiple { "checkbox" } else { "radio" };
    let items = props.choices.iter().map(|c| {
        let id = choice_id(name, &c.value);
        let checked = props.chosen.contains(&c.value);
        let onchange = {
            let (cb, value) = (props.onchange.clone(), c.value.clone());
            Callback::from(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                cb.emit((value.clone(), input.checked()));
            })
        };
        let item_hint = c.hint.as_ref().map(|_| format!("{id}-hint"));
        html! {
            <div class="radio">
                <input type={input_type} name={name.clone()} id={id.clone()} value={c.value.clone()}
                    {checked} {onchange} aria-describedby={item_hint.clone()} />
                <label for={id}>{ c.label.clone() }</label>
                if let (Some(hint), Some(hint_id)) = (&c.hint, item_hint) {
                    <p class="hint choice-hint" id={hint_id}>{ hint }</p>
                }
                if checked {
                    { c.reveal.clone() }
                }
            </div>
        }
    });
    html! {
        <fieldset class={classes!("field", props.error.as_ref().map(|_| "field-error"))} aria-describedby={described}>
            <legend class={if props.legend_hidden { "visually-hidden" } else { "label" }}>{ &props.legend }</legend>
            { notes }
            { for items }
        </fieldset>
    }
}

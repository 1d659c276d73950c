//! A labelled text input with an optional hint and error message.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: String,
    /// Shown as the page heading's label: the label is then the page's `h1`.
    #[prop_or_default]
    pub label_is_heading: bool,
    #[prop_or_default]
    pub hint: Option<String>,
    #[prop_or_default]
    pub error: Option<String>,
    pub value: String,
    pub oninput: Callback<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub input_class: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let mut described = Vec::new();
    if props.hint.is_some() {
        described.push(hint_id.clone());
    }
    if props.error.is_some() {
        described.push(error_id.clone());
    }
    let oninput = {
        let cb = props.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let group_class = classes!("field", props.error.as_ref().map(|_| "field-error"));
    html! {
        <div class={group_class}>
            <label class="label" for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id}>{ error }</p>
            }
            <input
                class={classes!("input", props.input_class.clone())}
                id={props.id.clone()}
                name={props.id.clone()}
                type={props.input_type.clone()}
                value={props.value.clone()}
                autocomplete={props.autocomplete.clone()}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                {oninput}
            />
        </div>
    }
}

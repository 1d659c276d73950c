//! A labelled text input (one line or several) with an optional hint and error message.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: String,
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
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub input_class: Option<AttrValue>,
    /// Several lines: a `textarea`.
    #[prop_or_default]
    pub multiline: bool,
}

#[component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = props.error.as_ref().map(|_| "true");
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
                <p class="hint" id={hint_id.clone()}>{ hint }</p>
            }
            if let Some(error) = &props.error {
                <p class="error-message" id={error_id.clone()}>{ error }</p>
            }
            if props.multiline {
                <textarea
                    class="input"
                    id={props.id.clone()}
                    name={props.id.clone()}
                    rows="5"
                    value={props.value.clone()}
                    aria-describedby={described.clone()}
                    aria-invalid={invalid}
                    {oninput}
                />
            } else {
                <input
                    class={classes!("input", props.input_class.clone())}
                    id={props.id.clone()}
                    name={props.id.clone()}
                    type={props.input_type.clone()}
                    value={props.value.clone()}
                    autocomplete={props.autocomplete.clone()}
                    inputmode={props.inputmode.clone()}
                    aria-describedby={described}
                    aria-invalid={invalid}
                    {oninput}
                />
            }
        </div>
    }
}

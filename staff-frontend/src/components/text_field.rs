//! A labelled text input (one line or several) with an optional hint and error message.

use teilhabe_web::components::text_field::TextField as Field;
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

/// The shared text field (`teilhabe_web::components::text_field`) as a component, for the
/// staff app's `html!` forms.
#[component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let input_class = if props.multiline {
        classes!("input")
    } else {
        classes!("input", props.input_class.clone())
    };
    Field {
        id: props.id.clone(),
        label: props.label.clone(),
        hint: props.hint.clone(),
        error: props.error.clone(),
        value: props.value.clone(),
        oninput: props.oninput.clone(),
        input_type: (!props.multiline).then(|| props.input_type.clone()),
        autocomplete: props.autocomplete.clone(),
        inputmode: props.inputmode.clone(),
        input_class,
    }
    .view()
}

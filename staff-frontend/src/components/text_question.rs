//! A page that asks one question answered in text, in a multi-page form (the application, an
//! idea): back link, caption, the question as heading, the text field, "Weiter".

use super::form_page::FormPage;
use super::text_field::TextField;
use crate::app::Route;
use crate::form::Errors;
use crate::i18n::use_t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextQuestionProps {
    pub back: Route,
    pub caption: String,
    /// The field's name in the request (and its input's id).
    pub field: &'static str,
    /// The message ids of the question (the heading), the field's label and its hint.
    pub title: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    #[prop_or_default]
    pub multiline: bool,
    /// The text typed so far; the page keeps it up to date.
    pub value: UseStateHandle<String>,
    pub errors: Errors,
    pub onsubmit: Callback<()>,
}

#[component(TextQuestion)]
pub fn text_question(props: &TextQuestionProps) -> Html {
    let i18n = use_t();
    let oninput = {
        let value = props.value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    let errors = &props.errors;
    html! {
        <FormPage back={props.back.clone()} caption={props.caption.clone()} heading={i18n.t(props.title)}
            errors={errors.shown(&i18n, str::to_owned)} onsubmit={props.onsubmit.clone()}
            submit={i18n.t("app-continue")}>
            <TextField id={props.field} label={i18n.t(props.label)} hint={i18n.t(props.hint)}
                value={(*props.value).clone()} {oninput} multiline={props.multiline}
                error={errors.field(&i18n, props.field)} />
        </FormPage>
    }
}

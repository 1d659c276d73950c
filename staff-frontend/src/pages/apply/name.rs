//! Application, question 1: the applicant's name.

use super::{update, use_draft, Step, Steps};
use crate::components::form_page::FormPage;
use crate::components::text_field::TextField;
use crate::form::{set_text, Errors};
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::PersonName;
use yew::prelude::*;

#[component(ApplyName)]
pub fn apply_name() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let value = use_state(|| draft.name.clone());
    let errors = use_state(Errors::none);
    let onsubmit = {
        let (draft, value, errors) = (draft.clone(), value.clone(), errors.clone());
        Callback::from(move |()| match PersonName::parse(&value) {
            Ok(name) => {
                update(&draft, |d| d.name = name.as_str().to_owned());
                navigator.push(&Step::Name.next(&draft));
            }
            Err(error) => errors.set(Errors::fields(vec![error])),
        })
    };
    html! {
        <FormPage back={Step::Name.back()} caption={i18n.t("apply-caption")} heading={i18n.t("apply-name-title")}
            errors={errors.shown(&i18n, str::to_owned)} {onsubmit} submit={i18n.t("app-continue")}>
            <TextField id="name" label={i18n.t("apply-name-label")} value={(*value).clone()} oninput={set_text(&value)}
                autocomplete={Some(AttrValue::Static("name"))} error={errors.field(&i18n, "name")} />
        </FormPage>
    }
}

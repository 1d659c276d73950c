//! Submitting an idea: which of the four fields of action it belongs to, each explained in
//! plain words.

use super::{
    caption, field_hint, field_name, field_slug, update, use_draft, IdeaStep, Steps, FIELDS,
};
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::form_page::FormPage;
use crate::form::Errors;
use crate::i18n::use_t;
use crate::router::use_navigator;
use yew::prelude::*;

#[component(IdeaField)]
pub fn idea_field() -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let errors = use_state(Errors::none);
    let heading = i18n.t("ideas-ui-field-title");
    let choices: Vec<Choice> = FIELDS
        .iter()
        .map(|f| {
            Choice::new(field_slug(*f), html! { { field_name(&i18n, *f) } })
                .hint(field_hint(&i18n, *f))
        })
        .collect();
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, on): (AttrValue, bool)| {
            if on {
                let field = FIELDS.into_iter().find(|f| field_slug(*f) == &*value);
                update(&draft, |d| d.field = field);
            }
        })
    };
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |()| {
            if draft.field.is_none() {
                errors.set(Errors::one("field", "field-error-choose"));
            } else {
                navigator.push(&IdeaStep::Field.next(&draft));
            }
        })
    };
    let first = choice_id("field", field_slug(FIELDS[0]));
    let chosen: Vec<AttrValue> = draft
        .field
        .map(|f| field_slug(f).into())
        .into_iter()
        .collect();
    html! {
        <FormPage back={IdeaStep::Field.back()} caption={caption(&i18n, &draft)} heading={heading.clone()}
            errors={errors.shown(&i18n, |_| first.clone())} {onsubmit} submit={i18n.t("app-continue")}>
            <Choices name="field" legend={heading} legend_hidden=true hint={i18n.t("ideas-ui-field-hint")}
                {choices} {chosen} {onchange} error={errors.field(&i18n, "field")} />
        </FormPage>
    }
}

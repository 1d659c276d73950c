//! Submitting an idea, questions answered in the submitter's own words: what the idea is, for
//! whom, and where in the city.

use super::{caption, update, use_draft, IdeaStep, Steps};
use crate::components::text_question::TextQuestion;
use crate::form::Errors;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::input::long_text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: IdeaStep,
}

/// The request's field, the question's message ids (title, label, hint) and its longest answer.
fn question(step: IdeaStep) -> (&'static str, [&'static str; 3], usize) {
    match step {
        IdeaStep::What => (
            "what",
            [
                "ideas-ui-what-title",
                "ideas-ui-what-label",
                "ideas-ui-what-hint",
            ],
            2000,
        ),
        IdeaStep::ForWhom => (
            "for_whom",
            [
                "ideas-ui-for-whom-title",
                "ideas-ui-for-whom-label",
                "ideas-ui-for-whom-hint",
            ],
            300,
        ),
        _ => (
            "where_in_city",
            [
                "ideas-ui-where-title",
                "ideas-ui-where-label",
                "ideas-ui-where-hint",
            ],
            300,
        ),
    }
}

#[component(IdeaText)]
pub fn idea_text(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let step = props.step;
    let (field, [title, label, hint], max) = question(step);
    let value = use_state(|| match step {
        IdeaStep::What => draft.what.clone(),
        IdeaStep::ForWhom => draft.for_whom.clone(),
        _ => draft.where_in_city.clone(),
    });
    let errors = use_state(Errors::none);
    let onsubmit = {
        let (draft, value, errors) = (draft.clone(), value.clone(), errors.clone());
        Callback::from(move |()| match long_text(field, &value, max) {
            Ok(text) => {
                update(&draft, |d| match step {
                    IdeaStep::What => d.what = text,
                    IdeaStep::ForWhom => d.for_whom = text,
                    _ => d.where_in_city = text,
                });
                navigator.push(&step.next(&draft));
            }
            Err(error) => errors.set(Errors::fields(vec![error])),
        })
    };
    html! {
        <TextQuestion back={step.back()} caption={caption(&i18n, &draft)} {field} {title} {label}
            {hint} multiline={step == IdeaStep::What} {value} errors={(*errors).clone()} {onsubmit} />
    }
}

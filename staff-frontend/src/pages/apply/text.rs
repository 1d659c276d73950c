//! Application, questions answered in the applicant's own words: when they have time, and why
//! they want to help.

use super::{update, use_draft, Step, Steps};
use crate::components::text_question::TextQuestion;
use crate::form::Errors;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::input::{long_text, short_text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: Step,
}

#[component(ApplyText)]
pub fn apply_text(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let step = props.step;
    let motivation = step == Step::Motivation;
    let value = use_state(|| {
        if motivation {
            draft.motivation.clone()
        } else {
            draft.availability.clone()
        }
    });
    let errors = use_state(Errors::none);
    let (field, title, label, hint) = if motivation {
        (
            "motivation",
            "apply-motivation-title",
            "apply-motivation-label",
            "apply-motivation-hint",
        )
    } else {
        (
            "availability",
            "apply-availability-title",
            "apply-availability-label",
            "apply-availability-hint",
        )
    };
    let onsubmit = {
        let (draft, value, errors) = (draft.clone(), value.clone(), errors.clone());
        Callback::from(move |()| {
            let checked = if motivation {
                long_text(field, &value, 2000)
            } else {
                short_text(field, &value, 300)
            };
            match checked {
                Ok(text) => {
                    update(&draft, |d| {
                        if motivation {
                            d.motivation = text;
                        } else {
                            d.availability = text;
                        }
                    });
                    navigator.push(&step.next(&draft));
                }
                Err(error) => errors.set(Errors::fields(vec![error])),
            }
        })
    };
    html! {
        <TextQuestion back={step.back()} caption={i18n.t("apply-caption")} {field} {title} {label}
            {hint} multiline={motivation} {value} errors={(*errors).clone()} {onsubmit} />
    }
}

//! Application, questions answered with checkboxes: the districts, the languages spoken, and
//! what the applicant can help with.

use super::{update, use_draft, ApplyDraft, Step, Steps};
use crate::components::choices::{choice_id, toggled, Choice, Choices};
use crate::components::form_page::FormPage;
use crate::form::Errors;
use crate::format::{help_area_name, language_name};
use crate::i18n::{use_t, I18n};
use crate::router::use_navigator;
use teilhabe_events::staff::{HelpArea, DISTRICTS, LANGUAGES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: Step,
}

/// The question's field name, its heading and hint, and its answers.
fn question(i18n: &I18n, step: Step) -> (&'static str, String, String, Vec<Choice>) {
    match step {
        Step::Districts => (
            "districts",
            i18n.t("apply-districts-title"),
            i18n.t("apply-choose-hint"),
            DISTRICTS
                .iter()
                .map(|d| Choice::new(slug(d), html! { { *d } }))
                .collect(),
        ),
        Step::Languages => (
            "languages",
            i18n.t("apply-languages-title"),
            i18n.t("apply-choose-hint"),
            LANGUAGES
                .iter()
                .map(|l| Choice::new(*l, html! { { language_name(i18n, l) } }))
                .collect(),
        ),
        _ => (
            "help_with",
            i18n.t("apply-help-title"),
            i18n.t("apply-choose-hint"),
            HelpArea::ALL
                .iter()
                .map(|a| Choice::new(a.slug(), html! { { help_area_name(i18n, *a) } }))
                .collect(),
        ),
    }
}

/// A district as an id-safe value ("Norderstedt-Mitte" → "norderstedt-mitte", "Glashütte" →
/// "glashutte").
pub fn slug(district: &str) -> String {
    district
        .to_lowercase()
        .replace('ü', "u")
        .replace('ö', "o")
        .replace('ä', "a")
}

fn district_of(value: &str) -> Option<&'static str> {
    DISTRICTS.iter().copied().find(|d| slug(d) == value)
}

/// What is chosen now, as the checkboxes' values.
fn chosen(draft: &ApplyDraft, step: Step) -> Vec<AttrValue> {
    match step {
        Step::Districts => draft.districts.iter().map(|d| slug(d).into()).collect(),
        Step::Languages => draft.languages.iter().map(|l| l.clone().into()).collect(),
        _ => draft.help_with.iter().map(|a| a.slug().into()).collect(),
    }
}

#[component(ApplyChoose)]
pub fn apply_choose(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft();
    let navigator = use_navigator();
    let errors = use_state(Errors::none);
    let step = props.step;
    let (field, heading, hint, choices) = question(&i18n, step);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, on): (AttrValue, bool)| {
            update(&draft, |d| match step {
                Step::Districts => {
                    if let Some(district) = district_of(&value) {
                        d.districts = toggled(&d.districts, district.to_owned(), on);
                    }
                }
                Step::Languages => d.languages = toggled(&d.languages, value.to_string(), on),
                _ => {
                    if let Some(area) = HelpArea::ALL.into_iter().find(|a| a.slug() == &*value) {
                        d.help_with = toggled(&d.help_with, area, on);
                    }
                }
            })
        })
    };
    let first = choices
        .first()
        .map(|c| choice_id(field, &c.value))
        .unwrap_or_default();
    let onsubmit = {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |()| {
            if chosen(&draft, step).is_empty() {
                errors.set(Errors::one(field, "field-error-choose"));
            } else {
                navigator.push(&step.next(&draft));
            }
        })
    };
    html! {
        <FormPage back={step.back()} caption={i18n.t("apply-caption")} heading={heading.clone()}
            errors={errors.shown(&i18n, |_| first.clone())} {onsubmit} submit={i18n.t("app-continue")}>
            <Choices name={field} legend={heading} legend_hidden=true {hint} {choices} multiple=true
                chosen={chosen(&draft, step)} {onchange} error={errors.field(&i18n, field)} />
        </FormPage>
    }
}

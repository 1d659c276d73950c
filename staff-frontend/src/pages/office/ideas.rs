//! The ideas working group: every idea by its state; a new idea is taken into assessment with
//! one button, an idea in assessment is decided on a page of its own (chosen as a pilot, kept
//! in the store for later, merged with another idea, or not pursued), always with a reason in
//! plain words.

use crate::api;
use crate::app::{Flash, Route};
use crate::components::choices::{choice_id, Choice, Choices};
use crate::components::error_summary::ErrorSummary;
use crate::components::form_page::FormPage;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::form::{set_text, use_sender, Errors};
use crate::i18n::use_t;
use crate::pages::ideas::list::idea_title;
use crate::pages::ideas::{field_name, source_name, state_slug, state_tag, STATES};
use crate::router::{Link, Redirect};
use teilhabe_events::ideas::{IdeaDecision, IdeaState, IdeaView};
use teilhabe_events::FieldError;
use yew::prelude::*;

#[component(IdeasWork)]
pub fn ideas_work() -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let loaded = use_load(String::new(), |_| api::ideas());
    let Load::Ready(ideas) = &*loaded.state else {
        return loaded.state.status();
    };
    let assess = |view: &IdeaView| {
        let (sender, reload) = (sender.clone(), loaded.reload.clone());
        let (id, title) = (view.id.clone(), idea_title(view));
        Callback::from(move |_: MouseEvent| {
            let body = IdeaDecision {
                state: "assessing".into(),
                ..IdeaDecision::default()
            };
            let key = sender.key(&format!("assess-{id}"));
            let (id, title, reload, this) =
                (id.clone(), title.clone(), reload.clone(), sender.clone());
            sender.send(
                async move { api::decide_idea(&id, &body, &key).await },
                move |()| {
                    this.hand_over(Flash::Notice {
                        on: Route::IdeasWork,
                        key: "ideas-ui-assessment-started",
                        name: title,
                    });
                    reload.emit(());
                },
            );
        })
    };
    let errors = sender.errors.shown(&i18n, |_| String::new());
    let section = |state: IdeaState| {
        let slug = state_slug(state);
        let list: Vec<&IdeaView> = ideas.iter().filter(|v| v.state == state).collect();
        let heading_id = format!("ideas-{slug}");
        let items = list.iter().map(|view| {
            let title = idea_title(view);
            html! {
                <li class="entry">
                    <h3>{ &title }</h3>
                    <p class="lines">
                        <span>{ &view.idea.what }</span>
                        <span>{ format!("{}: {}", i18n.t("ideas-ui-field"), field_name(&i18n, view.idea.field)) }</span>
                        <span>{ format!("{}: {}", i18n.t("ideas-ui-for-whom-label"), view.idea.for_whom) }</span>
                        <span>{ format!("{}: {}", i18n.t("ideas-ui-where-label"), view.idea.where_in_city) }</span>
                        <span>{ source_name(&i18n, view.source) }</span>
                        <span>{ i18n.t_args("ideas-ui-supporters", &[("count", view.supporters.into())]) }</span>
                        if let Some(reason) = &view.reason {
                            <span>{ format!("{}: {reason}", i18n.t("ideas-ui-reason")) }</span>
                        }
                    </p>
                    if state == IdeaState::Submitted {
                        <button type="button" class="button button-secondary" onclick={assess(view)} disabled={*sender.sending}>
                            { i18n.t("ideas-ui-start-assessment") }<span class="visually-hidden">{ format!(": {title}") }</span>
                        </button>
                    }
                    if state == IdeaState::Assessing {
                        <Link to={Route::DecideIdea { id: view.id.clone() }} classes="button">
                            { i18n.t("ideas-ui-decide") }<span class="visually-hidden">{ format!(": {title}") }</span>
                        </Link>
                    }
                </li>
            }
        });
        html! {
            <section aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ state_tag(&i18n, state) }{ format!(" ({})", list.len()) }</h2>
                if list.is_empty() {
                    <p>{ i18n.t("ideas-ui-work-empty") }</p>
                } else {
                    <ul class="entry-list">{ for items }</ul>
                }
            </section>
        }
    };
    html! {
        <>
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("ideas-ui-work-title")} error={!errors.is_empty()} />
            <p class="lead">{ i18n.t("ideas-ui-work-intro") }</p>
            <div class="button-group">
                <Link to={Route::NewIdea { paper: true }} classes="button button-secondary">{ i18n.t("ideas-ui-paper-link") }</Link>
                <Link to={Route::Ideas}>{ i18n.t("ideas-ui-public-link") }</Link>
            </div>
            { for STATES.iter().map(|s| section(*s)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct DecideProps {
    pub id: String,
}

#[component(DecideIdea)]
pub fn decide_idea(props: &DecideProps) -> Html {
    let loaded = use_load(String::new(), |_| api::ideas());
    loaded.state.view(|list| {
        match list
            .iter()
            .find(|v| v.id == props.id && v.state == IdeaState::Assessing)
        {
            Some(view) => {
                let others: Vec<IdeaView> = list
                    .iter()
                    .filter(|v| v.id != view.id && v.state != IdeaState::Merged)
                    .cloned()
                    .collect();
                html! { <DecideForm idea={view.clone()} {others} /> }
            }
            None => html! { <Redirect to={Route::IdeasWork} /> },
        }
    })
}

#[derive(Properties, PartialEq)]
struct DecideFormProps {
    idea: IdeaView,
    /// The ideas it could be merged with.
    others: Vec<IdeaView>,
}

/// What the form finds wrong before sending, each error naming its field.
fn check(decision: &IdeaDecision) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if decision.state.is_empty() {
        errors.push(FieldError::new("state", "field-error-choose"));
    }
    if decision.state == "merged" && decision.into.as_deref().unwrap_or_default().is_empty() {
        errors.push(FieldError::new("into", "field-error-choose"));
    }
    if let Err(e) = teilhabe_events::input::long_text("reason", &decision.reason, 1000) {
        errors.push(e);
    }
    errors
}

#[component(DecideForm)]
fn decide_form(props: &DecideFormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let state = use_state(String::new);
    let into = use_state(String::new);
    let reason = use_state(String::new);
    let title = idea_title(&props.idea);
    let onsubmit = {
        let (sender, state, into, reason) =
            (sender.clone(), state.clone(), into.clone(), reason.clone());
        let (id, title) = (props.idea.id.clone(), title.clone());
        Callback::from(move |()| {
            let body = IdeaDecision {
                state: (*state).clone(),
                reason: (*reason).clone(),
                into: (*state == "merged").then(|| (*into).clone()),
            };
            let errors = check(&body);
            if !errors.is_empty() {
                return sender.refuse(Errors::fields(errors));
            }
            let key = sender.key(&api::to_json(&body));
            let (id, title) = (id.clone(), title.clone());
            sender.send_then_notice(
                async move { api::decide_idea(&id, &body, &key).await },
                Route::IdeasWork,
                "ideas-ui-decided",
                title,
            );
        })
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |(v, on): (AttrValue, bool)| {
            if on {
                state.set(v.to_string());
            }
        })
    };
    let on_into = {
        let into = into.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            into.set(select.value());
        })
    };
    let errors = &*sender.errors;
    let into_error = errors.field(&i18n, "into");
    let into_field = html! {
        <div class={classes!("field", into_error.as_ref().map(|_| "field-error"))}>
            <label class="label" for="into">{ i18n.t("ideas-ui-into-label") }</label>
            if let Some(error) = &into_error {
                <p class="error-message" id="into-error">{ error }</p>
            }
            <select class="input" id="into" name="into" onchange={on_into}
                aria-describedby={into_error.as_ref().map(|_| "into-error")} aria-invalid={into_error.as_ref().map(|_| "true")}>
                <option value="" selected={into.is_empty()}>{ i18n.t("ideas-ui-into-choose") }</option>
                { for props.others.iter().map(|v| html! {
                    <option value={v.id.clone()} selected={*into == v.id}>{ idea_title(v) }</option>
                }) }
            </select>
        </div>
    };
    let choices = vec![
        Choice::new("pilot", html! { { i18n.t("ideas-ui-decide-pilot") } }),
        Choice::new("kept", html! { { i18n.t("ideas-ui-decide-kept") } }),
        Choice::new("merged", html! { { i18n.t("ideas-ui-decide-merged") } }).reveal(into_field),
        Choice::new(
            "not-pursued",
            html! { { i18n.t("ideas-ui-decide-not-pursued") } },
        ),
    ];
    let chosen: Vec<AttrValue> = (!state.is_empty())
        .then(|| AttrValue::from((*state).clone()))
        .into_iter()
        .collect();
    let target = |field: &str| match field {
        "state" => choice_id("state", "pilot"),
        other => other.to_owned(),
    };
    html! {
        <FormPage back={Route::IdeasWork} caption={title.clone()} heading={i18n.t("ideas-ui-decide-title")}
            errors={errors.shown(&i18n, target)} {onsubmit} submit={i18n.t("ideas-ui-decide-submit")}
            sending={*sender.sending}>
            <p class="idea-text">{ &props.idea.idea.what }</p>
            <Choices name="state" legend={i18n.t("ideas-ui-decide-legend")} {choices} {chosen} {onchange}
                error={errors.field(&i18n, "state")} />
            <TextField id="reason" label={i18n.t("ideas-ui-reason-label")} hint={i18n.t("ideas-ui-reason-hint")}
                value={(*reason).clone()} oninput={set_text(&reason)} multiline=true error={errors.field(&i18n, "reason")} />
        </FormPage>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_needs_the_other_idea_and_every_step_a_reason() {
        let decision = IdeaDecision {
            state: "merged".into(),
            reason: " ".into(),
            into: Some(String::new()),
        };
        let fields: Vec<String> = check(&decision).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["into", "reason"]);
        let decision = IdeaDecision {
            state: "pilot".into(),
            reason: "Viele wünschen es sich.".into(),
            into: None,
        };
        assert!(check(&decision).is_empty());
    }
}

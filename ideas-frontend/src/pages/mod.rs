//! The ideas store's pages, and what several of them share: the names of fields of action and
//! states, an idea's short title, the list fetched once per page, the questions of a new idea
//! in order, and what this browser has supported.

pub mod ask;
pub mod check;
pub mod done;
pub mod idea;
pub mod list;
pub mod support;

use gloo_storage::{SessionStorage, Storage};
use teilhabe_events::ideas::{FieldOfAction, IdeaSource, IdeaState, IdeaView};
use teilhabe_frontend::app::Route;
use teilhabe_frontend::i18n::I18n;
use teilhabe_web::load::{use_fetch, Load};
use yew::prelude::*;

/// The four fields of action, in the programme's order.
pub const FIELDS: [FieldOfAction; 4] = [
    FieldOfAction::Living,
    FieldOfAction::Experiencing,
    FieldOfAction::Working,
    FieldOfAction::WorkingWith,
];

/// Every state, in the order an idea passes them.
pub const STATES: [IdeaState; 6] = [
    IdeaState::Submitted,
    IdeaState::Assessing,
    IdeaState::Pilot,
    IdeaState::Kept,
    IdeaState::Merged,
    IdeaState::NotPursued,
];

/// A field of action's slug (as the API writes it).
pub fn field_slug(field: FieldOfAction) -> &'static str {
    match field {
        FieldOfAction::Living => "living",
        FieldOfAction::Experiencing => "experiencing",
        FieldOfAction::Working => "working",
        FieldOfAction::WorkingWith => "working-with",
    }
}

/// A field of action's name.
pub fn field_name(i18n: &I18n, field: FieldOfAction) -> String {
    i18n.t(&format!("audit-action-{}", field_slug(field)))
}

/// A state's slug (as the API writes it).
pub fn state_slug(state: IdeaState) -> &'static str {
    match state {
        IdeaState::Submitted => "submitted",
        IdeaState::Assessing => "assessing",
        IdeaState::Pilot => "pilot",
        IdeaState::Kept => "kept",
        IdeaState::Merged => "merged",
        IdeaState::NotPursued => "not-pursued",
    }
}

/// A state's name.
pub fn state_name(i18n: &I18n, state: IdeaState) -> String {
    i18n.t(&format!("audit-state-{}", state_slug(state)))
}

/// Where an idea stands, in words, with a sign that does not rely on colour.
pub fn state_tag(i18n: &I18n, state: IdeaState) -> Html {
    let sign = match state {
        IdeaState::Submitted => "✎",
        IdeaState::Assessing => "⌛",
        IdeaState::Pilot => "★",
        IdeaState::Kept => "▣",
        IdeaState::Merged => "⇄",
        IdeaState::NotPursued => "✕",
    };
    html! {
        <span class={classes!("tag", "idea-state", format!("idea-state-{}", state_slug(state)))}>
            <span aria-hidden="true">{ sign }{ "\u{a0}" }</span>
            { state_name(i18n, state) }
        </span>
    }
}

/// How an idea reached the store, in words.
pub fn source_name(i18n: &I18n, source: IdeaSource) -> String {
    let slug = match source {
        IdeaSource::Online => "online",
        IdeaSource::Paper => "paper",
        IdeaSource::Ambassador => "ambassador",
    };
    i18n.t(&format!("ideas-ui-source-{slug}"))
}

/// The short title of an idea: its first line, cut after 80 characters.
pub fn idea_title(view: &IdeaView) -> String {
    let first = view.idea.what.lines().next().unwrap_or_default();
    if first.chars().count() > 80 {
        format!("{}…", first.chars().take(80).collect::<String>().trim_end())
    } else {
        first.to_owned()
    }
}

/// Whether an idea can still be supported.
pub fn open(view: &IdeaView) -> bool {
    !matches!(view.state, IdeaState::Merged | IdeaState::NotPursued)
}

/// Every idea (one fetching code for every page that shows ideas).
#[hook]
pub fn use_ideas() -> UseStateHandle<Load<Vec<IdeaView>>> {
    use_fetch((), |()| crate::api::ideas())
}

/// The questions of a new idea, in order, by the slug in their address.
pub const STEPS: [&str; 7] = [
    "what", "for-whom", "where", "field", "contact", "check", "done",
];

/// The page of question `slug`.
pub fn step_route(slug: &str) -> Route {
    Route::IdeaStep {
        step: slug.to_owned(),
    }
}

/// The page after question `slug`: the next one, or back to the check page once the person
/// has seen it.
pub fn next_route(slug: &str, checking: bool) -> Route {
    let at = STEPS.iter().position(|s| *s == slug).unwrap_or(0);
    step_route(if checking { "check" } else { STEPS[at + 1] })
}

/// The page before question `slug` (the list before the first).
pub fn back_route(slug: &str) -> Route {
    match STEPS.iter().position(|s| *s == slug) {
        Some(at) if at > 0 => step_route(STEPS[at - 1]),
        _ => Route::Ideas,
    }
}

/// The page of question `slug`; an unknown slug is the first question.
pub fn step_page(slug: &str) -> Html {
    match slug {
        "field" => html! { <ask::IdeaField /> },
        "contact" => html! { <ask::IdeaContact /> },
        "check" => html! { <check::IdeaCheck /> },
        "done" => html! { <done::IdeaDone /> },
        "for-whom" | "where" => {
            let step: AttrValue = slug.to_owned().into();
            html! { <ask::IdeaText key={slug.to_owned()} {step} /> }
        }
        _ => html! { <ask::IdeaText key="what" step="what" /> },
    }
}

/// Where this browser keeps the ids of the ideas it supported (this tab's session).
const SUPPORTED: &str = "teilhabe.ideas.supported";

/// The ideas this browser supported, by id.
pub fn supported() -> Vec<String> {
    SessionStorage::get::<Vec<String>>(SUPPORTED).unwrap_or_default()
}

/// Notes that this browser supports idea `id`.
pub fn remember_supported(id: &str) {
    let mut ids = supported();
    if !ids.iter().any(|i| i == id) {
        ids.push(id.to_owned());
        let _ = SessionStorage::set(SUPPORTED, &ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_questions_follow_each_other_and_lead_back_to_the_check_page() {
        assert_eq!(next_route("what", false), step_route("for-whom"));
        assert_eq!(next_route("contact", false), step_route("check"));
        assert_eq!(next_route("where", true), step_route("check"));
        assert_eq!(back_route("what"), Route::Ideas);
        assert_eq!(back_route("field"), step_route("where"));
    }

    #[test]
    fn the_slugs_match_the_api() {
        for field in FIELDS {
            let json = serde_json::to_string(&field).unwrap();
            assert_eq!(json, format!("\"{}\"", field_slug(field)));
        }
        for state in STATES {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state_slug(state)));
        }
    }
}

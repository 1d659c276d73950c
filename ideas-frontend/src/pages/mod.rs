//! The ideas store's pages, and what several of them share: the names of fields of action and
//! states, an idea's short title, the list fetched once per page, the questions of a new idea
//! in order, and what this browser has supported.

pub mod ask;
pub mod check;
pub mod done;
pub mod idea;
pub mod list;
pub mod support;
pub mod wall;

use gloo_storage::{SessionStorage, Storage};
use teilhabe_events::ideas::IdeaView;
use teilhabe_frontend::app::Route;
pub use teilhabe_web::ideas::{
    field_name, field_slug, idea_title, open, state_name, state_tag, FIELDS, STATES,
};
use teilhabe_web::load::{use_fetch, Load};
use yew::prelude::*;

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
}

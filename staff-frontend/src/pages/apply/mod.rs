//! The public application to become an ambassador: one question per page, the principles of
//! cooperation in full, a check of the answers, done. The answers are kept in session storage,
//! so a reload or the back button loses nothing.

pub mod check;
pub mod choose;
pub mod contact;
pub mod done;
pub mod intro;
pub mod name;
pub mod principles;
pub mod text;

use crate::app::Route;
use crate::pages::steps::{impl_draft, use_stored};
pub use crate::pages::steps::{update, Steps};
use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use teilhabe_events::staff::HelpArea;
use teilhabe_events::staff_api::ApplicationRequest;
use yew::prelude::*;

/// The questions, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Name,
    Contact,
    Districts,
    Languages,
    Help,
    Availability,
    Motivation,
    Principles,
    Check,
    Done,
}

impl Steps for Step {
    const ALL: &'static [Step] = &[
        Step::Name,
        Step::Contact,
        Step::Districts,
        Step::Languages,
        Step::Help,
        Step::Availability,
        Step::Motivation,
        Step::Principles,
        Step::Check,
        Step::Done,
    ];
    const CHECK: Step = Step::Check;
    const START: Route = Route::Apply;
    type Draft = ApplyDraft;

    fn slug(self) -> &'static str {
        match self {
            Step::Name => "name",
            Step::Contact => "contact",
            Step::Districts => "districts",
            Step::Languages => "languages",
            Step::Help => "help",
            Step::Availability => "availability",
            Step::Motivation => "motivation",
            Step::Principles => "principles",
            Step::Check => "check",
            Step::Done => "done",
        }
    }

    fn route(self) -> Route {
        Route::ApplyStep(self)
    }
}

impl Step {
    /// The question a field of the application is asked on.
    pub fn of_field(field: &str) -> Step {
        match field {
            "name" => Step::Name,
            "email" | "phone" => Step::Contact,
            "districts" => Step::Districts,
            "languages" => Step::Languages,
            "help_with" => Step::Help,
            "availability" => Step::Availability,
            "motivation" => Step::Motivation,
            _ => Step::Principles,
        }
    }
}

/// The answers so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplyDraft {
    pub nonce: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub districts: Vec<String>,
    pub languages: Vec<String>,
    pub help_with: Vec<HelpArea>,
    pub availability: String,
    pub motivation: String,
    /// The version of the principles shown and accepted; 0 until accepted.
    pub principles_version: u32,
    /// The person has seen the check page: changing an answer leads back there.
    pub checking: bool,
    /// Set once the application went through.
    pub sent: bool,
}

const KEY: &str = "teilhabe.staff.apply";

impl ApplyDraft {
    pub fn request(&self) -> ApplicationRequest {
        ApplicationRequest {
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            districts: self.districts.clone(),
            languages: self.languages.clone(),
            help_with: self.help_with.clone(),
            availability: self.availability.clone(),
            motivation: self.motivation.clone(),
            principles_version: self.principles_version,
            accept_principles: self.principles_version > 0,
        }
    }
}

impl_draft!(
    ApplyDraft,
    KEY,
    ApplyDraft {
        nonce: crate::form::nonce(),
        ..ApplyDraft::default()
    }
);

/// The stored answers (a fresh form after one was sent).
#[hook]
pub fn use_draft() -> UseStateHandle<ApplyDraft> {
    use_stored()
}

/// Forgets the answers (after the application was sent and its confirmation shown).
pub fn forget() {
    SessionStorage::delete(KEY);
}

/// The page of a question.
pub fn page(step: Step) -> Html {
    match step {
        Step::Name => html! { <name::ApplyName /> },
        Step::Contact => html! { <contact::ApplyContact /> },
        Step::Districts | Step::Languages | Step::Help => html! { <choose::ApplyChoose {step} /> },
        Step::Availability | Step::Motivation => html! { <text::ApplyText {step} /> },
        Step::Principles => html! { <principles::ApplyPrinciples /> },
        Step::Check => html! { <check::ApplyCheck /> },
        Step::Done => html! { <done::ApplyDone /> },
    }
}

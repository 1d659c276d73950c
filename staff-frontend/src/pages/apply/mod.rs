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

impl Step {
    const ALL: [Step; 10] = [
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

    pub fn slug(self) -> &'static str {
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

    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The page before (the introduction before the first question).
    pub fn back(self) -> Route {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        match i {
            0 => Route::Apply,
            _ => Route::ApplyStep(Self::ALL[i - 1]),
        }
    }

    /// The page after; from a question changed on the check page, back to the check page.
    pub fn next(self, draft: &ApplyDraft) -> Route {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        if draft.checking && self != Step::Check {
            return Route::ApplyStep(Step::Check);
        }
        Route::ApplyStep(Self::ALL[(i + 1).min(Self::ALL.len() - 1)])
    }

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

/// The stored answers (a fresh form after one was sent).
#[hook]
pub fn use_draft() -> UseStateHandle<ApplyDraft> {
    use_state(|| {
        let stored: ApplyDraft = SessionStorage::get(KEY).unwrap_or_default();
        if stored.nonce.is_empty() {
            ApplyDraft {
                nonce: crate::form::nonce(),
                ..ApplyDraft::default()
            }
        } else {
            stored
        }
    })
}

/// Changes the answers and keeps them.
pub fn update(draft: &UseStateHandle<ApplyDraft>, change: impl FnOnce(&mut ApplyDraft)) {
    let mut next = (**draft).clone();
    change(&mut next);
    let _ = SessionStorage::set(KEY, &next);
    draft.set(next);
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

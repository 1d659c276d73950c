//! The ideas store ("Ideenspeicher"), open to everyone: the list of ideas with their state,
//! supporting one with a booking code, and submitting an idea one question per page. The
//! answers are kept in session storage, so a reload or the back button loses nothing.

pub mod check;
pub mod contact;
pub mod done;
pub mod field;
pub mod list;
pub mod support;
pub mod text;

use crate::app::Route;
use crate::auth::{use_auth, Auth};
use crate::i18n::I18n;
use crate::pages::steps::{impl_draft, use_stored};
pub use crate::pages::steps::{update, Steps};
use crate::router::Redirect;
use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use teilhabe_events::api::ContactInput;
use teilhabe_events::ideas::{FieldOfAction, IdeaRequest};
use teilhabe_events::staff::Role;
use yew::prelude::*;

pub use teilhabe_web::ideas::{
    field_hint, field_name, field_slug, source_name, state_slug, state_tag, FIELDS, STATES,
};

/// The questions, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdeaStep {
    What,
    ForWhom,
    Where,
    Field,
    Contact,
    Check,
    Done,
}

impl Steps for IdeaStep {
    const ALL: &'static [IdeaStep] = &[
        IdeaStep::What,
        IdeaStep::ForWhom,
        IdeaStep::Where,
        IdeaStep::Field,
        IdeaStep::Contact,
        IdeaStep::Check,
        IdeaStep::Done,
    ];
    const CHECK: IdeaStep = IdeaStep::Check;
    const START: Route = Route::Ideas;
    type Draft = IdeaDraft;

    fn slug(self) -> &'static str {
        match self {
            IdeaStep::What => "what",
            IdeaStep::ForWhom => "for-whom",
            IdeaStep::Where => "where",
            IdeaStep::Field => "field",
            IdeaStep::Contact => "contact",
            IdeaStep::Check => "check",
            IdeaStep::Done => "done",
        }
    }

    fn route(self) -> Route {
        Route::IdeaStep(self)
    }
}

impl IdeaStep {
    /// The question a field of the request is asked on.
    pub fn of_field(field: &str) -> IdeaStep {
        match field {
            "what" => IdeaStep::What,
            "for_whom" => IdeaStep::ForWhom,
            "where_in_city" => IdeaStep::Where,
            "field" => IdeaStep::Field,
            _ => IdeaStep::Contact,
        }
    }
}

/// The answers so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaDraft {
    pub nonce: String,
    pub what: String,
    pub for_whom: String,
    pub where_in_city: String,
    pub field: Option<FieldOfAction>,
    /// "none", "phone" or "email" (empty until answered).
    pub contact_kind: String,
    pub contact_value: String,
    /// Typed in by staff from an idea card collected on paper.
    pub paper: bool,
    /// The person has seen the check page: changing an answer leads back there.
    pub checking: bool,
    /// Set once the idea went through.
    pub sent: bool,
}

const KEY: &str = "teilhabe.staff.idea";

impl IdeaDraft {
    pub fn request(&self) -> IdeaRequest {
        let kind = if self.contact_kind.is_empty() {
            "none".to_owned()
        } else {
            self.contact_kind.clone()
        };
        let value = (kind != "none").then(|| self.contact_value.clone());
        IdeaRequest {
            what: self.what.clone(),
            for_whom: self.for_whom.clone(),
            where_in_city: self.where_in_city.clone(),
            field: self.field,
            contact: ContactInput { kind, value },
        }
    }

    /// A fresh form; `paper` when staff type in an idea card.
    pub fn fresh_for(paper: bool) -> Self {
        Self {
            nonce: crate::form::nonce(),
            paper,
            ..Self::default()
        }
    }
}

impl_draft!(IdeaDraft, KEY, IdeaDraft::fresh_for(false));

/// The stored answers (a fresh form when there are none).
#[hook]
pub fn use_draft() -> UseStateHandle<IdeaDraft> {
    use_stored()
}

/// The caption above every question: whose idea is typed in.
pub fn caption(i18n: &I18n, draft: &IdeaDraft) -> String {
    i18n.t(if draft.paper {
        "ideas-ui-caption-paper"
    } else {
        "ideas-ui-caption"
    })
}

/// Whether the person logged in may type in ideas from paper (an ambassador or the office).
pub fn collects_paper(auth: &Auth) -> bool {
    matches!(auth, Auth::LoggedIn(me) if matches!(me.role, Role::Ambassador | Role::Office))
}

#[derive(Properties, PartialEq)]
pub struct NewIdeaProps {
    pub paper: bool,
}

/// `/staff/ideas/new`: starts a fresh form and opens its first question.
#[component(NewIdea)]
pub fn new_idea(props: &NewIdeaProps) -> Html {
    let auth = use_auth();
    let paper = props.paper && collects_paper(&auth.auth);
    // The fresh form is stored before the first question reads it.
    let stored = use_state(|| None::<bool>);
    {
        let stored = stored.clone();
        use_effect_with(paper, move |paper| {
            let _ = SessionStorage::set(KEY, IdeaDraft::fresh_for(*paper));
            stored.set(Some(*paper));
        });
    }
    let waiting = props.paper && matches!(auth.auth, Auth::Checking);
    if waiting || *stored != Some(paper) {
        return html! {};
    }
    html! { <Redirect to={Route::IdeaStep(IdeaStep::What)} /> }
}

/// The page of a question.
pub fn page(step: IdeaStep) -> Html {
    match step {
        IdeaStep::What | IdeaStep::ForWhom | IdeaStep::Where => {
            html! { <text::IdeaText {step} /> }
        }
        IdeaStep::Field => html! { <field::IdeaField /> },
        IdeaStep::Contact => html! { <contact::IdeaContact /> },
        IdeaStep::Check => html! { <check::IdeaCheck /> },
        IdeaStep::Done => html! { <done::IdeaDone /> },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_is_found_by_its_slug() {
        for &step in IdeaStep::ALL {
            assert_eq!(IdeaStep::from_slug(step.slug()), Some(step));
        }
    }

    #[test]
    fn a_draft_without_contact_asks_for_none() {
        let draft = IdeaDraft {
            contact_value: "040 1234".into(),
            ..IdeaDraft::default()
        };
        let request = draft.request();
        assert_eq!(request.contact.kind, "none");
        assert_eq!(request.contact.value, None);
    }
}

//! The registration a person is filling in, page by page; kept in session storage so a
//! reload or the back button loses nothing.

use gloo_storage::{SessionStorage, Storage};
use serde::{Deserialize, Serialize};
use teilhabe_events::api::{ContactInput, RegistrationCreated, RegistrationRequest};
use yew::prelude::*;

const STORAGE_KEY: &str = "teilhabe.draft";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub session_id: String,
    pub name: String,
    /// "phone", "email", "none", or empty before the person chose.
    pub contact_kind: String,
    pub contact_value: String,
    /// Set once the registration went through.
    pub result: Option<RegistrationCreated>,
}

impl Draft {
    pub fn load() -> Self {
        SessionStorage::get(STORAGE_KEY).unwrap_or_default()
    }

    pub fn save(&self) {
        let _ = SessionStorage::set(STORAGE_KEY, self);
    }

    /// The draft for `session_id`: the stored one if it is for that session, else a new one.
    pub fn for_session(session_id: &str) -> Self {
        let stored = Self::load();
        if stored.session_id == session_id {
            stored
        } else {
            Self {
                session_id: session_id.to_owned(),
                ..Self::default()
            }
        }
    }

    pub fn request(&self) -> RegistrationRequest {
        RegistrationRequest {
            name: self.name.clone(),
            contact: ContactInput {
                kind: self.contact_kind.clone(),
                value: match self.contact_kind.as_str() {
                    "phone" | "email" => Some(self.contact_value.clone()),
                    _ => None,
                },
            },
            needs: Vec::new(),
        }
    }
}

/// The draft of the session `session_id`, saved on every change.
#[hook]
pub fn use_draft(session_id: &str) -> UseStateHandle<Draft> {
    let id = session_id.to_owned();
    let draft = use_state(move || Draft::for_session(&id));
    {
        let draft = draft.clone();
        use_effect_with((*draft).clone(), move |d| {
            d.save();
            drop(draft);
        });
    }
    draft
}

//! What the two forms that ask one question a page share (the application to become an
//! ambassador, and an idea): the order of their pages, the answers kept in session storage (a
//! reload or the back button loses nothing), and the page that shows every answer once more
//! before sending.

use crate::api::ApiFailure;
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::form::Sender;
use gloo_storage::{SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;
use yew::prelude::*;

/// The pages of a form, in order: the questions, the check page, the done page.
pub trait Steps: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The check page (a question changed from there leads back to it).
    const CHECK: Self;
    /// The page before the first question.
    const START: Route;
    /// The answers so far.
    type Draft: Draft;

    /// The page's part of its address.
    fn slug(self) -> &'static str;
    /// The page's route.
    fn route(self) -> Route;

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.slug() == slug)
    }

    /// The page before.
    fn back(self) -> Route {
        match Self::ALL.iter().position(|s| *s == self).unwrap_or(0) {
            0 => Self::START,
            i => Self::ALL[i - 1].route(),
        }
    }

    /// The page after; from a question changed on the check page, back to the check page.
    fn next(self, draft: &Self::Draft) -> Route {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        if draft.checking() && self != Self::CHECK {
            return Self::CHECK.route();
        }
        Self::ALL[(i + 1).min(Self::ALL.len() - 1)].route()
    }
}

/// The answers so far, kept in session storage under `KEY`.
pub trait Draft: Clone + Default + PartialEq + Serialize + DeserializeOwned + 'static {
    const KEY: &'static str;
    /// A fresh form (with a new nonce).
    fn fresh() -> Self;
    /// The random part of the form's idempotency key; empty when nothing is stored.
    fn nonce(&self) -> &str;
    /// Whether the person has seen the check page.
    fn checking(&self) -> bool;
    fn mark_checking(&mut self);
    /// Marks the answers as sent.
    fn mark_sent(&mut self);
}

/// Implements [`Draft`] for `$draft`, kept under `$key`, with the fields `nonce`, `checking`
/// and `sent`; `$fresh` is a fresh form.
macro_rules! impl_draft {
    ($draft:ty, $key:expr, $fresh:expr) => {
        impl $crate::pages::steps::Draft for $draft {
            const KEY: &'static str = $key;

            fn fresh() -> Self {
                $fresh
            }

            fn nonce(&self) -> &str {
                &self.nonce
            }

            fn checking(&self) -> bool {
                self.checking
            }

            fn mark_checking(&mut self) {
                self.checking = true;
            }

            fn mark_sent(&mut self) {
                self.sent = true;
            }
        }
    };
}
pub(crate) use impl_draft;

/// The stored answers (a fresh form when there are none).
#[hook]
pub fn use_stored<D: Draft>() -> UseStateHandle<D> {
    use_state(|| {
        let stored: D = SessionStorage::get(D::KEY).unwrap_or_default();
        if stored.nonce().is_empty() {
            D::fresh()
        } else {
            stored
        }
    })
}

/// Changes the answers and keeps them.
pub fn update<D: Draft>(draft: &UseStateHandle<D>, change: impl FnOnce(&mut D)) {
    let mut next = (**draft).clone();
    change(&mut next);
    let _ = SessionStorage::set(D::KEY, &next);
    draft.set(next);
}

/// Marks the answers as being checked once the check page shows: from then on each
/// question's page leads back to the check page.
#[hook]
pub fn use_mark_checking<D: Draft>(draft: &UseStateHandle<D>) {
    let draft = draft.clone();
    use_effect_with((), move |_| {
        if !draft.checking() {
            update(&draft, D::mark_checking);
        }
    });
}

/// Sends the answers with `request`; once they went through, marks them sent and goes to `done`.
pub fn send<D: Draft, T: 'static>(
    sender: &Sender,
    draft: &UseStateHandle<D>,
    request: impl Future<Output = Result<T, ApiFailure>> + 'static,
    done: Route,
) {
    let (draft, navigator) = (draft.clone(), sender.navigator.clone());
    sender.send(request, move |_| {
        update(&draft, D::mark_sent);
        navigator.push(&done);
    });
}

#[derive(Properties, PartialEq)]
pub struct CheckPageProps {
    pub back: Route,
    pub caption: String,
    pub heading: String,
    pub errors: Vec<ShownError>,
    /// The line above the button, and the button.
    pub note: String,
    pub submit: String,
    pub sending: bool,
    pub onsubmit: Callback<()>,
    /// The answers (`<dl class="summary">`) and what else the page says.
    pub children: Html,
}

/// The check page: every answer once more, each with a link to change it, and the button that
/// sends them.
#[component(CheckPage)]
pub fn check_page(props: &CheckPageProps) -> Html {
    let onsubmit = props.onsubmit.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <>
            <BackLink to={props.back.clone()} />
            <ErrorSummary errors={props.errors.clone()} />
            <p class="caption">{ &props.caption }</p>
            <Heading text={props.heading.clone()} error={!props.errors.is_empty()} />
            { props.children.clone() }
            <form {onsubmit}>
                <p>{ &props.note }</p>
                <button type="submit" class="button" disabled={props.sending}>{ &props.submit }</button>
            </form>
        </>
    }
}

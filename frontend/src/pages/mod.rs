//! One module per page.

pub mod accessibility;
pub mod booking;
pub mod booking_cancel;
pub mod booking_find;
pub mod choice_question;
pub mod confirmation;
pub mod easy_read;
pub mod finder;
pub mod help;
pub mod not_found;
pub mod register_check;
pub mod register_contact;
pub mod register_name;
pub mod report_barrier;
pub mod session;
pub mod start;

use crate::api::ApiFailure;
use crate::i18n::I18n;
use std::future::Future;
use std::pin::Pin;
use teilhabe_events::api::{BookingView, SessionSummary};
use yew::prelude::*;

/// Data a page fetches from the API.
#[derive(Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(ApiFailure),
}

/// Fetches with `fetch(key)` whenever `key` changes.
#[hook]
pub fn use_load<T, F, Fut>(key: String, fetch: F) -> UseStateHandle<Load<T>>
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(String) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let state = use_state(|| Load::Loading);
    {
        let state = state.clone();
        use_effect_with(key, move |key| {
            let key = key.clone();
            yew::platform::spawn_local(async move {
                state.set(match fetch(key).await {
                    Ok(value) => Load::Ready(value),
                    Err(failure) => Load::Failed(failure),
                });
            });
        });
    }
    state
}

/// One session, fetched by id (one instance of the fetching code for every page that shows one).
#[hook]
pub fn use_session(id: &str) -> UseStateHandle<Load<SessionSummary>> {
    use_load(
        id.to_owned(),
        |id| async move { crate::api::session(&id).await },
    )
}

/// One booking, fetched by its code (one instance of the fetching code for the booking page
/// and the pages that cancel or erase it).
#[hook]
pub fn use_booking(code: &str) -> UseStateHandle<Load<BookingView>> {
    use_load(code.to_owned(), |code| async move {
        crate::api::booking(&code).await
    })
}

/// A write the person starts with a button: whether it is on its way, and why it failed.
#[derive(Clone, PartialEq)]
pub struct Sending {
    pub busy: UseStateHandle<bool>,
    pub failure: UseStateHandle<Option<ApiFailure>>,
}

/// What a write does, start to end (the request, then what follows a success).
pub type Write = Pin<Box<dyn Future<Output = Result<(), ApiFailure>>>>;

impl Sending {
    /// Starts `write`, unless one is on its way (a second press sends nothing).
    pub fn start(&self, write: Write) {
        if *self.busy {
            return;
        }
        self.busy.set(true);
        self.failure.set(None);
        let this = self.clone();
        yew::platform::spawn_local(async move {
            let result = write.await;
            this.failure.set(result.err());
            this.busy.set(false);
        });
    }
}

#[hook]
pub fn use_sending() -> Sending {
    Sending {
        busy: use_state(|| false),
        failure: use_state(|| None),
    }
}

/// The message shown while loading (no `failure`) or when loading failed.
pub fn load_status(i18n: &I18n, failure: Option<&ApiFailure>) -> Html {
    match failure {
        None => html! { <p class="loading" role="status">{ i18n.t("app-loading") }</p> },
        Some(failure) => html! {
            <div class="error-summary" role="alert">
                <p>{ i18n.t(failure.message_key()) }</p>
            </div>
        },
    }
}

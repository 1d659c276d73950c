//! One module per page.

pub mod accessibility;
pub mod booking;
pub mod booking_cancel;
pub mod booking_find;
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
use crate::i18n::use_t;
use std::future::Future;
use teilhabe_events::api::SessionSummary;
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

/// The message shown while loading or when loading failed.
#[derive(Properties, PartialEq)]
pub struct StatusProps {
    #[prop_or_default]
    pub failure: Option<ApiFailure>,
}

#[function_component(LoadStatus)]
pub fn load_status(props: &StatusProps) -> Html {
    let i18n = use_t();
    match &props.failure {
        None => html! { <p class="loading" role="status">{ i18n.t("app-loading") }</p> },
        Some(failure) => html! {
            <div class="error-summary" role="alert">
                <p>{ i18n.t(failure.message_key()) }</p>
            </div>
        },
    }
}

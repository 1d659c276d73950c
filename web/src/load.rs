//! Data a page fetches, what shows while it comes or when it cannot, and writes a person
//! starts with a button.

use crate::api::ApiFailure;
use crate::i18n::use_t;
use std::future::Future;
use std::pin::Pin;
use yew::prelude::*;

/// Data a page fetches from the API.
#[derive(Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(ApiFailure),
}

/// A fetched value and a way to fetch it again (after a change).
pub struct Loaded<T> {
    pub state: UseStateHandle<Load<T>>,
    pub reload: Callback<()>,
}

/// Fetches with `fetch(key)` when shown, whenever `key` changes, and on `reload`.
#[hook]
pub fn use_load<T, F, Fut>(key: String, fetch: F) -> Loaded<T>
where
    T: Clone + PartialEq + 'static,
    F: Fn(String) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let state = use_state(|| Load::Loading);
    let generation = use_state(|| 0u32);
    let fetch = use_memo((), move |_| fetch);
    {
        let state = state.clone();
        use_effect_with((key, *generation), move |(key, _)| {
            let future = fetch(key.clone());
            yew::platform::spawn_local(async move {
                state.set(match future.await {
                    Ok(value) => Load::Ready(value),
                    Err(failure) => Load::Failed(failure),
                });
            });
        });
    }
    let reload = Callback::from(move |()| generation.set(generation.wrapping_add(1)));
    Loaded { state, reload }
}

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    #[prop_or_default]
    pub failure: Option<ApiFailure>,
}

/// "Loading …", or why it could not be loaded.
#[component(LoadStatus)]
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

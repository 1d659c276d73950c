//! Data a page fetches, what shows while it comes or when it cannot, and writes a person
//! starts with a button.

use crate::api::ApiFailure;
use crate::i18n::{use_t, I18n};
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

impl<T> Load<T> {
    /// What shows while the value comes ("Loading …") or why it could not be loaded; nothing
    /// once it is there.
    pub fn status(&self) -> Html {
        match self {
            Load::Ready(_) => Html::default(),
            Load::Loading => html! { <LoadStatus /> },
            Load::Failed(failure) => html! { <LoadStatus failure={failure.clone()} /> },
        }
    }

    /// The value as `ready` shows it once it is there; until then its [`status`](Self::status).
    pub fn view(&self, ready: impl FnOnce(&T) -> Html) -> Html {
        match self {
            Load::Ready(value) => ready(value),
            _ => self.status(),
        }
    }
}

/// A fetched value and a way to fetch it again (after a change).
pub struct Loaded<T> {
    pub state: UseStateHandle<Load<T>>,
    pub reload: Callback<()>,
}

/// Fetches with `fetch(key)` when shown and whenever `key` changes. (The fetch of the latest
/// render runs: an effect's closure is made anew each time.) Pages that never fetch again call
/// this rather than [`use_load`]: it costs the residents' download less.
#[hook]
pub fn use_fetch<K, T, F, Fut>(key: K, fetch: F) -> UseStateHandle<Load<T>>
where
    K: Clone + PartialEq + 'static,
    T: Clone + PartialEq + 'static,
    F: FnOnce(K) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let state = use_state(|| Load::Loading);
    {
        let state = state.clone();
        use_effect_with(key, move |key| {
            let future = fetch(key.clone());
            yew::platform::spawn_local(async move {
                state.set(match future.await {
                    Ok(value) => Load::Ready(value),
                    Err(failure) => Load::Failed(failure),
                });
            });
        });
    }
    state
}

/// Fetches with `fetch(key)` when shown, whenever `key` changes, and on `reload`.
#[hook]
pub fn use_load<T, F, Fut>(key: String, fetch: F) -> Loaded<T>
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(String) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let generation = use_state(|| 0u32);
    let state = use_fetch((key, *generation), move |(key, _)| fetch(key));
    let reload = Callback::from(move |()| generation.set(generation.wrapping_add(1)));
    Loaded { state, reload }
}

/// "Loading …" (no `failure`), or why it could not be loaded: a function, for pages that need
/// no component for it (the residents' app counts its bytes).
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

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    #[prop_or_default]
    pub failure: Option<ApiFailure>,
}

/// [`load_status`] as a component.
#[component(LoadStatus)]
pub fn load_status_component(props: &StatusProps) -> Html {
    load_status(&use_t(), props.failure.as_ref())
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

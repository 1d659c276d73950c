//! Client-side routing: the route the address names, links that change it without reloading
//! the page, and the browser's back and forward buttons.
//!
//! Written here rather than taken from yew-router: the app needs one router over one `Route`
//! enum, and yew-router with its history and query machinery cost 15 KB of the 250 KB
//! (gzipped) the whole frontend may weigh.

use crate::app::Route;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The current route and the way to change it.
#[derive(Clone, PartialEq)]
struct RouterContext {
    route: Route,
    navigate: Callback<(Route, bool)>,
}

/// The route of the address the browser shows.
fn current_route() -> Route {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    Route::recognize(&path)
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub children: Html,
}

/// Provides the route to everything inside it and follows the back and forward buttons.
#[component(Router)]
pub fn router(props: &RouterProps) -> Html {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listener = Closure::<dyn Fn()>::new(move || route.set(current_route()));
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let navigate = {
        let route = route.clone();
        Callback::from(move |(to, replace): (Route, bool)| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let path = to.to_path();
                let _ = if replace {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
                } else {
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
                };
            }
            route.set(to);
        })
    };
    let context = RouterContext {
        route: (*route).clone(),
        navigate,
    };
    html! {
        <ContextProvider<RouterContext> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext>>
    }
}

/// The current route.
#[hook]
pub fn use_route() -> Route {
    use_context::<RouterContext>().map_or(Route::Start, |c| c.route)
}

/// Moves to another route.
#[derive(Clone, PartialEq)]
pub struct Navigator(Callback<(Route, bool)>);

impl Navigator {
    /// Opens `route` as a new entry in the browser's history.
    pub fn push(&self, route: &Route) {
        self.0.emit((route.clone(), false));
    }

    /// Opens `route` in place of the current entry.
    pub fn replace(&self, route: &Route) {
        self.0.emit((route.clone(), true));
    }
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<RouterContext>().map(|c| Navigator(c.navigate))
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

/// A link to a route: a real `<a href>` (so it can be opened in a new tab), followed inside
/// the app on a plain click.
#[component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
            if let (false, 0, Some(navigator)) = (modified, e.button(), &navigator) {
                e.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a class={props.classes.clone()} href={props.to.to_path()} {onclick}>{ props.children.clone() }</a>
    }
}

#[derive(Properties, PartialEq)]
pub struct RedirectProps {
    pub to: Route,
}

/// Replaces the current address with `to` as soon as it is shown.
#[component(Redirect)]
pub fn redirect(props: &RedirectProps) -> Html {
    let navigator = use_navigator();
    use_effect_with(props.to.clone(), move |to| {
        if let Some(navigator) = navigator {
            navigator.replace(to);
        }
    });
    html! {}
}

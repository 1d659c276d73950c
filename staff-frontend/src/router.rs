//! Client-side routing under `/staff/`: the route the address names, links that change it
//! without reloading the page, and the browser's back and forward buttons.
//!
//! Hand-written like the residents' app's router (yew-router costs more than these lines).

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

/// The route of the address the browser shows (path and query).
fn current_route() -> Route {
    let location = web_sys::window().map(|w| w.location());
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    Route::recognize(&path, &search)
}

/// The value of `name` in a query string (`?token=abc&x=1`), percent-decoded.
pub fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| decode(value))
}

/// Undoes percent-encoding (and `+` for a space, as forms write it).
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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
    use_context::<RouterContext>().map_or(Route::Home, |c| c.route)
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
pub fn use_navigator() -> Navigator {
    Navigator(use_context::<RouterContext>().map_or_else(Callback::noop, |c| c.navigate))
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

/// A link to a route: a real `<a href>`, followed inside the app on a plain click.
#[component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            let modified = e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key();
            if !modified && e.button() == 0 {
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
    use_effect_with(props.to.clone(), move |to| navigator.replace(to));
    html! {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_value_is_found_and_decoded() {
        assert_eq!(
            query_value("?token=a%2Bb%20c&x=1", "token").as_deref(),
            Some("a+b c")
        );
        assert_eq!(query_value("?x=1", "token"), None);
        assert_eq!(query_value("", "token"), None);
    }

    #[test]
    fn a_broken_escape_is_kept_as_written() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }
}

//! Client-side routing over an app's own `Route` enum: the route the address names, links
//! that change it without reloading the page, and the browser's back and forward buttons.
//!
//! Written here rather than taken from yew-router: each app needs one router over one `Route`
//! enum, and yew-router with its history and query machinery cost 15 KB of the 250 KB
//! (gzipped) the residents' frontend may weigh. Each app names its own types
//! (`type Link = teilhabe_web::router::Link<Route>`), as in yew's `function_router` example.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::html::ChildrenProps;
use yew::prelude::*;

/// An app's routes: read from an address and written back as one.
pub trait Routable: Clone + PartialEq + 'static {
    /// The route of an address: its path and its query (`?a=1`, or empty).
    fn recognize(path: &str, search: &str) -> Self;
    /// The address of the route.
    fn to_path(&self) -> String;
    /// The route shown where no router is around.
    fn home() -> Self;
    /// Whether a route depends on the query (`?token=…`); if not, it is not read.
    const QUERY: bool = true;
    /// Whether an error summary may name a question on another page by its address (the
    /// staff app's check-your-answers pages do); without, the summary carries no router link.
    const SUMMARY_PAGES: bool = true;
}

/// The current route and the way to change it.
#[derive(Clone, PartialEq)]
struct RouterContext<R: Routable> {
    route: R,
    navigate: Callback<(R, bool)>,
}

/// The route of the address the browser shows (path and query).
fn current_route<R: Routable>() -> R {
    let location = web_sys::window().map(|w| w.location());
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .filter(|_| R::QUERY)
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    R::recognize(&path, &search)
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

/// Provides the route to everything inside it and follows the back and forward buttons.
#[component(Router)]
pub fn router<R: Routable>(props: &ChildrenProps) -> Html {
    let route = use_state_eq(current_route::<R>);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let listener = Closure::<dyn Fn()>::new(move || route.set(current_route::<R>()));
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
        Callback::from(move |(to, replace): (R, bool)| {
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
        <ContextProvider<RouterContext<R>> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext<R>>>
    }
}

/// The current route.
#[hook]
pub fn use_route<R: Routable>() -> R {
    use_context::<RouterContext<R>>().map_or_else(R::home, |c| c.route)
}

/// Moves to another route.
#[derive(Clone, PartialEq)]
pub struct Navigator<R: Routable>(Callback<(R, bool)>);

impl<R: Routable> Navigator<R> {
    /// Opens `route` as a new entry in the browser's history.
    pub fn push(&self, route: &R) {
        self.0.emit((route.clone(), false));
    }

    /// Opens `route` in place of the current entry.
    pub fn replace(&self, route: &R) {
        self.0.emit((route.clone(), true));
    }
}

/// The way to another route (one that does nothing outside a router).
#[hook]
pub fn use_navigator<R: Routable>() -> Navigator<R> {
    Navigator(use_context::<RouterContext<R>>().map_or_else(Callback::noop, |c| c.navigate))
}

#[derive(Properties, PartialEq)]
pub struct LinkProps<R: Routable> {
    pub to: R,
    #[prop_or_default]
    pub classes: Classes,
    pub children: Html,
}

/// A link to a route: a real `<a href>` (so it can be opened in a new tab), followed inside
/// the app on a plain click.
#[component(Link)]
pub fn link<R: Routable>(props: &LinkProps<R>) -> Html {
    let navigator = use_navigator::<R>();
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
pub struct RedirectProps<R: Routable> {
    pub to: R,
}

/// Replaces the current address with `to` as soon as it is shown.
#[component(Redirect)]
pub fn redirect<R: Routable>(props: &RedirectProps<R>) -> Html {
    let navigator = use_navigator::<R>();
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

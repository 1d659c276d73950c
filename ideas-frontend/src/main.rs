//! The residents' ideas store ("Ideenspeicher"), a bundle of its own under `/ideas`: the list
//! by field of action and state with supporter counts, an idea's page with its way through the
//! working group, supporting an idea with a booking code, and submitting one, one question per
//! page. It is drawn in the residents' frame (`teilhabe_frontend`'s `Shell`: header, settings,
//! languages, footer); any other address of the site is loaded from the server.

mod api;
mod pages;

use teilhabe_frontend::app::{Route, Shell};
use teilhabe_frontend::router::use_route;
use yew::prelude::*;

/// Where [`Elsewhere`] notes the address it last loaded, and when.
const ELSEWHERE: &str = "teilhabe.elsewhere";

/// A page of the other bundle (the ideas store here, the rest of the site in the ideas
/// bundle): the browser loads it from the server, in place of the address it shows.
#[component(Elsewhere)]
fn elsewhere() -> Html {
    use_effect(|| {
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let Ok(href) = location.href() else {
            return;
        };
        // The same address asked for a moment ago came back to this bundle (the other one is
        // not built): stop rather than load it again and again.
        let Ok(Some(storage)) = web_sys::window().map_or(Ok(None), |w| w.session_storage()) else {
            return;
        };
        let now = js_sys::Date::now() as u64 / 1000;
        let looped = storage
            .get_item(ELSEWHERE)
            .ok()
            .flatten()
            .and_then(|mark| {
                let (at, address) = mark.split_once(' ')?;
                Some(address == href && now.saturating_sub(at.parse().ok()?) < 3)
            })
            .unwrap_or(false);
        if !looped {
            let _ = storage.set_item(ELSEWHERE, &format!("{now} {href}"));
            let _ = location.replace(&href);
        }
    });
    html! {}
}

/// The page of the current route: the ideas store's, or the rest of the site's (loaded anew).
#[component(Switch)]
fn switch() -> Html {
    match use_route() {
        Route::Ideas => html! { <pages::list::IdeasList /> },
        Route::IdeasWall => html! { <pages::wall::IdeasWall /> },
        Route::Idea { id } => html! { <pages::idea::IdeaPage {id} /> },
        Route::IdeaSupport { id } => html! { <pages::support::SupportIdea {id} /> },
        Route::IdeaStep { step } => pages::step_page(&step),
        _ => html! { <Elsewhere /> },
    }
}

#[component(App)]
fn app() -> Html {
    html! { <Shell<Switch> /> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}

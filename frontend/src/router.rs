//! Client-side routing: the shared router (`teilhabe_web::router`) over this app's [`Route`].

use crate::app::Route;
use teilhabe_web::router;

pub type Router = router::Router<Route>;
pub type Link = router::Link<Route>;
pub type Redirect = router::Redirect<Route>;

impl router::Routable for Route {
    const QUERY: bool = false;
    const SUMMARY_PAGES: bool = false;

    fn recognize(path: &str, _search: &str) -> Self {
        Route::recognize(path)
    }

    fn to_path(&self) -> String {
        Route::to_path(self)
    }

    fn home() -> Self {
        Route::Start
    }
}

/// The current route.
#[yew::hook]
pub fn use_route() -> Route {
    router::use_route::<Route>()
}

/// The way to another route.
#[yew::hook]
pub fn use_navigator() -> router::Navigator<Route> {
    router::use_navigator::<Route>()
}

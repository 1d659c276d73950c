//! Client-side routing under `/staff/`: the shared router (`teilhabe_web::router`) over this
//! app's [`Route`].

use crate::app::Route;
use teilhabe_web::router;

pub use router::{decode, query_value};

pub type Router = router::Router<Route>;
pub type Link = router::Link<Route>;
pub type Redirect = router::Redirect<Route>;
pub type Navigator = router::Navigator<Route>;

impl router::Routable for Route {
    fn recognize(path: &str, search: &str) -> Self {
        Route::recognize(path, search)
    }

    fn to_path(&self) -> String {
        Route::to_path(self)
    }

    fn home() -> Self {
        Route::Home
    }
}

/// The current route.
#[yew::hook]
pub fn use_route() -> Route {
    router::use_route::<Route>()
}

/// The way to another route (one that does nothing outside the router).
#[yew::hook]
pub fn use_navigator() -> Navigator {
    router::use_navigator::<Route>()
}

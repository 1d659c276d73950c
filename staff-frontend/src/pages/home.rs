//! `/staff/`: the start page of whoever is logged in, else the login.

use crate::app::Route;
use crate::auth::{home_of, use_auth, Auth};
use crate::components::load::LoadStatus;
use crate::router::Redirect;
use yew::prelude::*;

#[component(Home)]
pub fn home() -> Html {
    match use_auth().auth {
        Auth::Checking => html! { <LoadStatus /> },
        Auth::LoggedOut => html! { <Redirect to={Route::Login { next: None }} /> },
        Auth::LoggedIn(me) => html! { <Redirect to={home_of(me.role)} /> },
    }
}

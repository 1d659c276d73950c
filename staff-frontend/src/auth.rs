//! Who is logged in, and the guard in front of every page that needs a login.

use crate::app::Route;
use crate::components::load::LoadStatus;
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::{use_route, Link, Redirect};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::Me;
use yew::prelude::*;

/// Whether anyone is logged in in this browser.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    /// Asking the server.
    Checking,
    LoggedOut,
    LoggedIn(Me),
}

/// The login and a way to change it (after logging in or out).
#[derive(Clone, PartialEq)]
pub struct AuthContext {
    pub auth: Auth,
    pub set: Callback<Auth>,
}

#[hook]
pub fn use_auth() -> AuthContext {
    use_context::<AuthContext>().unwrap_or(AuthContext {
        auth: Auth::LoggedOut,
        set: Callback::noop(),
    })
}

/// Where a role starts after logging in.
pub fn home_of(role: Role) -> Route {
    match role {
        Role::Office => Route::Overview,
        Role::Ambassador => Route::Dashboard,
        Role::Auditor => Route::AuditReport { as_of: None },
    }
}

#[derive(Properties, PartialEq)]
pub struct GuardProps {
    pub role: Role,
    /// A second role that may see the page too (the office reads the auditors' pages).
    #[prop_or_default]
    pub also: Option<Role>,
    /// Shows the page even while the ambassador still has new principles to accept (the page
    /// that asks for it).
    #[prop_or_default]
    pub principles_page: bool,
    pub children: Html,
}

/// Shows its page only to someone logged in with `role` (or `also`): anyone else is sent to the login, a
/// wrong role is told so; an ambassador is first asked to accept new principles.
#[component(Guard)]
pub fn guard(props: &GuardProps) -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let route = use_route();
    match &auth.auth {
        Auth::Checking => html! { <LoadStatus /> },
        Auth::LoggedOut => {
            let next = Some(route.to_path());
            html! { <Redirect to={Route::Login { next }} /> }
        }
        Auth::LoggedIn(me) if me.role != props.role && Some(me.role) != props.also => html! {
            <>
                <Heading text={i18n.t("staff-forbidden-title")} />
                <p>{ i18n.t("staff-forbidden-text") }</p>
                <Link to={home_of(me.role)} classes="button">{ i18n.t("staff-to-my-start") }</Link>
            </>
        },
        Auth::LoggedIn(me) if me.principles_to_accept.is_some() && !props.principles_page => {
            html! { <Redirect to={Route::AcceptPrinciples} /> }
        }
        Auth::LoggedIn(_) => props.children.clone(),
    }
}

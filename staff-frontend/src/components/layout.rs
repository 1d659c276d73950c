//! The frame around every page: skip link, header with the area's navigation, logout and the
//! settings (language, text size, contrast), main, footer.

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::auth::{use_auth, Auth};
use crate::form::nonce;
use crate::i18n::use_t;
use crate::pages::auditor::LogQuery;
use crate::router::{use_navigator, use_route, Link};
use teilhabe_events::staff::Role;
use teilhabe_web::components::settings_panel::SettingsPanel;
use yew::html::ChildrenProps;
use yew::prelude::*;

/// The links of a role's area, the current one marked.
fn area_links(role: Role) -> &'static [(Route, &'static str)] {
    const AMBASSADOR: &[(Route, &str)] = &[
        (Route::Dashboard, "staff-nav-dashboard"),
        (Route::LogOutreach, "staff-nav-outreach"),
        (
            Route::AssistedRegister { session: None },
            "staff-nav-register",
        ),
        (Route::Door, "doors-nav"),
        (Route::Calls, "calls-ui-nav"),
    ];
    const OFFICE: &[(Route, &str)] = &[
        (Route::Overview, "staff-nav-overview"),
        (Route::Applications, "staff-nav-applications"),
        (Route::Sessions, "staff-nav-sessions"),
        (Route::Door, "doors-nav"),
        (Route::IdeasWork, "ideas-ui-work-nav"),
        (Route::Demand, "demand-nav"),
        (Route::Calls, "calls-ui-nav"),
        (Route::NewAccount, "staff-nav-account"),
        (Route::AuditReport { as_of: None }, "audit-nav-office"),
    ];
    const AUDITOR: &[(Route, &str)] = &[
        (Route::AuditReport { as_of: None }, "audit-nav-report"),
        (Route::AuditLog(LogQuery::START), "audit-nav-log"),
    ];
    match role {
        Role::Ambassador => AMBASSADOR,
        Role::Office => OFFICE,
        Role::Auditor => AUDITOR,
    }
}

#[component(AreaNav)]
fn area_nav() -> Html {
    let i18n = use_t();
    let auth = use_auth();
    let route = use_route();
    let navigator = use_navigator();
    let Auth::LoggedIn(me) = &auth.auth else {
        return html! {};
    };
    let logout = {
        let set = auth.set.clone();
        Callback::from(move |_: MouseEvent| {
            let (set, navigator) = (set.clone(), navigator.clone());
            yew::platform::spawn_local(async move {
                let _ = api::logout(&nonce()).await;
                set.emit(Auth::LoggedOut);
                navigator.push(&Route::Login { next: None });
            });
        })
    };
    // The same page with other parameters (a report as of another day) is still this page; a
    // page without a link of its own (the office's way into the event log) marks its area's.
    let page = std::mem::discriminant::<Route>;
    let auditing = |r: &Route| matches!(r, Route::AuditReport { .. } | Route::AuditLog(_));
    let own_link = area_links(me.role)
        .iter()
        .any(|(to, _)| page(to) == page(&route));
    let links = area_links(me.role).iter().map(|(to, label)| {
        let current = page(to) == page(&route) || (!own_link && auditing(to) && auditing(&route));
        html! {
            <li>
                if current {
                    <a href={to.to_path()} aria-current="page">{ i18n.t(label) }</a>
                } else {
                    <Link to={to.clone()}>{ i18n.t(label) }</Link>
                }
            </li>
        }
    });
    html! {
        <div class="area-bar">
            <div class="container">
                <nav aria-label={i18n.t("staff-nav-label")}>
                    <ul class="area-links">{ for links }</ul>
                </nav>
                <p class="signed-in">
                    { i18n.t_args("staff-signed-in-as", &[("name", me.name.clone().into())]) }
                    <button type="button" class="link-button" onclick={logout}>{ i18n.t("staff-logout") }</button>
                </p>
            </div>
        </div>
    }
}

/// A notice another page left for this one ("Application declined"). What one page handed the
/// next is forgotten once the person moves on, so it shows once.
#[component(NoticeLine)]
fn notice_line() -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let route = use_route();
    {
        let (current, set) = (flash.flash.clone(), flash.set.clone());
        use_effect_with(route.clone(), move |route| {
            if current.as_ref().is_some_and(|f| !f.belongs_on(route)) {
                set.emit(None);
            }
        });
    }
    match &flash.flash {
        Some(Flash::Notice { on, key, name }) if *on == route => html! {
            <p class="notice" role="status">{ i18n.t_args(key, &[("name", name.clone().into())]) }</p>
        },
        _ => html! {},
    }
}

#[component(Layout)]
pub fn layout(props: &ChildrenProps) -> Html {
    let i18n = use_t();
    let open = use_state(|| false);
    let toggle_button = use_node_ref();
    let flip = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let (open, toggle_button) = (open.clone(), toggle_button.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            if let Some(button) = toggle_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ i18n.t("app-skip-link") }</a>
            <header class="site-header">
                <div class="container header-row">
                    <Link to={Route::Home} classes="site-name">
                        { i18n.t("app-name") }<span class="site-area">{ i18n.t("staff-area-name") }</span>
                    </Link>
                    <div class="header-tools">
                        <button type="button" class="header-button" ref={toggle_button}
                            aria-expanded={if *open { "true" } else { "false" }} aria-controls="settings" onclick={flip}>
                            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <circle cx="12" cy="12" r="9" />
                                <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
                            </svg>
                            <span lang={i18n.locale.lang}>{ i18n.locale.native_name }</span>
                            <span aria-hidden="true">{ " · " }</span>
                            { i18n.t("settings-open") }
                        </button>
                    </div>
                </div>
                <SettingsPanel open={*open} {close} />
                <AreaNav />
            </header>
            <main id="main" class="container" tabindex="-1">
                <NoticeLine />
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <div class="container">
                    <p>{ i18n.t("staff-footer-text") }</p>
                    <nav aria-label={i18n.t("app-footer-nav-label")}>
                        <ul class="footer-links">
                            <li><a href="/">{ i18n.t("staff-footer-residents") }</a></li>
                            <li><a href="/accessibility">{ i18n.t("a11y-title") }</a></li>
                            <li><Link to={Route::Apply}>{ i18n.t("staff-footer-apply") }</Link></li>
                            <li><Link to={Route::Ideas}>{ i18n.t("ideas-ui-nav") }</Link></li>
                        </ul>
                    </nav>
                </div>
            </footer>
        </>
    }
}

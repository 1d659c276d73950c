//! The app's routes (all under `/staff/`) and the contexts every page shares.

use crate::api::{self, encode};
use crate::auth::{Auth, AuthContext, Guard};
use crate::components::code_panel::CodePanel;
use crate::components::layout::Layout;
use crate::i18n::{use_locale, LocaleContext};
use crate::pages;
use crate::pages::apply::Step;
use crate::pages::auditor::LogQuery;
use crate::pages::ideas::IdeaStep;
use crate::pages::office::applications::LinkPanel;
use crate::pages::steps::Steps;
use crate::router::{query_value, use_route, Router};
use crate::settings::{use_settings_state, SettingsContext};
use teilhabe_events::api::RegistrationCreated;
use teilhabe_events::staff::Role;
use yew::prelude::*;

/// Every address of the app.
#[derive(Clone, PartialEq, Debug)]
pub enum Route {
    /// `/staff/`: the login, or the start page of the role logged in.
    Home,
    /// `next`: the address to go on to after logging in.
    Login {
        next: Option<String>,
    },
    /// The link in the approval e-mail: `/staff/password?token=…`.
    SetPassword {
        token: String,
    },
    Apply,
    ApplyStep(Step),
    Dashboard,
    AcceptPrinciples,
    LogOutreach,
    EditOutreach {
        entry: u32,
    },
    /// Register a resident; `session` when chosen from the dashboard.
    AssistedRegister {
        session: Option<String>,
    },
    AssistedDone,
    Workshop,
    Status,
    Overview,
    Applications,
    Decline {
        id: String,
    },
    Approved,
    /// The office confirms closing the account of ambassador `id`.
    CloseAccount {
        id: String,
    },
    Sessions,
    PlanSession,
    Roster {
        id: String,
    },
    Reschedule {
        id: String,
    },
    Capacity {
        id: String,
    },
    CancelSession {
        id: String,
    },
    PhoneRegister {
        id: String,
    },
    PhoneDone {
        id: String,
    },
    NewAccount,
    AccountCreated,
    /// A letter to print for booking `code`: `notice` names which (`?notice=…`).
    Letter {
        code: String,
        notice: Option<String>,
    },
    /// The report as of an instant (`as_of`, RFC 3339); as of now when absent.
    AuditReport {
        as_of: Option<String>,
    },
    /// A page of the event log with its filters.
    AuditLog(LogQuery),
    /// At the door: today's sessions (office and ambassadors).
    Door,
    /// Checking in at the door of one session.
    CheckIn {
        id: String,
    },
    /// Typing in a session's paper sign-in sheet and feedback cards.
    PaperEntry {
        id: String,
    },
    /// A session's printable sign-in sheet and feedback card.
    SignInSheet {
        id: String,
    },
    /// The ideas store, open to everyone.
    Ideas,
    /// A fresh idea form; `paper` when staff type in an idea card (`?source=paper`).
    NewIdea {
        paper: bool,
    },
    IdeaStep(IdeaStep),
    SupportIdea {
        id: String,
    },
    /// The office's ideas working group.
    IdeasWork,
    /// Where demand is: the interest list by topic, district and weekday, and waiting lists.
    Demand,
    DecideIdea {
        id: String,
    },
    /// The call list (office and ambassadors).
    Calls,
    NotFound,
}

/// Where the app is served.
pub const PREFIX: &str = "/staff";

impl Route {
    /// The address of the route.
    pub fn to_path(&self) -> String {
        let path = match self {
            Route::Home => "/".into(),
            Route::Login { next: None } => "/login".into(),
            Route::Login { next: Some(next) } => format!("/login?next={}", encode(next)),
            Route::SetPassword { token } => format!("/password?token={}", encode(token)),
            Route::Apply => "/apply".into(),
            Route::ApplyStep(step) => format!("/apply/{}", step.slug()),
            Route::Dashboard => "/ambassador".into(),
            Route::AcceptPrinciples => "/ambassador/principles".into(),
            Route::LogOutreach => "/ambassador/outreach/new".into(),
            Route::EditOutreach { entry } => format!("/ambassador/outreach/{entry}"),
            Route::AssistedRegister { session: None } => "/ambassador/register".into(),
            Route::AssistedRegister { session: Some(id) } => {
                format!("/ambassador/register/{}", encode(id))
            }
            Route::AssistedDone => "/ambassador/registered".into(),
            Route::Workshop => "/ambassador/workshop".into(),
            Route::Status => "/ambassador/status".into(),
            Route::Overview => "/office".into(),
            Route::Applications => "/office/applications".into(),
            Route::Decline { id } => format!("/office/applications/{}/decline", encode(id)),
            Route::Approved => "/office/applications/approved".into(),
            Route::CloseAccount { id } => format!("/office/applications/{}/close", encode(id)),
            Route::Sessions => "/office/sessions".into(),
            Route::PlanSession => "/office/sessions/new".into(),
            Route::Roster { id } => format!("/office/sessions/{}", encode(id)),
            Route::Reschedule { id } => format!("/office/sessions/{}/reschedule", encode(id)),
            Route::Capacity { id } => format!("/office/sessions/{}/capacity", encode(id)),
            Route::CancelSession { id } => format!("/office/sessions/{}/cancel", encode(id)),
            Route::PhoneRegister { id } => format!("/office/sessions/{}/register", encode(id)),
            Route::PhoneDone { id } => format!("/office/sessions/{}/registered", encode(id)),
            Route::NewAccount => "/office/accounts/new".into(),
            Route::AccountCreated => "/office/accounts/created".into(),
            Route::Letter { code, notice: None } => format!("/office/letters/{}", encode(code)),
            Route::Letter {
                code,
                notice: Some(notice),
            } => format!("/office/letters/{}?notice={}", encode(code), encode(notice)),
            Route::AuditReport { as_of: None } => "/auditor".into(),
            Route::AuditReport { as_of: Some(at) } => format!("/auditor?as_of={}", encode(at)),
            Route::AuditLog(query) => format!("/auditor/log{}", query.to_query()),
            Route::Door => "/door".into(),
            Route::CheckIn { id } => format!("/door/{}", encode(id)),
            Route::PaperEntry { id } => format!("/door/{}/paper", encode(id)),
            Route::SignInSheet { id } => format!("/door/{}/sheet", encode(id)),
            Route::Ideas => "/ideas".into(),
            Route::NewIdea { paper: false } => "/ideas/new".into(),
            Route::NewIdea { paper: true } => "/ideas/new?source=paper".into(),
            Route::IdeaStep(step) => format!("/ideas/new/{}", step.slug()),
            Route::SupportIdea { id } => format!("/ideas/{}/support", encode(id)),
            Route::IdeasWork => "/office/ideas".into(),
            Route::Demand => "/office/demand".into(),
            Route::DecideIdea { id } => format!("/office/ideas/{}", encode(id)),
            Route::Calls => "/calls".into(),
            Route::NotFound => "/404".into(),
        };
        format!("{PREFIX}{path}")
    }

    /// Who may see the route: its role and a second role that may too (the office reads the
    /// auditors' pages); `None` for pages open to everyone.
    pub fn access(&self) -> Option<(Role, Option<Role>)> {
        use Route::*;
        match self {
            Dashboard
            | AcceptPrinciples
            | LogOutreach
            | EditOutreach { .. }
            | AssistedRegister { .. }
            | AssistedDone
            | Workshop
            | Status => Some((Role::Ambassador, None)),
            Overview
            | Applications
            | Decline { .. }
            | Approved
            | CloseAccount { .. }
            | Sessions
            | PlanSession
            | Roster { .. }
            | Reschedule { .. }
            | Capacity { .. }
            | CancelSession { .. }
            | PhoneRegister { .. }
            | PhoneDone { .. }
            | NewAccount
            | AccountCreated
            | Letter { .. }
            | IdeasWork
            | Demand
            | DecideIdea { .. } => Some((Role::Office, None)),
            AuditReport { .. } | AuditLog(_) => Some((Role::Auditor, Some(Role::Office))),
            Door | CheckIn { .. } | PaperEntry { .. } | SignInSheet { .. } | Calls => {
                Some((Role::Office, Some(Role::Ambassador)))
            }
            Home
            | Login { .. }
            | SetPassword { .. }
            | Apply
            | ApplyStep(_)
            | Ideas
            | NewIdea { .. }
            | IdeaStep(_)
            | SupportIdea { .. }
            | NotFound => None,
        }
    }

    /// The route an address (path and query) names; unknown addresses name the not-found page.
    pub fn recognize(pathname: &str, search: &str) -> Self {
        let Some(rest) = pathname.strip_prefix(PREFIX) else {
            return Route::NotFound;
        };
        let segments: Vec<String> = rest
            .split('/')
            .filter(|s| !s.is_empty())
            .map(crate::router::decode)
            .collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        let id = |s: &str| s.to_owned();
        match segments.as_slice() {
            [] => Route::Home,
            ["login"] => Route::Login {
                next: query_value(search, "next"),
            },
            ["password"] => Route::SetPassword {
                token: query_value(search, "token").unwrap_or_default(),
            },
            ["apply"] => Route::Apply,
            ["apply", step] => Step::from_slug(step).map_or(Route::NotFound, Route::ApplyStep),
            ["ambassador"] => Route::Dashboard,
            ["ambassador", "principles"] => Route::AcceptPrinciples,
            ["ambassador", "outreach", "new"] => Route::LogOutreach,
            ["ambassador", "outreach", entry] => entry
                .parse()
                .map_or(Route::NotFound, |entry| Route::EditOutreach { entry }),
            ["ambassador", "register"] => Route::AssistedRegister { session: None },
            ["ambassador", "register", s] => Route::AssistedRegister {
                session: Some(id(s)),
            },
            ["ambassador", "registered"] => Route::AssistedDone,
            ["ambassador", "workshop"] => Route::Workshop,
            ["ambassador", "status"] => Route::Status,
            ["office"] => Route::Overview,
            ["office", "applications"] => Route::Applications,
            ["office", "applications", "approved"] => Route::Approved,
            ["office", "applications", a, "decline"] => Route::Decline { id: id(a) },
            ["office", "applications", a, "close"] => Route::CloseAccount { id: id(a) },
            ["office", "sessions"] => Route::Sessions,
            ["office", "sessions", "new"] => Route::PlanSession,
            ["office", "sessions", s] => Route::Roster { id: id(s) },
            ["office", "sessions", s, "reschedule"] => Route::Reschedule { id: id(s) },
            ["office", "sessions", s, "capacity"] => Route::Capacity { id: id(s) },
            ["office", "sessions", s, "cancel"] => Route::CancelSession { id: id(s) },
            ["office", "sessions", s, "register"] => Route::PhoneRegister { id: id(s) },
            ["office", "sessions", s, "registered"] => Route::PhoneDone { id: id(s) },
            ["office", "accounts", "new"] => Route::NewAccount,
            ["office", "accounts", "created"] => Route::AccountCreated,
            ["office", "letters", c] => Route::Letter {
                code: id(c),
                notice: query_value(search, "notice"),
            },
            ["auditor"] => Route::AuditReport {
                as_of: query_value(search, "as_of"),
            },
            ["auditor", "log"] => Route::AuditLog(LogQuery::from_search(search)),
            ["door"] => Route::Door,
            ["door", s] => Route::CheckIn { id: id(s) },
            ["door", s, "paper"] => Route::PaperEntry { id: id(s) },
            ["door", s, "sheet"] => Route::SignInSheet { id: id(s) },
            ["ideas"] => Route::Ideas,
            ["ideas", "new"] => Route::NewIdea {
                paper: query_value(search, "source").as_deref() == Some("paper"),
            },
            ["ideas", "new", step] => {
                IdeaStep::from_slug(step).map_or(Route::NotFound, Route::IdeaStep)
            }
            ["ideas", i, "support"] => Route::SupportIdea { id: id(i) },
            ["office", "ideas"] => Route::IdeasWork,
            ["office", "demand"] => Route::Demand,
            ["office", "ideas", i] => Route::DecideIdea { id: id(i) },
            ["calls"] => Route::Calls,
            _ => Route::NotFound,
        }
    }
}

/// What one page hands the next: a result shown once (a booking code, a set-password link), or
/// a notice on the page it leads to.
#[derive(Clone, Debug, PartialEq)]
pub enum Flash {
    /// A resident registered by an ambassador or on the phone.
    Registered {
        name: String,
        result: RegistrationCreated,
    },
    /// An account opened (an approved ambassador, a new auditor): the one-time link to set a
    /// password.
    Account { name: String, link: String },
    /// A message id (with the name it is about) shown at the top of `on`.
    Notice {
        on: Route,
        key: &'static str,
        name: String,
    },
}

impl Flash {
    /// Whether `route` is the page that shows it.
    pub fn belongs_on(&self, route: &Route) -> bool {
        match self {
            Flash::Registered { .. } => {
                matches!(route, Route::AssistedDone | Route::PhoneDone { .. })
            }
            Flash::Account { .. } => matches!(route, Route::Approved | Route::AccountCreated),
            Flash::Notice { on, .. } => on == route,
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct FlashContext {
    pub flash: Option<Flash>,
    pub set: Callback<Option<Flash>>,
}

#[hook]
pub fn use_flash() -> FlashContext {
    use_context::<FlashContext>().unwrap_or(FlashContext {
        flash: None,
        set: Callback::noop(),
    })
}

/// The page of the current route, behind the guard of its role.
#[component(Switch)]
fn switch() -> Html {
    let route = use_route();
    let page = page(route.clone());
    match route.access() {
        Some((role, also)) => {
            let principles_page = route == Route::AcceptPrinciples;
            html! { <Guard {role} {also} {principles_page}>{ page }</Guard> }
        }
        None => page,
    }
}

fn page(route: Route) -> Html {
    use pages::*;
    match route {
        Route::Home => html! { <home::Home /> },
        Route::Login { next } => html! { <login::Login {next} /> },
        Route::SetPassword { token } => html! { <set_password::SetPassword {token} /> },
        Route::Apply => html! { <apply::intro::ApplyIntro /> },
        Route::ApplyStep(step) => apply::page(step),
        Route::Dashboard => html! { <ambassador::dashboard::Dashboard /> },
        Route::AcceptPrinciples => html! { <ambassador::principles::AcceptPrinciples /> },
        Route::LogOutreach => html! { <ambassador::outreach::OutreachForm /> },
        Route::EditOutreach { entry } => {
            html! { <ambassador::outreach::OutreachForm entry={Some(entry)} /> }
        }
        Route::AssistedRegister { session } => {
            html! { <ambassador::register::AssistedRegister {session} /> }
        }
        Route::AssistedDone => html! {
            <CodePanel another={Route::AssistedRegister { session: None }} back={Route::Dashboard}
                back_label="staff-nav-dashboard" />
        },
        Route::Workshop => html! { <ambassador::workshop::Workshop /> },
        Route::Status => html! { <ambassador::status::StatusPage /> },
        Route::Overview => html! { <office::overview::Overview /> },
        Route::Applications => html! { <office::applications::Applications /> },
        Route::Decline { id } => html! { <office::applications::Decline {id} /> },
        Route::Approved => html! {
            <LinkPanel title="office-approved-title" text="office-approved-text" start={Route::Applications}
                back={Route::Applications} back_label="office-back-to-applications" />
        },
        Route::CloseAccount { id } => html! { <office::applications::CloseAccount {id} /> },
        Route::Sessions => html! { <office::sessions::Sessions /> },
        Route::PlanSession => html! { <office::plan::PlanSession /> },
        Route::Roster { id } => html! { <office::roster::RosterPage {id} /> },
        Route::Reschedule { id } => office::change::page(id, office::change::Change::Reschedule),
        Route::Capacity { id } => office::change::page(id, office::change::Change::Capacity),
        Route::CancelSession { id } => office::change::page(id, office::change::Change::Cancel),
        Route::PhoneRegister { id } => html! { <office::phone::PhoneRegister {id} /> },
        Route::PhoneDone { id } => html! {
            <CodePanel another={Route::PhoneRegister { id: id.clone() }} back={Route::Roster { id }}
                back_label="office-back-to-roster" />
        },
        Route::NewAccount => html! { <office::account::NewAccount /> },
        Route::AccountCreated => html! {
            <LinkPanel title="office-account-done-title" text="office-account-done-text" start={Route::NewAccount}
                back={Route::Overview} back_label="staff-nav-overview" />
        },
        Route::Letter { code, notice } => html! { <office::letter::LetterPage {code} {notice} /> },
        Route::AuditReport { as_of } => html! { <auditor::report::AuditReport {as_of} /> },
        Route::AuditLog(query) => html! { <auditor::log::AuditLog {query} /> },
        Route::Door => html! { <door::DoorHome /> },
        Route::CheckIn { id } => html! { <door::CheckIn {id} /> },
        Route::PaperEntry { id } => html! { <door::PaperEntry {id} /> },
        Route::SignInSheet { id } => html! { <door::SignInSheet {id} /> },
        Route::Ideas => html! { <ideas::list::IdeasList /> },
        Route::NewIdea { paper } => html! { <ideas::NewIdea {paper} /> },
        Route::IdeaStep(step) => ideas::page(step),
        Route::SupportIdea { id } => html! { <ideas::support::SupportIdea {id} /> },
        Route::IdeasWork => html! { <office::ideas::IdeasWork /> },
        Route::Demand => html! { <office::demand::DemandMap /> },
        Route::DecideIdea { id } => html! { <office::ideas::DecideIdea {id} /> },
        Route::Calls => html! { <calls::Calls /> },
        Route::NotFound => html! { <not_found::NotFound /> },
    }
}

#[component(App)]
pub fn app() -> Html {
    let settings = use_settings_state();
    let locale = use_locale(crate::i18n::FILES);
    let auth = use_state(|| Auth::Checking);
    let set_auth = {
        let auth = auth.clone();
        Callback::from(move |next: Auth| {
            let token = match &next {
                Auth::LoggedIn(me) => me.csrf_token.as_str(),
                _ => "",
            };
            api::set_csrf_token(token);
            auth.set(next);
        })
    };
    {
        let set_auth = set_auth.clone();
        use_effect_with((), move |_| {
            let on_expired = set_auth.clone();
            api::on_logged_out(Callback::from(move |()| on_expired.emit(Auth::LoggedOut)));
            yew::platform::spawn_local(async move {
                set_auth.emit(match api::me().await {
                    Ok(me) => Auth::LoggedIn(me),
                    Err(_) => Auth::LoggedOut,
                });
            });
        });
    }
    let flash = use_state(|| None::<Flash>);
    let flash_context = {
        let handle = flash.clone();
        FlashContext {
            flash: (*flash).clone(),
            set: Callback::from(move |f| handle.set(f)),
        }
    };
    let auth_context = AuthContext {
        auth: (*auth).clone(),
        set: set_auth,
    };
    // Nothing is shown until the language is there.
    let Some(locale) = locale else {
        return html! {};
    };
    html! {
        <ContextProvider<LocaleContext> context={locale}>
            <ContextProvider<SettingsContext> context={settings}>
                <ContextProvider<AuthContext> context={auth_context}>
                    <ContextProvider<FlashContext> context={flash_context}>
                        <Router>
                            <Layout>
                                <Switch />
                            </Layout>
                        </Router>
                    </ContextProvider<FlashContext>>
                </ContextProvider<AuthContext>>
            </ContextProvider<SettingsContext>>
        </ContextProvider<LocaleContext>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_recognised_from_its_own_address() {
        let routes = [
            Route::Home,
            Route::Login { next: None },
            Route::Login {
                next: Some("/staff/office/sessions".into()),
            },
            Route::SetPassword {
                token: "a b+c".into(),
            },
            Route::Apply,
            Route::ApplyStep(Step::Motivation),
            Route::Dashboard,
            Route::AcceptPrinciples,
            Route::LogOutreach,
            Route::EditOutreach { entry: 3 },
            Route::AssistedRegister { session: None },
            Route::AssistedRegister {
                session: Some("demo-1".into()),
            },
            Route::AssistedDone,
            Route::Workshop,
            Route::Status,
            Route::Overview,
            Route::Applications,
            Route::Decline { id: "a-1".into() },
            Route::Approved,
            Route::CloseAccount { id: "a-1".into() },
            Route::Sessions,
            Route::PlanSession,
            Route::Roster { id: "s 1".into() },
            Route::Reschedule { id: "s1".into() },
            Route::Capacity { id: "s1".into() },
            Route::CancelSession { id: "s1".into() },
            Route::PhoneRegister { id: "s1".into() },
            Route::PhoneDone { id: "s1".into() },
            Route::NewAccount,
            Route::AccountCreated,
            Route::AuditReport { as_of: None },
            Route::AuditReport {
                as_of: Some("2026-10-30T18:05:00+01:00".into()),
            },
            Route::AuditLog(LogQuery::default()),
            Route::Ideas,
            Route::NewIdea { paper: false },
            Route::NewIdea { paper: true },
            Route::IdeaStep(IdeaStep::ForWhom),
            Route::SupportIdea { id: "ab12".into() },
            Route::IdeasWork,
            Route::Demand,
            Route::DecideIdea { id: "ab12".into() },
            Route::Calls,
            Route::AuditLog(LogQuery {
                after: 40,
                event_type: "ParticipantRegistered".into(),
                stream: "session-".into(),
                from: "2026-09-01".into(),
                to: "2026-10-31".into(),
                channel: "web".into(),
                actor: "account:a b&c".into(),
            }),
        ];
        for route in routes {
            let address = route.to_path();
            let (path, search) = match address.split_once('?') {
                Some((p, q)) => (p.to_owned(), format!("?{q}")),
                None => (address.clone(), String::new()),
            };
            assert_eq!(Route::recognize(&path, &search), route, "{address}");
        }
    }

    #[test]
    fn addresses_outside_the_staff_area_are_not_found() {
        assert_eq!(Route::recognize("/sessions", ""), Route::NotFound);
        assert_eq!(Route::recognize("/staff/nope", ""), Route::NotFound);
        assert_eq!(Route::recognize("/staff", ""), Route::Home);
    }
}

//! The app's routes and the contexts every page shares.

use crate::api::encode;
use crate::components::layout::Layout;
use crate::i18n::{use_t, I18n, LocaleContext};
use crate::pages;
use crate::pages::choice_question::{ChoiceQuestion, Step};
use crate::router::{use_route, Router};
use crate::settings::{use_settings_state, SettingsContext};
use yew::prelude::*;

/// Every address of the app.
#[derive(Clone, PartialEq, Debug)]
pub enum Route {
    Start,
    Finder,
    Session {
        id: String,
    },
    RegisterName {
        id: String,
    },
    RegisterContact {
        id: String,
    },
    RegisterConsent {
        id: String,
    },
    RegisterNeeds {
        id: String,
    },
    RegisterCheck {
        id: String,
    },
    Confirmation {
        id: String,
    },
    BookingFind,
    Booking {
        code: String,
    },
    BookingCancel {
        code: String,
    },
    BookingErase {
        code: String,
    },
    BookingLeave {
        code: String,
    },
    FeedbackRating {
        code: String,
    },
    FeedbackHelped {
        code: String,
    },
    FeedbackMore {
        code: String,
    },
    Help,
    Accessibility,
    ReportBarrier,
    EasyRead,
    /// The ideas store: its own bundle (`ideas-frontend/`, served under `/ideas`), which turns
    /// on feature `ideas`. The residents' main bundle links to it with a plain link (the
    /// server answers `/ideas` with the other bundle) and knows none of its routes.
    #[cfg(feature = "ideas")]
    Ideas,
    /// The wall of ideas: every idea by field of action and state, to print in A3.
    #[cfg(feature = "ideas")]
    IdeasWall,
    #[cfg(feature = "ideas")]
    Idea {
        id: String,
    },
    #[cfg(feature = "ideas")]
    IdeaSupport {
        id: String,
    },
    /// A question of a new idea, by its slug (`what`, `for-whom`, …, `check`, `done`).
    #[cfg(feature = "ideas")]
    IdeaStep {
        step: String,
    },
    NotFound,
}

impl Route {
    /// The address of the route.
    pub fn to_path(&self) -> String {
        match self {
            Route::Start => "/".into(),
            Route::Finder => "/sessions".into(),
            Route::Session { id } => format!("/sessions/{}", encode(id)),
            Route::RegisterName { id } => format!("/sessions/{}/register/name", encode(id)),
            Route::RegisterContact { id } => format!("/sessions/{}/register/contact", encode(id)),
            Route::RegisterConsent { id } => format!("/sessions/{}/register/consent", encode(id)),
            Route::RegisterNeeds { id } => format!("/sessions/{}/register/needs", encode(id)),
            Route::RegisterCheck { id } => format!("/sessions/{}/register/check", encode(id)),
            Route::Confirmation { id } => format!("/sessions/{}/register/done", encode(id)),
            Route::BookingFind => "/booking".into(),
            Route::Booking { code } => format!("/booking/{}", encode(code)),
            Route::BookingCancel { code } => format!("/booking/{}/cancel", encode(code)),
            Route::BookingErase { code } => format!("/booking/{}/erase", encode(code)),
            Route::BookingLeave { code } => format!("/booking/{}/leave", encode(code)),
            Route::FeedbackRating { code } => format!("/booking/{}/feedback", encode(code)),
            Route::FeedbackHelped { code } => format!("/booking/{}/feedback/helped", encode(code)),
            Route::FeedbackMore { code } => format!("/booking/{}/feedback/more", encode(code)),
            Route::Help => "/help".into(),
            Route::Accessibility => "/accessibility".into(),
            Route::ReportBarrier => "/accessibility/report".into(),
            // Where German readers and auditors look for Leichte Sprache.
            Route::EasyRead => "/leichte-sprache".into(),
            #[cfg(feature = "ideas")]
            Route::Ideas => "/ideas".into(),
            #[cfg(feature = "ideas")]
            Route::IdeasWall => "/ideas/wall".into(),
            #[cfg(feature = "ideas")]
            Route::Idea { id } => format!("/ideas/{}", encode(id)),
            #[cfg(feature = "ideas")]
            Route::IdeaSupport { id } => format!("/ideas/{}/support", encode(id)),
            #[cfg(feature = "ideas")]
            Route::IdeaStep { step } => format!("/ideas/new/{step}"),
            Route::NotFound => "/404".into(),
        }
    }

    /// The route an address names; unknown addresses name the not-found page.
    pub fn recognize(pathname: &str) -> Self {
        let segments: Vec<&str> = pathname.split('/').filter(|s| !s.is_empty()).collect();
        let id = |s: &str| s.to_owned();
        match segments.as_slice() {
            [] => Route::Start,
            ["sessions"] => Route::Finder,
            ["sessions", s] => Route::Session { id: id(s) },
            ["sessions", s, "register", "name"] => Route::RegisterName { id: id(s) },
            ["sessions", s, "register", "contact"] => Route::RegisterContact { id: id(s) },
            ["sessions", s, "register", "consent"] => Route::RegisterConsent { id: id(s) },
            ["sessions", s, "register", "needs"] => Route::RegisterNeeds { id: id(s) },
            ["sessions", s, "register", "check"] => Route::RegisterCheck { id: id(s) },
            ["sessions", s, "register", "done"] => Route::Confirmation { id: id(s) },
            ["booking"] => Route::BookingFind,
            ["booking", c] => Route::Booking { code: id(c) },
            ["booking", c, "cancel"] => Route::BookingCancel { code: id(c) },
            ["booking", c, "erase"] => Route::BookingErase { code: id(c) },
            // Leaving the waitlist: cancelling a waitlisted booking, in those words.
            ["booking", c, "leave"] => Route::BookingLeave { code: id(c) },
            ["booking", c, "feedback"] => Route::FeedbackRating { code: id(c) },
            ["booking", c, "feedback", "helped"] => Route::FeedbackHelped { code: id(c) },
            ["booking", c, "feedback", "more"] => Route::FeedbackMore { code: id(c) },
            ["help"] => Route::Help,
            ["accessibility"] => Route::Accessibility,
            ["accessibility", "report"] => Route::ReportBarrier,
            ["leichte-sprache"] => Route::EasyRead,
            #[cfg(feature = "ideas")]
            ["ideas"] => Route::Ideas,
            #[cfg(feature = "ideas")]
            ["ideas", "wall"] => Route::IdeasWall,
            #[cfg(feature = "ideas")]
            ["ideas", "new", s] => Route::IdeaStep { step: id(s) },
            #[cfg(feature = "ideas")]
            ["ideas", i] => Route::Idea { id: id(i) },
            #[cfg(feature = "ideas")]
            ["ideas", i, "support"] => Route::IdeaSupport { id: id(i) },
            _ => Route::NotFound,
        }
    }
}

fn choice(step: Step, subject: String) -> Html {
    // Keyed: moving from one question to the next starts afresh rather than keeping the
    // answer chosen on the page before.
    html! { <ChoiceQuestion key={step.name()} {step} {subject} /> }
}

/// The page of the current route.
#[component(Switch)]
fn switch() -> Html {
    let i18n = use_t();
    match use_route() {
        Route::Start => pages::start::start(&i18n),
        Route::Finder => html! { <pages::finder::Finder /> },
        Route::Session { id } => html! { <pages::session::SessionPage {id} /> },
        Route::RegisterName { id } => html! { <pages::register_name::RegisterName {id} /> },
        Route::RegisterContact { id } => {
            html! { <pages::register_contact::RegisterContact {id} /> }
        }
        Route::RegisterConsent { id } => choice(Step::Consent, id),
        Route::RegisterNeeds { id } => choice(Step::Needs, id),
        Route::RegisterCheck { id } => html! { <pages::register_check::RegisterCheck {id} /> },
        Route::Confirmation { id } => html! { <pages::confirmation::Confirmation {id} /> },
        Route::BookingFind => html! { <pages::booking_find::BookingFind /> },
        Route::Booking { code } => html! { <pages::booking::BookingPage {code} /> },
        Route::BookingCancel { code } => html! { <pages::booking_cancel::BookingCancel {code} /> },
        Route::BookingErase { code } => {
            html! { <pages::booking_cancel::BookingCancel {code} erase=true /> }
        }
        Route::BookingLeave { code } => {
            html! { <pages::booking_cancel::BookingCancel {code} waitlist=true /> }
        }
        Route::FeedbackRating { code } => choice(Step::Rating, code),
        Route::FeedbackHelped { code } => choice(Step::Helped, code),
        Route::FeedbackMore { code } => choice(Step::More, code),
        Route::Help => pages::help::help(&i18n),
        Route::Accessibility => pages::accessibility::accessibility(&i18n),
        Route::ReportBarrier => pages::report_barrier::report_barrier(&i18n),
        Route::EasyRead => pages::easy_read::easy_read(&i18n),
        // Served by the ideas bundle: this one never shows them.
        #[cfg(feature = "ideas")]
        Route::Ideas
        | Route::IdeasWall
        | Route::Idea { .. }
        | Route::IdeaSupport { .. }
        | Route::IdeaStep { .. } => {
            html! {}
        }
        Route::NotFound => pages::not_found::not_found(&i18n),
    }
}

/// The residents' site: the contexts every page shares, the frame, and this bundle's pages.
#[component(App)]
pub fn app() -> Html {
    html! { <Shell<Switch> /> }
}

/// The contexts (language, settings, route) and the frame around `S`, the page switch of a
/// bundle. (A type rather than children: each bundle gets its own copy, no dearer than the
/// residents' app before it had a second bundle.)
#[component(Shell)]
pub fn shell<S>() -> Html
where
    S: BaseComponent<Properties = ()>,
{
    let settings = use_settings_state();
    // German is ready at once; another remembered locale shows after its files arrive. (The
    // staff app takes this from `teilhabe_web::i18n::use_locale`; written out here, it costs
    // the residents' download less than the hook.)
    let i18n = use_state(|| (I18n::wanted() == teilhabe_i18n::default_locale()).then(I18n::german));
    // The latest choice wins, even if an earlier one arrives later.
    let requested = use_mut_ref(|| "");
    let set_locale = {
        let i18n = i18n.clone();
        Callback::from(move |tag: &'static str| {
            let Some(locale) = teilhabe_i18n::find_locale(tag) else {
                return;
            };
            *requested.borrow_mut() = locale.tag;
            let (i18n, requested) = (i18n.clone(), requested.clone());
            yew::platform::spawn_local(async move {
                let loaded = I18n::load(locale, crate::i18n::FILES).await;
                if *requested.borrow() == locale.tag {
                    i18n.set(Some(loaded));
                }
            });
        })
    };
    {
        let set_locale = set_locale.clone();
        use_effect_with(i18n.is_none(), move |missing| {
            if *missing {
                set_locale.emit(I18n::wanted().tag);
            }
        });
    }
    {
        let tag = i18n.as_ref().map(|i| i.locale.tag);
        let i18n = i18n.clone();
        use_effect_with(tag, move |_| {
            if let Some(i18n) = &*i18n {
                i18n.remember();
            }
        });
    }
    let Some(current) = (*i18n).clone() else {
        return html! {};
    };
    let locale = LocaleContext {
        i18n: current,
        set_locale,
    };
    html! {
        <ContextProvider<LocaleContext> context={locale}>
            <ContextProvider<SettingsContext> context={settings}>
                <Router>
                    <Layout>
                        <S />
                    </Layout>
                </Router>
            </ContextProvider<SettingsContext>>
        </ContextProvider<LocaleContext>>
    }
}

//! The app's routes and the contexts every page shares.

use crate::components::layout::Layout;
use crate::i18n::{I18n, LocaleContext};
use crate::pages;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/sessions")]
    Finder,
    #[at("/sessions/:id")]
    Session { id: String },
    #[at("/sessions/:id/register/name")]
    RegisterName { id: String },
    #[at("/sessions/:id/register/contact")]
    RegisterContact { id: String },
    #[at("/sessions/:id/register/check")]
    RegisterCheck { id: String },
    #[at("/sessions/:id/register/done")]
    Confirmation { id: String },
    #[at("/booking")]
    BookingFind,
    #[at("/booking/:code")]
    Booking { code: String },
    #[at("/booking/:code/cancel")]
    BookingCancel { code: String },
    #[at("/help")]
    Help,
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <pages::start::Start /> },
        Route::Finder => html! { <pages::finder::Finder /> },
        Route::Session { id } => html! { <pages::session::SessionPage {id} /> },
        Route::RegisterName { id } => html! { <pages::register_name::RegisterName {id} /> },
        Route::RegisterContact { id } => {
            html! { <pages::register_contact::RegisterContact {id} /> }
        }
        Route::RegisterCheck { id } => html! { <pages::register_check::RegisterCheck {id} /> },
        Route::Confirmation { id } => html! { <pages::confirmation::Confirmation {id} /> },
        Route::BookingFind => html! { <pages::booking_find::BookingFind /> },
        Route::Booking { code } => html! { <pages::booking::BookingPage {code} /> },
        Route::BookingCancel { code } => html! { <pages::booking_cancel::BookingCancel {code} /> },
        Route::Help => html! { <pages::help::Help /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let i18n = use_state(I18n::initial);
    {
        let i18n = i18n.clone();
        use_effect_with(i18n.locale.tag, move |_| i18n.remember());
    }
    let set_locale = {
        let i18n = i18n.clone();
        Callback::from(move |tag: &'static str| i18n.set(I18n::new(tag)))
    };
    let context = LocaleContext {
        i18n: (*i18n).clone(),
        set_locale,
    };
    html! {
        <ContextProvider<LocaleContext> {context}>
            <BrowserRouter>
                <Layout>
                    <Switch<Route> render={switch} />
                </Layout>
            </BrowserRouter>
        </ContextProvider<LocaleContext>>
    }
}

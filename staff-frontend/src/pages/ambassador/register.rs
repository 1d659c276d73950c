//! An ambassador registers a resident for a course, with the resident's consent; then the
//! booking code, large, to write down or print for them.

use crate::api;
use crate::app::{use_flash, Flash, Route};
use crate::auth::Guard;
use crate::components::code_panel::CodePanel;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::resident_form::ResidentForm;
use crate::i18n::use_t;
use crate::router::{Link, Redirect};
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub session: Option<String>,
}

#[component(AssistedRegister)]
pub fn assisted_register(props: &Props) -> Html {
    html! {
        <Guard role={Role::Ambassador}>
            <RegisterPage session={props.session.clone()} />
        </Guard>
    }
}

#[component(RegisterPage)]
fn register_page(props: &Props) -> Html {
    let i18n = use_t();
    let sessions = use_load(String::new(), |_| api::sessions());
    match &*sessions.state {
        Load::Ready(sessions) => html! {
            <ResidentForm heading={i18n.t("assisted-title")} back={Route::Dashboard}
                sessions={Some(sessions.clone())} session_id={props.session.clone()} done={Route::AssistedDone} />
        },
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
    }
}

#[component(AssistedDone)]
pub fn assisted_done() -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let Some(Flash::Registered { name, result }) = flash.flash else {
        return html! { <Redirect to={Route::Dashboard} /> };
    };
    html! {
        <Guard role={Role::Ambassador}>
            <CodePanel {result} {name} />
            <div class="button-group no-print">
                <Link to={Route::AssistedRegister { session: None }} classes="button button-secondary">{ i18n.t("assisted-another") }</Link>
                <Link to={Route::Dashboard} classes="button button-secondary">{ i18n.t("staff-nav-dashboard") }</Link>
            </div>
        </Guard>
    }
}

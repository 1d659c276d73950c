//! The office registers someone who phoned, for one session; then the booking code to read
//! out to them.

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
    pub id: String,
}

#[component(PhoneRegister)]
pub fn phone_register(props: &Props) -> Html {
    html! {
        <Guard role={Role::Office}>
            <PhoneForm id={props.id.clone()} />
        </Guard>
    }
}

#[component(PhoneForm)]
fn phone_form(props: &Props) -> Html {
    let i18n = use_t();
    let loaded = use_load(props.id.clone(), |id| async move { api::roster(&id).await });
    match &*loaded.state {
        Load::Ready(roster) => {
            let id = roster.session.id.clone();
            html! {
                <>
                    <p class="caption">{ &roster.session.title }</p>
                    <ResidentForm heading={i18n.t("office-phone-title")} back={Route::Roster { id: id.clone() }}
                        session_id={Some(id.clone())} by_phone=true done={Route::PhoneDone { id }} />
                </>
            }
        }
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
    }
}

#[component(PhoneDone)]
pub fn phone_done(props: &Props) -> Html {
    let i18n = use_t();
    let flash = use_flash();
    let roster = Route::Roster {
        id: props.id.clone(),
    };
    let Some(Flash::Registered { name, result }) = flash.flash else {
        return html! { <Redirect to={roster} /> };
    };
    html! {
        <Guard role={Role::Office}>
            <CodePanel {result} {name} />
            <div class="button-group no-print">
                <Link to={Route::PhoneRegister { id: props.id.clone() }} classes="button button-secondary">{ i18n.t("assisted-another") }</Link>
                <Link to={roster} classes="button button-secondary">{ i18n.t("office-back-to-roster") }</Link>
            </div>
        </Guard>
    }
}

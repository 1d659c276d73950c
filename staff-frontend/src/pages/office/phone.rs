//! The office registers someone who phoned, for one session; then the booking code to read
//! out to them.

use crate::api;
use crate::app::Route;
use crate::components::load::use_load;
use crate::components::resident_form::ResidentForm;
use crate::i18n::use_t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(PhoneRegister)]
pub fn phone_register(props: &Props) -> Html {
    let i18n = use_t();
    let loaded = use_load(props.id.clone(), |id| async move { api::roster(&id).await });
    loaded.state.view(|roster| {
        let id = roster.session.id.clone();
        html! {
            <>
                <p class="caption">{ &roster.session.title }</p>
                <ResidentForm heading={i18n.t("office-phone-title")} back={Route::Roster { id: id.clone() }}
                    session_id={Some(id.clone())} by_phone=true done={Route::PhoneDone { id }} />
            </>
        }
    })
}

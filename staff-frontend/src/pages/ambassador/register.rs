//! An ambassador registers a resident for a course, with the resident's consent; then the
//! booking code, large, to write down or print for them.

use crate::api;
use crate::app::Route;
use crate::components::load::use_load;
use crate::components::resident_form::ResidentForm;
use crate::i18n::use_t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub session: Option<String>,
}

#[component(AssistedRegister)]
pub fn assisted_register(props: &Props) -> Html {
    let i18n = use_t();
    let sessions = use_load(String::new(), |_| api::sessions());
    sessions.state.view(|sessions| html! {
        <ResidentForm heading={i18n.t("assisted-title")} back={Route::Dashboard}
            sessions={Some(sessions.clone())} session_id={props.session.clone()} done={Route::AssistedDone} />
    })
}

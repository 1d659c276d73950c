//! "Nachfrage": where demand is, so the office plans where people wait — the interest list
//! by topic × district and by weekday, and the waiting lists of full courses.

use crate::api;
use crate::components::demand::DemandFigures;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::i18n::use_t;
use yew::prelude::*;

#[component(DemandMap)]
pub fn demand_map() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| api::demand());
    let Load::Ready(demand) = &*loaded.state else {
        return loaded.state.status();
    };
    html! {
        <>
            <Heading text={i18n.t("demand-title")} />
            <p>{ i18n.t("demand-intro") }</p>
            <DemandFigures demand={demand.clone()} />
        </>
    }
}

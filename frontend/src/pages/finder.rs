//! The course finder: upcoming sessions as a list, soonest first.

use super::{use_load, Load, LoadStatus};
use crate::api;
use crate::app::Route;
use crate::components::page::Heading;
use crate::components::pictogram::Pictogram;
use crate::components::session_facts::SessionFacts;
use crate::format::topic_name;
use crate::i18n::use_t;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(Finder)]
pub fn finder() -> Html {
    let i18n = use_t();
    let sessions = use_load(String::new(), |_| api::sessions());
    let body = match &*sessions {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
        Load::Ready(list) if list.is_empty() => html! { <p>{ i18n.t("finder-empty") }</p> },
        Load::Ready(list) => html! {
            <ul class="session-list">
                { for list.iter().map(|s| html! {
                    <li class="session-item">
                        <div class="session-head">
                            <Pictogram topic={s.topic} />
                            <h2>
                                <Link<Route> to={Route::Session { id: s.id.clone() }}>
                                    { topic_name(&i18n, s.topic) }
                                </Link<Route>>
                            </h2>
                        </div>
                        <SessionFacts session={s.clone()} />
                    </li>
                }) }
            </ul>
        },
    };
    html! {
        <>
            <Heading text={i18n.t("finder-title")} />
            <p class="lead">{ i18n.t("finder-intro") }</p>
            { body }
        </>
    }
}

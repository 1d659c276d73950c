//! Every session with how full it is; each leads to its roster. Planning a new one starts here.

use super::fill_percent;
use crate::api;
use crate::app::Route;
use crate::auth::Guard;
use crate::components::load::{use_load, Load, LoadStatus};
use crate::components::page::Heading;
use crate::format::when;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::staff::Role;
use yew::prelude::*;

#[function_component(Sessions)]
pub fn sessions() -> Html {
    html! {
        <Guard role={Role::Office}>
            <SessionsPage />
        </Guard>
    }
}

#[function_component(SessionsPage)]
fn sessions_page() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| api::office_sessions());
    let mut list = match &*loaded.state {
        Load::Ready(list) => list.clone(),
        Load::Loading => return html! { <LoadStatus /> },
        Load::Failed(f) => return html! { <LoadStatus failure={f.clone()} /> },
    };
    list.sort_by_key(|f| f.session.starts_at);
    html! {
        <>
            <Heading text={i18n.t("office-sessions-title")} />
            <Link to={Route::PlanSession} classes="button">{ i18n.t("office-plan-title") }</Link>
            if list.is_empty() {
                <p>{ i18n.t("office-sessions-none") }</p>
            }
            <ul class="entry-list">
                { for list.iter().map(|fill| {
                    let s = &fill.session;
                    html! {
                        <li class="entry">
                            <h2 class="entry-title">
                                <Link to={Route::Roster { id: s.id.clone() }}>{ &s.title }</Link>
                                if fill.cancelled {
                                    { " " }<span class="tag">{ i18n.t("office-session-cancelled") }</span>
                                }
                            </h2>
                            <p class="lines">
                                <span>{ when(&i18n, &s.starts_at, &s.ends_at) }</span>
                                <span>{ format!("{}, {}", s.venue, s.district) }</span>
                                <span>
                                    { i18n.t_args("office-fill-seats", &[("confirmed", fill.confirmed.into()), ("capacity", s.capacity.into())]) }
                                    { format!(" ({} %)", fill_percent(fill)) }
                                    if s.waitlist_length > 0 {
                                        { " · " }{ i18n.t_args("office-waitlist-count", &[("count", s.waitlist_length.into())]) }
                                    }
                                </span>
                            </p>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

//! Every session with how full it is, the coming ones first and the past ones (newest first)
//! below; each leads to its roster. Planning a new one starts here.

use super::fill_percent;
use crate::api;
use crate::app::Route;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::format::when;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::staff_api::SessionFill;
use yew::prelude::*;

#[component(Sessions)]
pub fn sessions() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| api::office_sessions());
    let Load::Ready(list) = &*loaded.state else {
        return loaded.state.status();
    };
    let mut list = list.clone();
    list.sort_by_key(|f| f.session.starts_at);
    // Past: ended before now; shown newest first, after what is still to come.
    let now =
        chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
    let (mut past, coming): (Vec<SessionFill>, Vec<SessionFill>) =
        list.into_iter().partition(|f| f.session.ends_at < now);
    past.reverse();
    let entry = |fill: &SessionFill| {
        let s = &fill.session;
        html! {
            <li class="entry">
                <h3 class="entry-title">
                    <Link to={Route::Roster { id: s.id.clone() }}>{ &s.title }</Link>
                    if fill.cancelled {
                        { " " }<span class="tag">{ i18n.t("office-session-cancelled") }</span>
                    }
                </h3>
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
    };
    html! {
        <>
            <Heading text={i18n.t("office-sessions-title")} />
            <Link to={Route::PlanSession} classes="button">{ i18n.t("office-plan-title") }</Link>
            <h2>{ i18n.t("office-sessions-coming") }</h2>
            if coming.is_empty() {
                <p>{ i18n.t("office-sessions-none") }</p>
            }
            <ul class="entry-list">{ for coming.iter().map(entry) }</ul>
            if !past.is_empty() {
                <h2>{ i18n.t("office-sessions-past") }</h2>
                <ul class="entry-list">{ for past.iter().map(entry) }</ul>
            }
        </>
    }
}

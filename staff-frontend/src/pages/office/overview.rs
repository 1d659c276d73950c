//! The office's start page: how full each session is, applications waiting, and this month's
//! outreach per district.

use super::fill_percent;
use crate::api;
use crate::app::Route;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::format::date_in_words;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[component(Overview)]
pub fn overview() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| api::overview());
    let Load::Ready(overview) = &*loaded.state else {
        return loaded.state.status();
    };
    let pending = overview.pending_applications;
    let sessions = overview.sessions.iter().map(|fill| {
        let s = &fill.session;
        html! {
            <tr>
                <th scope="row">
                    <Link to={Route::Roster { id: s.id.clone() }}>{ &s.title }</Link>
                    <span class="cell-note">{ date_in_words(&i18n, s.starts_at.date_naive()) }</span>
                    if fill.cancelled {
                        <span class="tag">{ i18n.t("office-session-cancelled") }</span>
                    }
                </th>
                <td>{ i18n.t_args("office-fill-seats", &[("confirmed", fill.confirmed.into()), ("capacity", s.capacity.into())]) }</td>
                <td>{ format!("{} %", fill_percent(fill)) }</td>
                <td>{ s.waitlist_length }</td>
            </tr>
        }
    });
    let outreach = overview.outreach.iter().map(|d| {
        html! {
            <tr>
                <th scope="row">{ &d.district }</th>
                <td>{ d.totals.entries }</td>
                <td>{ d.totals.people }</td>
                <td>{ d.totals.minutes }</td>
            </tr>
        }
    });
    html! {
        <>
            <Heading text={i18n.t("office-overview-title")} />
            <h2>{ i18n.t("office-pending-title") }</h2>
            <p class="lead">{ i18n.t_args("office-pending-count", &[("count", pending.into())]) }</p>
            if pending > 0 {
                <Link to={Route::Applications} classes="button">{ i18n.t("office-pending-review") }</Link>
            }
            <h2>{ i18n.t("ideas-ui-office-more") }</h2>
            <ul class="link-list">
                <li><Link to={Route::Calls}>{ i18n.t("calls-ui-nav") }</Link></li>
                <li><Link to={Route::IdeasWork}>{ i18n.t("ideas-ui-work-title") }</Link></li>
                <li><Link to={Route::Demand}>{ i18n.t("demand-title") }</Link></li>
            </ul>
            <h2 id="fill-title">{ i18n.t("office-fill-title") }</h2>
            if overview.sessions.is_empty() {
                <p>{ i18n.t("office-sessions-none") }</p>
            } else {
                // A narrow screen scrolls the table, not the page (the region can be scrolled
                // with the keyboard once focused).
                <div class="table-scroll" role="region" aria-labelledby="fill-title" tabindex="0">
                <table class="table" aria-labelledby="fill-title">
                    <thead>
                        <tr>
                            <th scope="col">{ i18n.t("office-col-session") }</th>
                            <th scope="col">{ i18n.t("office-col-registered") }</th>
                            <th scope="col">{ i18n.t("office-col-fill") }</th>
                            <th scope="col">{ i18n.t("office-col-waitlist") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for sessions }</tbody>
                </table>
                </div>
            }
            <h2 id="outreach-title">{ i18n.t("office-outreach-title") }</h2>
            if overview.outreach.is_empty() {
                <p>{ i18n.t("office-outreach-none") }</p>
            } else {
                <div class="table-scroll" role="region" aria-labelledby="outreach-title" tabindex="0">
                <table class="table" aria-labelledby="outreach-title">
                    <thead>
                        <tr>
                            <th scope="col">{ i18n.t("office-col-district") }</th>
                            <th scope="col">{ i18n.t("ambassador-month-entries") }</th>
                            <th scope="col">{ i18n.t("ambassador-month-people") }</th>
                            <th scope="col">{ i18n.t("ambassador-month-minutes") }</th>
                        </tr>
                    </thead>
                    <tbody>{ for outreach }</tbody>
                </table>
                </div>
            }
        </>
    }
}

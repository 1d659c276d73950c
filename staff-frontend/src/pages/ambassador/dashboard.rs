//! An ambassador's start page: this month's outreach, the courses coming up in their
//! districts, and their entries, each to change or withdraw.

use crate::api;
use crate::app::Route;
use crate::components::load::{use_load, Load};
use crate::components::page::Heading;
use crate::format::{date_in_words, topic_name, when};
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use teilhabe_events::staff_api::{AmbassadorStatus, OutreachView};
use yew::prelude::*;

/// One outreach entry: when, where, how many, how long; change and withdraw.
fn entry(i18n: &I18n, view: &OutreachView) -> Html {
    let o = &view.outreach;
    let title = date_in_words(i18n, o.date);
    let place = match &o.place {
        Some(place) => format!("{place}, {}", o.district),
        None => o.district.clone(),
    };
    html! {
        <li class="entry">
            <h3>
                { &title }
                if view.withdrawn {
                    { " " }<span class="tag">{ i18n.t("ambassador-entry-withdrawn") }</span>
                }
            </h3>
            <p class="lines">
                <span>{ place }</span>
                <span>{ i18n.t_args("ambassador-entry-figures", &[("people", o.people.into()), ("minutes", o.minutes.into())]) }</span>
                if let Some(topic) = o.topic {
                    <span>{ topic_name(i18n, topic) }</span>
                }
                if let Some(note) = &o.note {
                    <span class="hint">{ note }</span>
                }
            </p>
            if !view.withdrawn {
                <p class="link-line">
                    <Link to={Route::EditOutreach { entry: view.entry }}>
                        { i18n.t("ambassador-entry-change") }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </Link>
                </p>
            }
        </li>
    }
}

#[component(Dashboard)]
pub fn dashboard() -> Html {
    let i18n = use_t();
    let loaded = use_load(String::new(), |_| api::dashboard());
    let Load::Ready(dashboard) = &*loaded.state else {
        return loaded.state.status();
    };
    let month = &dashboard.this_month;
    let paused = dashboard.status == AmbassadorStatus::Paused;
    let sessions = dashboard.upcoming_sessions.iter().map(|s| {
        html! {
            <li class="entry">
                <h3>{ &s.title }</h3>
                <p class="lines">
                    <span>{ when(&i18n, &s.starts_at, &s.ends_at) }</span>
                    <span>{ format!("{}, {}", s.venue, s.district) }</span>
                    <span>{ i18n.t_args("session-seats-left", &[("count", s.seats_left.into())]) }</span>
                </p>
                if !paused {
                    <p class="link-line">
                        <Link to={Route::AssistedRegister { session: Some(s.id.clone()) }}>
                            { i18n.t("ambassador-register-for") }<span class="visually-hidden">{ format!(": {}", s.title) }</span>
                        </Link>
                    </p>
                }
            </li>
        }
    });
    let mut entries = dashboard.entries.clone();
    entries.sort_by(|a, b| {
        b.outreach
            .date
            .cmp(&a.outreach.date)
            .then(b.entry.cmp(&a.entry))
    });
    html! {
        <>
            <Heading text={i18n.t_args("ambassador-title", &[("name", dashboard.name.clone().into())])} />
            if paused {
                <p class="notice">{ i18n.t("ambassador-paused-note") }</p>
            }
            if !paused {
                <div class="button-group">
                    <Link to={Route::LogOutreach} classes="button">{ i18n.t("staff-nav-outreach") }</Link>
                    <Link to={Route::AssistedRegister { session: None }} classes="button button-secondary">{ i18n.t("staff-nav-register") }</Link>
                </div>
            }
            <h2>{ i18n.t("ambassador-month-title") }</h2>
            <dl class="facts">
                <div><dt>{ i18n.t("ambassador-month-entries") }</dt><dd>{ month.entries }</dd></div>
                <div><dt>{ i18n.t("ambassador-month-people") }</dt><dd>{ month.people }</dd></div>
                <div><dt>{ i18n.t("ambassador-month-minutes") }</dt><dd>{ month.minutes }</dd></div>
            </dl>
            <h2>{ i18n.t("ambassador-sessions-title") }</h2>
            if dashboard.upcoming_sessions.is_empty() {
                <p>{ i18n.t("ambassador-sessions-none") }</p>
            } else {
                <ul class="entry-list">{ for sessions }</ul>
            }
            <h2>{ i18n.t("ambassador-entries-title") }</h2>
            if entries.is_empty() {
                <p>{ i18n.t("ambassador-entries-none") }</p>
            } else {
                <ul class="entry-list">{ for entries.iter().map(|e| entry(&i18n, e)) }</ul>
            }
            <h2>{ i18n.t("ambassador-more-title") }</h2>
            <ul class="link-list">
                <li><Link to={Route::Calls}>{ i18n.t("calls-ui-nav") }</Link></li>
                <li><Link to={Route::NewIdea { paper: true }}>{ i18n.t("ideas-ui-paper-link") }</Link></li>
                <li><Link to={Route::Ideas}>{ i18n.t("ideas-ui-public-link") }</Link></li>
                <li><Link to={Route::Workshop}>{ i18n.t("ambassador-workshop-title") }</Link></li>
                <li><Link to={Route::Status}>{ i18n.t("ambassador-status-link") }</Link></li>
            </ul>
        </>
    }
}

//! The course finder: upcoming sessions as a list, soonest first, narrowed by large toggle
//! buttons for topic, district and weekday (no typing needed).

use super::{use_load, Load, LoadStatus};
use crate::api;
use crate::app::Route;
use crate::components::page::Heading;
use crate::components::pictogram::pictogram;
use crate::components::session_facts::session_facts;
use crate::components::toggle::{toggle, toggle_group};
use crate::format::topic_name;
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use chrono::Datelike;
use std::cell::RefCell;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::Topic;
use yew::prelude::*;

/// What the person chose; an empty list lets everything through.
#[derive(Clone, Debug, Default, PartialEq)]
struct Filters {
    topics: Vec<Topic>,
    districts: Vec<String>,
    /// 1 = Monday … 7 = Sunday.
    weekdays: Vec<u32>,
}

thread_local! {
    /// The choice survives a visit to a course and the way back.
    static CHOSEN: RefCell<Filters> = RefCell::default();
}

fn weekday(s: &SessionSummary) -> u32 {
    s.starts_at.weekday().number_from_monday()
}

impl Filters {
    fn matches(&self, s: &SessionSummary) -> bool {
        (self.topics.is_empty() || self.topics.contains(&s.topic))
            && (self.districts.is_empty() || self.districts.contains(&s.district))
            && (self.weekdays.is_empty() || self.weekdays.contains(&weekday(s)))
    }
}

/// Adds `value` if absent, removes it if present.
fn flip<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|v| *v == value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value),
    }
}

/// The choices the sessions offer: topics and weekdays in their natural order, districts
/// alphabetically.
fn options(list: &[SessionSummary]) -> (Vec<Topic>, Vec<String>, Vec<u32>) {
    let topics = Topic::ALL
        .into_iter()
        .filter(|t| list.iter().any(|s| s.topic == *t))
        .collect();
    let mut districts: Vec<String> = Vec::new();
    for s in list {
        if let Err(at) = districts.binary_search(&s.district) {
            districts.insert(at, s.district.clone());
        }
    }
    let weekdays = (1..=7)
        .filter(|d| list.iter().any(|s| weekday(s) == *d))
        .collect();
    (topics, districts, weekdays)
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    sessions: Vec<SessionSummary>,
}

#[component(Results)]
fn results(props: &ResultsProps) -> Html {
    let i18n = use_t();
    let filters = use_state(|| CHOSEN.with(|c| c.borrow().clone()));
    use_effect_with((*filters).clone(), |f| {
        CHOSEN.with(|c| *c.borrow_mut() = f.clone())
    });
    let change = |edit: Box<dyn Fn(&mut Filters)>| {
        let filters = filters.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*filters).clone();
            edit(&mut next);
            filters.set(next);
        })
    };
    let (topics, districts, weekdays) = options(&props.sessions);
    let topic_buttons = topics.into_iter().map(|t| {
        let label = html! { <>{ pictogram(t) }{ topic_name(&i18n, t) }</> };
        toggle(
            label,
            filters.topics.contains(&t),
            None,
            change(Box::new(move |f| flip(&mut f.topics, t))),
        )
    });
    let district_buttons = districts.into_iter().map(|d| {
        let pressed = filters.districts.contains(&d);
        let label = html! { { d.clone() } };
        toggle(
            label,
            pressed,
            None,
            change(Box::new(move |f| flip(&mut f.districts, d.clone()))),
        )
    });
    let day_buttons = weekdays.into_iter().map(|d| {
        let label = html! { { i18n.t(&format!("date-weekday-{d}")) } };
        toggle(
            label,
            filters.weekdays.contains(&d),
            None,
            change(Box::new(move |f| flip(&mut f.weekdays, d))),
        )
    });
    let shown: Vec<&SessionSummary> = props
        .sessions
        .iter()
        .filter(|s| filters.matches(s))
        .collect();
    let reset = change(Box::new(|f| *f = Filters::default()));
    html! {
        <>
            <div class="filters">
                <p>{ i18n.t("finder-filter-hint") }</p>
                { toggle_group("finder-filter-topic", i18n.t("finder-filter-topic"), topic_buttons.collect()) }
                { toggle_group("finder-filter-district", i18n.t("finder-filter-district"), district_buttons.collect()) }
                { toggle_group("finder-filter-day", i18n.t("finder-filter-day"), day_buttons.collect()) }
                <button type="button" class="button button-secondary" onclick={reset}>
                    { i18n.t("finder-filter-reset") }
                </button>
            </div>
            <p class="result-count" role="status">
                { i18n.t_args("finder-count", &[("count", (shown.len() as u32).into())]) }
            </p>
            if shown.is_empty() {
                <p>{ i18n.t("finder-no-match") }</p>
            } else {
                <ul class="session-list">
                    { for shown.into_iter().map(|s| session_item(&i18n, s)) }
                </ul>
            }
        </>
    }
}

fn session_item(i18n: &I18n, s: &SessionSummary) -> Html {
    html! {
        <li class="session-item">
            <div class="session-head">
                { pictogram(s.topic) }
                <h2>
                    <Link to={Route::Session { id: s.id.clone() }}>
                        { topic_name(i18n, s.topic) }
                    </Link>
                </h2>
            </div>
            { session_facts(i18n, s, true) }
        </li>
    }
}

#[component(Finder)]
pub fn finder() -> Html {
    let i18n = use_t();
    let sessions = use_load(String::new(), |_| api::sessions()).state;
    let body = match &*sessions {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! { <LoadStatus failure={f.clone()} /> },
        Load::Ready(list) if list.is_empty() => html! { <p>{ i18n.t("finder-empty") }</p> },
        Load::Ready(list) => html! { <Results sessions={list.clone()} /> },
    };
    html! {
        <>
            <Heading text={i18n.t("finder-title")} />
            <p class="lead">{ i18n.t("finder-intro") }</p>
            { body }
        </>
    }
}

//! Sign-up done: the booking code in large print (or the place on the waiting list), the
//! course it is for, a printable confirmation and a calendar file.

use super::{use_session, Load};
use crate::api::encode;
use crate::app::Route;
use crate::calendar::{ics, CalendarEntry};
use crate::components::page::Heading;
use crate::components::session_facts::session_facts;
use crate::draft::{use_draft, REGISTRATION};
use crate::format::topic_name;
use crate::i18n::{use_t, I18n};
use crate::router::{Link, Redirect};
use teilhabe_events::api::{BookingStatus, SessionSummary};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

/// A `data:` address holding the session's calendar file.
fn calendar_file(i18n: &I18n, session: &SessionSummary, code: &str) -> String {
    let summary = topic_name(i18n, session.topic);
    let location = format!("{}, {}", session.venue, session.district);
    let description = i18n.t_args(
        "confirm-calendar-description",
        &[
            ("code", code.into()),
            ("phone", i18n.t("help-phone-number").into()),
        ],
    );
    let uid = format!("{}@teilhabe.norderstedt.de", code.replace('-', ""));
    let entry = CalendarEntry {
        uid: &uid,
        summary: &summary,
        location: &location,
        description: &description,
    };
    let now = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
        .unwrap_or_default()
        .fixed_offset();
    let text = ics(&entry, &session.starts_at, &session.ends_at, &now);
    format!("data:text/calendar;charset=utf-8,{}", encode(&text))
}

#[component(Confirmation)]
pub fn confirmation(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(REGISTRATION, &props.id);
    let session = use_session(&props.id);
    let Some(result) = draft.result.clone() else {
        return html! { <Redirect to={Route::Session { id: props.id.clone() }} /> };
    };
    let waitlisted = result.status == BookingStatus::Waitlisted;
    let title = if waitlisted {
        "confirm-title-waitlisted"
    } else {
        "confirm-title-confirmed"
    };
    let code = &result.booking_code;
    // Read letter by letter by screen readers: "K 7 P, 4 W M".
    let spoken: String = code
        .chars()
        .map(|c| {
            if c == '-' {
                ", ".to_owned()
            } else {
                format!("{c} ")
            }
        })
        .collect();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let course = match &*session {
        Load::Ready(s) => html! {
            <>
                <h2>{ topic_name(&i18n, s.topic) }</h2>
                { session_facts(&i18n, s, false) }
                <div class="button-group">
                    <button type="button" class="button" onclick={print}>{ i18n.t("confirm-print") }</button>
                    <a class="button button-secondary" href={calendar_file(&i18n, s, code)}
                        download={format!("teilhabe-{code}.ics")}>
                        { i18n.t("confirm-calendar") }
                    </a>
                </div>
            </>
        },
        _ => html! {},
    };
    html! {
        <>
            <p class="print-only">{ i18n.t("app-name") }</p>
            <div class="panel">
                <Heading text={i18n.t(title)} />
                <p class="panel-label">{ i18n.t("confirm-code-label") }</p>
                <p class="booking-code">
                    <span aria-hidden="true">{ code }</span>
                    <span class="visually-hidden">{ spoken.trim_end() }</span>
                </p>
                { super::booking::qr_code(&i18n, code) }
            </div>
            if let Some(position) = result.waitlist_position {
                <p class="lead">{ i18n.t_args("confirm-waitlist-position", &[("position", position.into())]) }</p>
            }
            <p>{ i18n.t("confirm-code-note") }</p>
            <dl class="facts">
                <div>
                    <dt>{ i18n.t("booking-for") }</dt>
                    <dd>{ draft.get("name") }</dd>
                </div>
            </dl>
            { course }
            <p class="print-only">{ i18n.t_args("confirm-print-help", &[("phone", i18n.t("help-phone-number").into())]) }</p>
            <Link to={Route::Booking { code: code.clone() }} classes="button">
                { i18n.t("confirm-to-booking") }
            </Link>
        </>
    }
}

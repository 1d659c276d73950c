//! One session for the office: its facts and what can be changed, the roster with each
//! person's needs, a large attendance list (came / did not come), the waiting list, and what
//! participants said afterwards.

use crate::api;
use crate::app::Route;
use crate::components::load::use_load;
use crate::components::page::Heading;
use crate::form::{use_sender, Errors};
use crate::format::{need_name, shown_name, when};
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use teilhabe_events::api::BookingStatus;
use teilhabe_events::session::Channel;
use teilhabe_events::staff_api::{AttendanceRequest, FeedbackSummary, Roster, RosterEntry};
use teilhabe_events::{Attendance, Contact};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

fn channel_name(i18n: &I18n, channel: Channel) -> String {
    let slug = match channel {
        Channel::Web => "web",
        Channel::Phone => "phone",
        Channel::InPerson => "in-person",
        Channel::Ambassador => "ambassador",
    };
    i18n.t(&format!("office-channel-{slug}"))
}

fn contact_text(i18n: &I18n, contact: &Contact) -> String {
    match contact {
        Contact::Phone(v) | Contact::Email(v) => v.clone(),
        Contact::None => i18n.t("office-contact-none"),
    }
}

#[component(RosterPage)]
pub fn roster_page(props: &Props) -> Html {
    let loaded = use_load(props.id.clone(), |id| async move { api::roster(&id).await });
    loaded.state.view(|roster| {
        html! {
            <RosterView roster={roster.clone()} reload={loaded.reload.clone()} />
        }
    })
}

#[derive(Properties, PartialEq)]
struct ViewProps {
    roster: Roster,
    reload: Callback<()>,
}

#[component(RosterView)]
fn roster_view(props: &ViewProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let roster = &props.roster;
    let s = &roster.session;
    let id = s.id.clone();
    let mark = |entry: &RosterEntry, attendance: Attendance| {
        let (sender, reload, id) = (sender.clone(), props.reload.clone(), id.clone());
        let code = entry.booking_code.clone();
        Callback::from(move |_: MouseEvent| {
            let body = AttendanceRequest {
                booking_code: code.clone(),
                attendance,
            };
            let key = sender.key(&api::to_json(&body));
            let (id, reload) = (id.clone(), reload.clone());
            sender.send(
                async move { api::mark_attendance(&id, &body, &key).await },
                move |()| reload.emit(()),
            );
        })
    };
    let by_status = |status: BookingStatus| -> Vec<&RosterEntry> {
        roster
            .entries
            .iter()
            .filter(|e| e.status == status)
            .collect()
    };
    let confirmed = by_status(BookingStatus::Confirmed);
    let waitlisted = by_status(BookingStatus::Waitlisted);
    let cancelled = by_status(BookingStatus::Cancelled);
    let person = |e: &RosterEntry| {
        let needs: Vec<String> = e.needs.iter().map(|n| need_name(&i18n, *n)).collect();
        html! {
            <p class="lines">
                <span>
                    <span class="code-inline">{ &e.booking_code }</span>{ " · " }{ channel_name(&i18n, e.channel) }
                    if let Some(source) = e.checked_in {
                        { " · " }{ i18n.t(&format!("doors-source-{}", source.slug())) }
                    }
                </span>
                <span>{ contact_text(&i18n, &e.contact) }</span>
                if e.status != BookingStatus::Cancelled && e.name != teilhabe_events::ERASED {
                    <span class="link-line">
                        <Link to={Route::Letter { code: e.booking_code.clone(), notice: None }}>
                            { i18n.t_args("office-letter-title", &[("name", e.name.clone().into())]) }
                        </Link>
                    </span>
                }
                if !needs.is_empty() {
                    <span class="needs">{ i18n.t_args("office-needs", &[("needs", needs.join(", ").into())]) }</span>
                }
            </p>
        }
    };
    let attendance_row = |e: &&RosterEntry| {
        let label_id = format!("person-{}", e.booking_code);
        let pressed = |a: Attendance| {
            if e.attendance == Some(a) {
                "true"
            } else {
                "false"
            }
        };
        html! {
            <li class="attendance-row">
                <div role="group" aria-labelledby={label_id.clone()}>
                    <h3 id={label_id}>{ shown_name(&i18n, &e.name) }</h3>
                    { person(e) }
                    <div class="attendance-buttons">
                        <button type="button" class="attend-button attend-yes" aria-pressed={pressed(Attendance::Attended)}
                            onclick={mark(e, Attendance::Attended)} disabled={*sender.sending}>
                            { i18n.t("office-attended") }
                        </button>
                        <button type="button" class="attend-button attend-no" aria-pressed={pressed(Attendance::NoShow)}
                            onclick={mark(e, Attendance::NoShow)} disabled={*sender.sending}>
                            { i18n.t("office-no-show") }
                        </button>
                    </div>
                </div>
            </li>
        }
    };
    let errors: Errors = (*sender.errors).clone();
    // Attendance is taken from an hour before the start (the server's rule).
    let now = js_sys::Date::now() as i64;
    let attendance_open = !roster.cancelled && now >= (s.starts_at.timestamp() - 3600) * 1000;
    // Once it has begun, a session is no longer changed or booked.
    let started = now >= s.starts_at.timestamp() * 1000;
    html! {
        <>
            <Link to={Route::Sessions} classes="back-link">{ i18n.t("office-back-to-sessions") }</Link>
            if !errors.is_empty() {
                <div class="error-summary" role="alert">
                    { for errors.shown(&i18n, |_| String::new()).into_iter().map(|e| html! { <p>{ e.message }</p> }) }
                </div>
            }
            <Heading text={s.title.clone()} />
            if roster.cancelled {
                <p class="notice">{ i18n.t("office-session-cancelled-note") }</p>
            }
            <dl class="facts">
                <div><dt>{ i18n.t("session-when") }</dt><dd>{ when(&i18n, &s.starts_at, &s.ends_at) }</dd></div>
                <div><dt>{ i18n.t("session-where") }</dt><dd>{ format!("{}, {}", s.venue, s.district) }</dd></div>
                <div><dt>{ i18n.t("session-seats") }</dt><dd>
                    { i18n.t_args("office-fill-seats", &[("confirmed", (confirmed.len() as u32).into()), ("capacity", s.capacity.into())]) }
                </dd></div>
                <div><dt>{ i18n.t("office-col-waitlist") }</dt><dd>{ waitlisted.len() }</dd></div>
            </dl>
            if !roster.cancelled && !started {
                <ul class="link-list">
                    <li><Link to={Route::PhoneRegister { id: id.clone() }}>{ i18n.t("office-phone-title") }</Link></li>
                    <li><Link to={Route::Reschedule { id: id.clone() }}>{ i18n.t("office-reschedule-title") }</Link></li>
                    <li><Link to={Route::Capacity { id: id.clone() }}>{ i18n.t("office-capacity-title") }</Link></li>
                    <li><Link to={Route::CancelSession { id: id.clone() }}>{ i18n.t("office-cancel-title") }</Link></li>
                </ul>
            }
            <h2>{ i18n.t(if attendance_open { "office-attendance-title" } else { "office-registered-title" }) }</h2>
            if confirmed.is_empty() {
                <p>{ i18n.t("office-roster-empty") }</p>
            } else if attendance_open {
                <p>{ i18n.t("office-attendance-hint") }</p>
                <ul class="attendance-list">{ for confirmed.iter().map(attendance_row) }</ul>
            } else {
                if !roster.cancelled {
                    <p>{ i18n.t("office-attendance-later") }</p>
                }
                <ul class="entry-list">
                    { for confirmed.iter().map(|e| html! { <li class="entry"><h3>{ shown_name(&i18n, &e.name) }</h3>{ person(e) }</li> }) }
                </ul>
            }
            if !waitlisted.is_empty() {
                <h2>{ i18n.t("office-waitlist-title") }</h2>
                <ol class="entry-list">
                    { for waitlisted.iter().map(|e| html! { <li class="entry"><h3>{ shown_name(&i18n, &e.name) }</h3>{ person(e) }</li> }) }
                </ol>
            }
            if !cancelled.is_empty() {
                <h2>{ i18n.t("office-cancelled-title") }</h2>
                <ul class="entry-list">
                    { for cancelled.iter().map(|e| html! { <li class="entry"><h3>{ shown_name(&i18n, &e.name) }</h3>{ person(e) }</li> }) }
                </ul>
            }
            if !roster.walk_ins.is_empty() {
                <h2>{ i18n.t("doors-walk-ins-title") }</h2>
                <ul class="entry-list">
                    { for roster.walk_ins.iter().map(|w| html! {
                        <li class="entry">
                            <h3>{ shown_name(&i18n, &w.first_name) }</h3>
                            <p class="lines">
                                <span>{ i18n.t(&format!("doors-source-{}", w.source.slug())) }</span>
                                if let Some(d) = &w.district { <span>{ d }</span> }
                            </p>
                        </li>
                    }) }
                </ul>
            }
            <FeedbackView feedback={roster.feedback.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FeedbackProps {
    feedback: FeedbackSummary,
}

/// What participants said: how many answered, the ratings, whether it helped, comments.
#[component(FeedbackView)]
fn feedback_view(props: &FeedbackProps) -> Html {
    let i18n = use_t();
    let f = &props.feedback;
    html! {
        <>
            <h2>{ i18n.t("office-feedback-title") }</h2>
            if f.responses == 0 {
                <p>{ i18n.t("office-feedback-none") }</p>
            } else {
                <dl class="facts">
                    <div><dt>{ i18n.t("office-feedback-responses") }</dt><dd>{ f.responses }</dd></div>
                    <div><dt>{ i18n.t("doors-feedback-from-paper") }</dt><dd>{ f.from_paper }</dd></div>
                    { for f.ratings.iter().enumerate().rev().map(|(i, n)| html! {
                        <div>
                            <dt>{ i18n.t_args("office-feedback-rating", &[("rating", (i as i64 + 1).into())]) }</dt>
                            <dd>{ n }</dd>
                        </div>
                    }) }
                    <div><dt>{ i18n.t("office-feedback-helped-yes") }</dt><dd>{ f.helped_yes }</dd></div>
                    <div><dt>{ i18n.t("office-feedback-helped-partly") }</dt><dd>{ f.helped_partly }</dd></div>
                    <div><dt>{ i18n.t("office-feedback-helped-no") }</dt><dd>{ f.helped_no }</dd></div>
                </dl>
                if !f.comments.is_empty() {
                    <h3>{ i18n.t("office-feedback-comments") }</h3>
                    <ul class="entry-list">
                        { for f.comments.iter().map(|c| html! { <li class="entry">{ c }</li> }) }
                    </ul>
                }
            }
        </>
    }
}

//! One booking, found by its code: status, course, the way to cancel, and after the course
//! the way to say how it was.

use super::{use_booking, Load, LoadStatus};
use crate::app::Route;
use crate::components::back_link::back_link;
use crate::components::page::Heading;
use crate::components::session_facts::session_facts;
use crate::format::topic_name;
use crate::i18n::{use_t, I18n};
use crate::router::Link;
use teilhabe_events::api::{BookingStatus, BookingView, FeedbackStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
}

/// Where booking `b` stands, for which course and for whom; the seats left only while the
/// course is still to come (`over` false).
fn booking_summary(i18n: &I18n, b: &BookingView, over: bool) -> Html {
    let status = match b.status {
        // The office called the course off: that is what matters most.
        _ if b.session.cancelled => i18n.t("problem-session-cancelled"),
        BookingStatus::Confirmed if over => i18n.t("booking-status-over"),
        BookingStatus::Confirmed => i18n.t("booking-status-confirmed"),
        BookingStatus::Waitlisted => i18n.t_args(
            "booking-status-waitlisted",
            &[("position", b.waitlist_position.unwrap_or(0).into())],
        ),
        BookingStatus::Cancelled => i18n.t("booking-status-cancelled"),
    };
    html! {
        <>
            <p class={classes!("status", format!("status-{}", b.status.as_str()))}>{ status }</p>
            <h2>{ topic_name(i18n, b.session.topic) }</h2>
            { session_facts(i18n, &b.session, !over) }
            <dl class="facts">
                <div>
                    <dt>{ i18n.t("booking-for") }</dt>
                    <dd>{ if b.name == teilhabe_events::ERASED { i18n.t("personal-data-erased") } else { b.name.clone() } }</dd>
                </div>
                <div>
                    <dt>{ i18n.t("booking-code-label") }</dt>
                    <dd class="code-inline">{ &b.booking_code }</dd>
                </div>
            </dl>
            if b.status != BookingStatus::Cancelled && !over {
                { qr_code(i18n, &b.booking_code) }
            }
        </>
    }
}

/// The booking code as a QR code (drawn by the server), for the scanner at the door.
pub fn qr_code(i18n: &I18n, code: &str) -> Html {
    html! {
        <img class="booking-qr" width="200" height="200"
            src={format!("/api/v1/bookings/{}/qr.svg", crate::api::encode(code))}
            alt={i18n.t_args("confirm-qr-alt", &[("code", code.into())])} />
    }
}

#[component(BookingPage)]
pub fn booking_page(props: &Props) -> Html {
    let i18n = use_t();
    let booking = use_booking(&props.code);
    let body = match &*booking {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! {
            <>
                <Heading text={i18n.t("booking-title")} error=true />
                <LoadStatus failure={f.clone()} />
                <Link to={Route::BookingFind} classes="button">{ i18n.t("booking-find") }</Link>
            </>
        },
        Load::Ready(b) => {
            let code = b.booking_code.clone();
            // Once the session is over there is nothing left to cancel, and no seat to count.
            let over = b.session.ends_at.timestamp_millis() as f64 <= js_sys::Date::now();
            html! {
                <>
                    <Heading text={i18n.t("booking-title")} />
                    { booking_summary(&i18n, b, over) }
                    if b.feedback == FeedbackStatus::Open {
                        <p class="lead">{ i18n.t("booking-feedback-intro") }</p>
                        <Link to={Route::FeedbackRating { code: code.clone() }} classes="button button-large">
                            { i18n.t("booking-feedback-give") }
                        </Link>
                    }
                    if b.feedback == FeedbackStatus::Given {
                        <p class="notice">{ i18n.t("problem-feedback-given") }</p>
                    }
                    <div class="button-group">
                        if b.status == BookingStatus::Waitlisted && !over && !b.session.cancelled {
                            <Link to={Route::BookingLeave { code: code.clone() }} classes="button button-secondary">
                                { i18n.t("booking-leave-waitlist") }
                            </Link>
                        } else if b.status != BookingStatus::Cancelled && !over && !b.session.cancelled {
                            <Link to={Route::BookingCancel { code: code.clone() }} classes="button button-secondary">
                                { i18n.t("booking-cancel") }
                            </Link>
                        }
                        if b.name != teilhabe_events::ERASED {
                            <Link to={Route::BookingErase { code }} classes="button button-secondary">
                                { i18n.t("booking-erase") }
                            </Link>
                        }
                    </div>
                </>
            }
        }
    };
    html! {
        <>
            { back_link(&i18n, Route::BookingFind) }
            { body }
        </>
    }
}

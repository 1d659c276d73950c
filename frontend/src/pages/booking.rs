//! One booking, found by its code: status, course, and the way to cancel.

use super::{use_load, Load, LoadStatus};
use crate::api;
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::page::Heading;
use crate::components::session_facts::SessionFacts;
use crate::format::topic_name;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::api::{BookingStatus, BookingView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
}

/// The status line of a booking.
#[derive(Properties, PartialEq)]
pub struct BookingSummaryProps {
    pub booking: BookingView,
}

#[function_component(BookingSummary)]
pub fn booking_summary(props: &BookingSummaryProps) -> Html {
    let i18n = use_t();
    let b = &props.booking;
    let status = match b.status {
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
            <h2>{ topic_name(&i18n, b.session.topic) }</h2>
            <SessionFacts session={b.session.clone()} />
            <dl class="facts">
                <div>
                    <dt>{ i18n.t("booking-for") }</dt>
                    <dd>{ &b.name }</dd>
                </div>
                <div>
                    <dt>{ i18n.t("booking-code-label") }</dt>
                    <dd class="code-inline">{ &b.booking_code }</dd>
                </div>
            </dl>
        </>
    }
}

#[function_component(BookingPage)]
pub fn booking_page(props: &Props) -> Html {
    let i18n = use_t();
    let booking = use_load(props.code.clone(), |code| async move {
        api::booking(&code).await
    });
    let body = match &*booking {
        Load::Loading => html! { <LoadStatus /> },
        Load::Failed(f) => html! {
            <>
                <Heading text={i18n.t("booking-title")} error=true />
                <LoadStatus failure={f.clone()} />
                <Link to={Route::BookingFind} classes="button">{ i18n.t("booking-find") }</Link>
            </>
        },
        Load::Ready(b) => html! {
            <>
                <Heading text={i18n.t("booking-title")} />
                <BookingSummary booking={b.clone()} />
                if b.status != BookingStatus::Cancelled {
                    <Link to={Route::BookingCancel { code: b.booking_code.clone() }} classes="button button-secondary">
                        { i18n.t("booking-cancel") }
                    </Link>
                }
            </>
        },
    };
    html! {
        <>
            <BackLink to={Route::BookingFind} />
            { body }
        </>
    }
}

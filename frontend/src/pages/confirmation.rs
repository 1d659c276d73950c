//! Sign-up done: the booking code in large print, or the place on the waiting list.

use crate::app::Route;
use crate::components::page::Heading;
use crate::draft::use_draft;
use crate::i18n::use_t;
use teilhabe_events::api::BookingStatus;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[function_component(Confirmation)]
pub fn confirmation(props: &Props) -> Html {
    let i18n = use_t();
    let draft = use_draft(&props.id);
    let Some(result) = draft.result.clone() else {
        return html! { <Redirect<Route> to={Route::Session { id: props.id.clone() }} /> };
    };
    let waitlisted = result.status == BookingStatus::Waitlisted;
    let title = if waitlisted {
        "confirm-title-waitlisted"
    } else {
        "confirm-title-confirmed"
    };
    // Read letter by letter by screen readers: "K 7 P, 4 W M".
    let spoken: String = result
        .booking_code
        .chars()
        .map(|c| {
            if c == '-' {
                ", ".to_owned()
            } else {
                format!("{c} ")
            }
        })
        .collect();
    html! {
        <>
            <div class="panel">
                <Heading text={i18n.t(title)} />
                <p class="panel-label" id="code-label">{ i18n.t("confirm-code-label") }</p>
                <p class="booking-code">
                    <span aria-hidden="true">{ &result.booking_code }</span>
                    <span class="visually-hidden">{ spoken.trim_end() }</span>
                </p>
            </div>
            if let Some(position) = result.waitlist_position {
                <p class="lead">{ i18n.t_args("confirm-waitlist-position", &[("position", position.into())]) }</p>
            }
            <p>{ i18n.t("confirm-code-note") }</p>
            <Link<Route> to={Route::Booking { code: result.booking_code.clone() }} classes="button">
                { i18n.t("confirm-to-booking") }
            </Link<Route>>
        </>
    }
}

//! Cancelling a booking, leaving the waitlist, or erasing the holder's data: one question,
//! then the confirmation.

use super::{use_booking, use_sending, Load};
use crate::api;
use crate::app::Route;
use crate::components::back_link::back_link;
use crate::components::error_summary::{failure_errors, ErrorSummary};
use crate::components::page::Heading;
use crate::components::session_facts::session_facts;
use crate::format::topic_name;
use crate::i18n::use_t;
use crate::router::Link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    /// Erase the holder's personal data instead of cancelling the seat.
    #[prop_or_default]
    pub erase: bool,
    /// The booking is on the waitlist: the texts say "leave the waitlist".
    #[prop_or_default]
    pub waitlist: bool,
}

#[component(BookingCancel)]
pub fn booking_cancel(props: &Props) -> Html {
    let i18n = use_t();
    let done = use_state(|| false);
    let sending = use_sending();
    // One key for this visit: pressing again after a lost answer cancels once.
    let key = use_state(crate::draft::nonce);
    let erase = props.erase;
    // The course it is about, so nobody cancels the wrong one.
    let booking = use_booking(&props.code);
    let onsubmit = {
        let (done, sending, code, key) = (
            done.clone(),
            sending.clone(),
            props.code.clone(),
            key.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (done, code, key) = (done.clone(), code.clone(), key.clone());
            sending.start(Box::pin(async move {
                if erase {
                    api::erase_booking(&code, &format!("erase-{}", *key)).await?;
                } else {
                    api::cancel_booking(&code, &format!("cancel-{}", *key)).await?;
                }
                done.set(true);
                Ok(())
            }));
        })
    };
    let [title, text, yes, no, done_title, done_text] = if erase {
        [
            "booking-erase-title",
            "booking-erase-text",
            "booking-erase-yes",
            "booking-erase-no",
            "booking-erased-title",
            "booking-erased-text",
        ]
    } else if props.waitlist {
        [
            "booking-leave-title",
            "booking-leave-text",
            "booking-leave-waitlist",
            "booking-cancel-no",
            "booking-left-title",
            "booking-cancelled-text",
        ]
    } else {
        [
            "booking-cancel-title",
            "booking-cancel-text",
            "booking-cancel-yes",
            "booking-cancel-no",
            "booking-cancelled-title",
            "booking-cancelled-text",
        ]
    };
    if *done {
        return html! {
            <>
                <div class="panel">
                    <Heading text={i18n.t(done_title)} />
                </div>
                <p class="lead">{ i18n.t(done_text) }</p>
                <Link to={Route::Finder} classes="button">{ i18n.t("start-find") }</Link>
            </>
        };
    }
    let errors = failure_errors(&i18n, sending.failure.as_ref(), |_| "");
    html! {
        <>
            { back_link(&i18n, Route::Booking { code: props.code.clone() }) }
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t(title)} error={!errors.is_empty()} />
            if let Load::Ready(b) = &*booking {
                <h2>{ topic_name(&i18n, b.session.topic) }</h2>
                { session_facts(&i18n, &b.session, false) }
            }
            <p class="lead">{ i18n.t(text) }</p>
            <form {onsubmit} class="button-group">
                <button type="submit" class="button button-warning" disabled={*sending.busy}>{ i18n.t(yes) }</button>
                <Link to={Route::Booking { code: props.code.clone() }} classes="button button-secondary">
                    { i18n.t(no) }
                </Link>
            </form>
        </>
    }
}

//! Cancelling a booking: one question, then the confirmation.

use crate::api::{self, ApiFailure};
use crate::app::Route;
use crate::components::back_link::BackLink;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::i18n::use_t;
use crate::router::Link;
use teilhabe_events::api::BookingView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
}

#[function_component(BookingCancel)]
pub fn booking_cancel(props: &Props) -> Html {
    let i18n = use_t();
    let done = use_state(|| None::<BookingView>);
    let failure = use_state(|| None::<ApiFailure>);
    let sending = use_state(|| false);
    let onsubmit = {
        let (done, failure, sending, code) = (
            done.clone(),
            failure.clone(),
            sending.clone(),
            props.code.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *sending {
                return;
            }
            sending.set(true);
            let (done, failure, sending, code) =
                (done.clone(), failure.clone(), sending.clone(), code.clone());
            yew::platform::spawn_local(async move {
                match api::cancel_booking(&code).await {
                    Ok(view) => done.set(Some(view)),
                    Err(err) => failure.set(Some(err)),
                }
                sending.set(false);
            });
        })
    };
    if done.is_some() {
        return html! {
            <>
                <div class="panel">
                    <Heading text={i18n.t("booking-cancelled-title")} />
                </div>
                <p class="lead">{ i18n.t("booking-cancelled-text") }</p>
                <Link to={Route::Finder} classes="button">{ i18n.t("start-find") }</Link>
            </>
        };
    }
    let errors: Vec<ShownError> = (*failure)
        .iter()
        .map(|f| ShownError {
            target: String::new(),
            message: i18n.t(f.message_key()),
        })
        .collect();
    html! {
        <>
            <BackLink to={Route::Booking { code: props.code.clone() }} />
            <ErrorSummary errors={errors.clone()} />
            <Heading text={i18n.t("booking-cancel-title")} error={!errors.is_empty()} />
            <p class="lead">{ i18n.t("booking-cancel-text") }</p>
            <form {onsubmit} class="button-group">
                <button type="submit" class="button button-warning" disabled={*sending}>{ i18n.t("booking-cancel-yes") }</button>
                <Link to={Route::Booking { code: props.code.clone() }} classes="button button-secondary">
                    { i18n.t("booking-cancel-no") }
                </Link>
            </form>
        </>
    }
}

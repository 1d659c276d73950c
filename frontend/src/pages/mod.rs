//! One module per page.

pub mod accessibility;
pub mod booking;
pub mod booking_cancel;
pub mod booking_find;
pub mod choice_question;
pub mod confirmation;
pub mod easy_read;
pub mod finder;
pub mod help;
pub mod not_found;
pub mod register_check;
pub mod register_contact;
pub mod register_name;
pub mod report_barrier;
pub mod session;
pub mod start;

use teilhabe_events::api::{BookingView, SessionSummary};
pub use teilhabe_web::load::{use_load, use_sending, Load, LoadStatus};
use yew::prelude::*;

/// One session, fetched by id (one instance of the fetching code for every page that shows one).
#[hook]
pub fn use_session(id: &str) -> UseStateHandle<Load<SessionSummary>> {
    use_load(
        id.to_owned(),
        |id| async move { crate::api::session(&id).await },
    )
    .state
}

/// One booking, fetched by its code (one instance of the fetching code for the booking page
/// and the pages that cancel or erase it).
#[hook]
pub fn use_booking(code: &str) -> UseStateHandle<Load<BookingView>> {
    use_load(code.to_owned(), |code| async move {
        crate::api::booking(&code).await
    })
    .state
}

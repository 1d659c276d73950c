//! What the holder of a booking does with its code (look it up, cancel, give feedback, have
//! their data erased), and the office's erasure on their behalf.

use super::{invalid, Error};
use crate::state::AppState;
use crate::store::Metadata;
use teilhabe_events::api::BookingView;
use teilhabe_events::{BookingCode, Feedback, SessionCommand};

fn not_found() -> Error {
    Error::NotFound {
        message_key: "problem-booking-not-found",
    }
}

/// The booking code typed into `field` (any case, dash or not), or a refusal naming that
/// field.
pub fn parse_code(field: &str, raw: &str) -> Result<BookingCode, Error> {
    BookingCode::parse(raw).map_err(|_| invalid(field, "booking-code-error-invalid"))
}

/// The booking code typed into `field`, if it names a booking (with its session). Codes that
/// name none (mistyped or guessed) count against the address; once it has used up its misses
/// for the hour, every look-up is refused, so codes cannot be found by trying. Each look-up
/// takes a miss before it looks (checked and counted in one step, so a burst of parallel
/// guesses gets no more than the allowance) and gives it back when the code is found.
#[tracing::instrument(skip_all)]
pub async fn find(
    state: &AppState,
    address: std::net::IpAddr,
    raw: &str,
    field: &str,
) -> Result<(BookingCode, String), Error> {
    let now = state.clock.now().timestamp();
    let key = address.to_string();
    let Some(miss) = state.limits.code_misses.reserve(&key, now).await else {
        return Err(Error::TooManyAttempts);
    };
    let code = parse_code(field, raw)?;
    match state.catalogue.session_of_booking(&code).await? {
        Some(session) => {
            miss.free();
            Ok((code, session))
        }
        None => Err(not_found()),
    }
}

/// The booking as the read model shows it now.
#[tracing::instrument(skip_all)]
pub async fn current(state: &AppState, code: &BookingCode) -> Result<BookingView, Error> {
    state
        .catalogue
        .booking(code, state.clock.now().timestamp())
        .await?
        .ok_or_else(not_found)
}

/// Runs a resident's command on the session that holds the booking, then answers the booking
/// as it stands afterwards (read afresh each time, also for a repeated command).
async fn on_booking(
    state: &AppState,
    code: &BookingCode,
    session: &str,
    command: SessionCommand,
    metadata: Metadata,
) -> Result<BookingView, Error> {
    super::run(state, &state.commands, session, command, metadata).await?;
    current(state, code).await
}

/// Cancels a booking; the first on the waiting list gets the seat in the same step.
#[tracing::instrument(skip_all)]
pub async fn cancel(
    state: &AppState,
    code: &BookingCode,
    session: &str,
    metadata: Metadata,
) -> Result<BookingView, Error> {
    let command = SessionCommand::CancelRegistration {
        booking_code: code.clone(),
    };
    on_booking(state, code, session, command, metadata).await
}

/// Records what the holder of a booking says about a session that took place.
#[tracing::instrument(skip_all)]
pub async fn give_feedback(
    state: &AppState,
    code: &BookingCode,
    session: &str,
    feedback: Feedback,
    metadata: Metadata,
) -> Result<BookingView, Error> {
    let command = SessionCommand::GiveFeedback {
        booking_code: code.clone(),
        feedback,
    };
    on_booking(state, code, session, command, metadata).await
}

/// Erases the booking holder's personal data (GDPR Art. 17) in `session`; answers the
/// booking as it reads afterwards.
#[tracing::instrument(skip_all)]
pub async fn erase(
    state: &AppState,
    code: &BookingCode,
    session: &str,
    metadata: Metadata,
) -> Result<BookingView, Error> {
    crate::erasure::erase_booking(state, session, code, metadata).await?;
    current(state, code).await
}

/// The office erases the data of a booking's holder on their request by letter, phone or at
/// the counter.
#[tracing::instrument(skip_all)]
pub async fn erase_for_holder(
    state: &AppState,
    code: &BookingCode,
    metadata: Metadata,
) -> Result<BookingView, Error> {
    let session = state
        .catalogue
        .session_of_booking(code)
        .await?
        .ok_or_else(not_found)?;
    erase(state, code, &session, metadata).await
}

//! The interest list "Sagen Sie mir Bescheid": a resident leaves an interest and gets an
//! interest code; with the code she looks at it, withdraws it or has her data erased. When the
//! office plans a session, every interest it fits is told of it once, by its channel.
//!
//! An interest's id is a keyed hash of its code ([`crate::personal::Keyring::interest_id`]):
//! the log, the read models and their exports hold the id, never the code.

use super::{ids, Error};
use crate::commands::{CommandError, Respond};
use crate::domain::interest::{Interest, InterestError};
use crate::domain::Rejection;
use crate::state::AppState;
use crate::store::Metadata;
use rand::Rng;
use std::sync::Arc;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::interest::{
    Demand, InterestChannel, InterestCommand, InterestCreated, InterestReach, InterestRequest,
    InterestView, WaitingList,
};
use teilhabe_events::{booking_code, BookingCode, ContactConsent, Topic};

fn not_found() -> Error {
    Error::NotFound {
        message_key: "problem-interest-not-found",
    }
}

/// A code drawn at random, in the booking codes' alphabet.
fn new_code() -> BookingCode {
    let indices: [u8; booking_code::LENGTH] = {
        let mut rng = rand::rng();
        std::array::from_fn(|_| rng.random_range(0..booking_code::ALPHABET.len() as u8))
    };
    BookingCode::from_indices(indices)
}

/// The answer to a new interest: its code. Recorded with the command id, it is given again
/// only to the same request under the same `Idempotency-Key` (another request with that key is
/// refused, see [`crate::commands`]), as for a booking code.
fn created(code: BookingCode) -> Respond<Interest> {
    Arc::new(move |_, _| {
        serde_json::to_string(&InterestCreated {
            interest_code: code.to_string(),
        })
        .unwrap_or_default()
    })
}

/// Registers an interest with a new code; answers the [`InterestCreated`] as JSON (for a
/// repeated request, what the first one answered).
#[tracing::instrument(skip_all)]
pub async fn register(
    state: &AppState,
    request: &InterestRequest,
    locale: Option<String>,
    metadata: Metadata,
) -> Result<String, Error> {
    let (wish, name, reach) = request.parse().map_err(Error::Invalid)?;
    let mut attempts = 0;
    let outcome = loop {
        let code = new_code();
        let id = state.keys.interest_id(&code);
        let command = InterestCommand::Register {
            wish: wish.clone(),
            name: name.clone(),
            reach: reach.clone(),
            consent: ContactConsent::OnlineForm,
            locale: locale.clone(),
        };
        match state
            .interests
            .execute(&id, command, metadata.clone(), created(code))
            .await
        {
            // The code names an interest already: draw another.
            Err(CommandError::Domain(rejected))
                if rejected.message_key == InterestError::Exists.message_key() && attempts < 3 =>
            {
                attempts += 1
            }
            result => break result?,
        }
    };
    state.projector.wait_for(outcome.position).await?;
    Ok(outcome.response)
}

/// The interest id the code typed into `field` names, if there is one. Codes that name none
/// count against the address as a booking code's misses do (the same allowance: one cannot
/// guess more codes by trying both kinds).
#[tracing::instrument(skip_all)]
pub async fn find(
    state: &AppState,
    address: std::net::IpAddr,
    raw: &str,
    field: &str,
) -> Result<String, Error> {
    let now = state.clock.now().timestamp();
    let Some(miss) = state
        .limits
        .code_misses
        .reserve(&address.to_string(), now)
        .await
    else {
        return Err(Error::TooManyAttempts);
    };
    let code =
        BookingCode::parse(raw).map_err(|_| super::invalid(field, "booking-code-error-invalid"))?;
    let id = state.keys.interest_id(&code);
    match state.interest_list.view(&id).await? {
        Some(_) => {
            miss.free();
            Ok(id)
        }
        None => Err(not_found()),
    }
}

/// The interest as the read model shows it now.
pub async fn current(state: &AppState, id: &str) -> Result<InterestView, Error> {
    state.interest_list.view(id).await?.ok_or_else(not_found)
}

/// Withdraws the interest: she is told of nothing any more.
#[tracing::instrument(skip_all)]
pub async fn withdraw(
    state: &AppState,
    id: &str,
    metadata: Metadata,
) -> Result<InterestView, Error> {
    super::run(
        state,
        &state.interests,
        id,
        InterestCommand::Withdraw,
        metadata,
    )
    .await?;
    current(state, id).await
}

/// Erases her data (GDPR Art. 17): her key goes, name and way of contact read as erased.
#[tracing::instrument(skip_all)]
pub async fn erase(state: &AppState, id: &str, metadata: Metadata) -> Result<InterestView, Error> {
    crate::erasure::erase_interest(state, id, metadata).await?;
    current(state, id).await
}

/// Tells every active interest that `session` fits of it, once each: the commands' ids follow
/// the planning command's, so a repeated request tells nobody twice, and the aggregate refuses
/// a second notice of one session. Answers how many were told now.
#[tracing::instrument(skip_all)]
pub async fn notify_matching(
    state: &AppState,
    session: &SessionSummary,
    metadata: &Metadata,
) -> Result<usize, Error> {
    if session.cancelled {
        return Ok(0);
    }
    let mut told = 0;
    let mut last = None;
    for candidate in state.interest_list.active().await? {
        if candidate.channel.is_none()
            || !candidate
                .wish
                .matches(session.topic, &session.district, &session.starts_at)
        {
            continue;
        }
        let command = InterestCommand::Notify {
            session_id: session.id.clone(),
        };
        let step = ids::next_step(metadata, &format!("tell {}", candidate.id));
        let respond = crate::commands::no_answer();
        match state
            .interests
            .execute(&candidate.id, command, step, respond)
            .await
        {
            Ok(outcome) => {
                told += usize::from(!outcome.repeated);
                last = Some(outcome.position);
            }
            // Withdrawn or erased meanwhile, or told already: nothing to do.
            Err(CommandError::Domain(_)) => {}
            Err(err) => return Err(err.into()),
        }
    }
    if let Some(position) = last {
        state.projector.wait_for(position).await?;
    }
    Ok(told)
}

/// How many interested people a session of `topic` in `district` starting at `starts_at`
/// would reach, by channel (for the planning form, before the session is saved).
pub async fn reach(
    state: &AppState,
    topic: Topic,
    district: &str,
    starts_at: &chrono::DateTime<chrono::FixedOffset>,
) -> Result<InterestReach, Error> {
    let mut reach = InterestReach::default();
    for candidate in state.interest_list.active().await? {
        if !candidate.wish.matches(topic, district, starts_at) {
            continue;
        }
        let Some(channel) = candidate.channel else {
            continue;
        };
        reach.people += 1;
        match channel {
            InterestChannel::Email => reach.email += 1,
            InterestChannel::Phone => reach.phone += 1,
            InterestChannel::Letter => reach.letter += 1,
        }
    }
    Ok(reach)
}

/// Where demand is now: the active interests by topic × district and by weekday, and the
/// waiting lists of the sessions that have not ended (from the read models; counts only).
pub async fn demand(state: &AppState) -> Result<Demand, Error> {
    let wishes: Vec<_> = state
        .interest_list
        .active()
        .await?
        .into_iter()
        .map(|c| c.wish)
        .collect();
    let waiting = state
        .catalogue
        .upcoming(state.clock.now().timestamp())
        .await?
        .into_iter()
        .filter(|s| s.waitlist_length > 0)
        .map(|s| WaitingList {
            session_id: s.id,
            title: s.title,
            topic: s.topic,
            district: s.district,
            starts_at: s.starts_at,
            waiting: s.waitlist_length,
        })
        .collect();
    Ok(Demand::tally(&wishes, waiting))
}

/// Records how a call of the call list to someone on the interest list went (`call` names
/// the entry); an entry that is no interest's is refused on the booking code it then lacks.
#[tracing::instrument(skip(state, metadata))]
pub async fn record_call(
    state: &AppState,
    call: &str,
    result: teilhabe_events::CallResult,
    metadata: Metadata,
) -> Result<(), Error> {
    let Some((id, session_id)) = state.outbox.interest_call(call).await? else {
        return Err(super::invalid("booking_code", "booking-code-error-invalid"));
    };
    let command = InterestCommand::RecordCall {
        session_id,
        call: call.to_owned(),
        result,
    };
    super::run(state, &state.interests, &id, command, metadata).await?;
    Ok(())
}

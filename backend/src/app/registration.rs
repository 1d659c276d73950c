//! Registering a person for a session: online by the resident, on the phone by the office, or
//! by an ambassador on the resident's behalf.

use super::{invalid, Error};
use crate::commands::{CommandError, Respond};
use crate::domain::session::{Session, SessionError};
use crate::domain::Rejection;
use crate::state::AppState;
use crate::store::Metadata;
use rand::Rng;
use std::sync::Arc;
use teilhabe_events::api::{BookingStatus, RegistrationCreated};
use teilhabe_events::session::Channel;
use teilhabe_events::staff_api::AssistedRegistrationRequest;
use teilhabe_events::{
    booking_code, BookingCode, Contact, ContactConsent, PersonName, SessionCommand, SessionEvent,
};

/// What a registration records about the person.
pub struct Registration {
    pub name: PersonName,
    pub contact: Contact,
    pub channel: Channel,
    pub needs: Vec<teilhabe_events::Need>,
    pub contact_consent: Option<ContactConsent>,
    pub locale: Option<String>,
}

impl Registration {
    /// The registration under `booking_code`, as the session records it.
    fn with_code(&self, booking_code: &BookingCode) -> teilhabe_events::Registration {
        teilhabe_events::Registration {
            booking_code: booking_code.clone(),
            name: self.name.clone(),
            contact: self.contact.clone(),
            channel: self.channel,
            needs: self.needs.clone(),
            contact_consent: self.contact_consent,
            locale: self.locale.clone(),
        }
    }
}

/// Registers a person for session `id` with a new booking code; answers the
/// [`RegistrationCreated`] as JSON (for a repeated command, what the first one answered).
#[tracing::instrument(skip(state, registration, metadata), fields(channel = ?registration.channel))]
pub async fn register(
    state: &AppState,
    id: &str,
    registration: Registration,
    metadata: Metadata,
) -> Result<String, Error> {
    // The read model may not show a code issued a moment ago; if the session knows it, the
    // registration is tried again with a fresh code.
    let mut attempts = 0;
    let outcome = loop {
        let booking_code = new_booking_code(state).await?;
        let command = SessionCommand::RegisterParticipant(registration.with_code(&booking_code));
        let respond = registration_response(booking_code);
        match state
            .commands
            .execute(id, command, metadata.clone(), respond)
            .await
        {
            Err(CommandError::Domain(rejected))
                if rejected.message_key == SessionError::BookingCodeTaken.message_key()
                    && attempts < 3 =>
            {
                attempts += 1
            }
            result => break result?,
        }
    };
    state.projector.wait_for(outcome.position).await?;
    Ok(outcome.response)
}

/// A registration taken by staff or an ambassador for a resident (through `channel`), with
/// how the resident agreed recorded as the consent.
#[tracing::instrument(skip(state, request, metadata))]
pub async fn register_assisted(
    state: &AppState,
    id: &str,
    request: &AssistedRegistrationRequest,
    channel: Channel,
    metadata: Metadata,
) -> Result<String, Error> {
    let (name, contact, consent) = request.parse().map_err(Error::Invalid)?;
    if state.catalogue.session(id).await?.is_none() {
        return Err(invalid("session_id", "field-error-choose"));
    }
    let registration = Registration {
        name,
        contact,
        channel,
        needs: request.needs.clone(),
        contact_consent: Some(consent),
        locale: None,
    };
    register(state, id, registration, metadata).await
}

/// An ambassador registers a resident for the session the request names: only while active
/// and agreed to the principles in force.
#[tracing::instrument(skip(state, request, metadata))]
pub async fn register_by_ambassador(
    state: &AppState,
    account_id: &str,
    request: &AssistedRegistrationRequest,
    metadata: Metadata,
) -> Result<String, Error> {
    let me = super::ambassadors::of_account(state, account_id).await?;
    if me.status != teilhabe_events::staff_api::AmbassadorStatus::Active {
        return Err(Error::Conflict {
            message_key: "problem-not-active",
            detail: "only an active ambassador registers residents".into(),
        });
    }
    super::ambassadors::principles_current(state, &me).await?;
    register_assisted(
        state,
        &request.session_id,
        request,
        Channel::Ambassador,
        metadata,
    )
    .await
}

/// A booking code that no booking holds yet.
async fn new_booking_code(state: &AppState) -> Result<BookingCode, Error> {
    loop {
        let indices: [u8; booking_code::LENGTH] = {
            let mut rng = rand::rng();
            std::array::from_fn(|_| rng.random_range(0..booking_code::ALPHABET.len() as u8))
        };
        let code = BookingCode::from_indices(indices);
        if !state.catalogue.code_in_use(&code).await? {
            return Ok(code);
        }
    }
}

/// The answer to a registration, built from the events it recorded.
fn registration_response(code: BookingCode) -> Respond<Session> {
    Arc::new(move |events, session| {
        let status = match events.first() {
            Some(SessionEvent::ParticipantWaitlisted { .. }) => BookingStatus::Waitlisted,
            _ => BookingStatus::Confirmed,
        };
        let created = RegistrationCreated {
            booking_code: code.to_string(),
            status,
            waitlist_position: session.waitlist_position(&code),
        };
        serde_json::to_string(&created).unwrap_or_default()
    })
}

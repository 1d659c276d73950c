//! Which event sends which message: the rules that fill the outbox.
//!
//! A projection of the log like the read models, folded in their transaction and under their
//! checkpoint, so every event that calls for a message gets exactly one outbox row (keyed by
//! the event's position): a crash repeats the fold but not the row, and a rebuild finds the
//! rows already there and sends nothing twice. The outbox is not a read model: a rebuild
//! leaves it as it is. Who receives a message, and its text, is decided when it is sent
//! ([`crate::mail`]).

use crate::codec::LoggedEvent;
use crate::mail::{notice, Notice, SCHEMA as OUTBOX};
use crate::projections::catalogue::session_id_of;
use crate::projections::db::Statement;
use crate::projections::staff::id_of;
use crate::projections::{Folded, Logged, Projection, ProjectionError};
use async_trait::async_trait;
use teilhabe_events::interest::InterestEvent;
use teilhabe_events::staff::AmbassadorEvent;
use teilhabe_events::{Contact, Registration, SessionEvent};

/// The notification rules as a projection.
pub struct Notifications;

#[async_trait]
impl Projection for Notifications {
    /// None: the outbox is never emptied nor dropped.
    fn tables(&self) -> &'static [&'static str] {
        &[]
    }

    fn schema(&self) -> &'static [&'static str] {
        OUTBOX
    }

    async fn fold(&self, events: &[Logged<'_>]) -> Result<Folded, ProjectionError> {
        Ok(events
            .iter()
            .filter_map(|logged| statement(logged.position, logged.stream_id, &logged.event))
            .collect::<Vec<_>>()
            .into())
    }
}

/// The outbox row an event calls for, if any.
fn statement(position: i64, stream_id: &str, event: &LoggedEvent) -> Option<Statement> {
    match event {
        LoggedEvent::Session(event) => {
            let session = session_id_of(stream_id);
            match event {
                // A booking is confirmed (or waitlisted) by mail only to those who gave an
                // e-mail address; the others hear it on the phone or at the counter.
                SessionEvent::ParticipantRegistered(Registration {
                    booking_code,
                    contact: Contact::Email(_),
                    ..
                }) => Some(notice(
                    position,
                    Notice::BookingConfirmed,
                    booking_code.as_str(),
                    "",
                )),
                SessionEvent::ParticipantWaitlisted(Registration {
                    booking_code,
                    contact: Contact::Email(_),
                    ..
                }) => Some(notice(
                    position,
                    Notice::BookingWaitlisted,
                    booking_code.as_str(),
                    "",
                )),
                SessionEvent::ParticipantPromoted { booking_code } => Some(notice(
                    position,
                    Notice::BookingPromoted,
                    booking_code.as_str(),
                    "",
                )),
                SessionEvent::SessionRescheduled { .. } => {
                    Some(notice(position, Notice::SessionRescheduled, session, ""))
                }
                SessionEvent::SessionCancelled { reason } => {
                    Some(notice(position, Notice::SessionCancelled, session, reason))
                }
                // Mail not sent yet goes with the person (after the rows this batch wrote).
                SessionEvent::PersonalDataErased { booking_code } => Some(Statement::new(
                    "DELETE FROM outbox WHERE subject = $1 AND status <> 'sent'",
                    vec![booking_code.as_str().into()],
                )),
                _ => None,
            }
        }
        // One row per notice, whatever the channel: the worker e-mails it, the call list and
        // the office's letters read it (subject: the interest, detail: the session).
        LoggedEvent::Interest(InterestEvent::InterestNotified { session_id, .. }) => Some(notice(
            position,
            Notice::InterestMatched,
            id_of(stream_id),
            session_id,
        )),
        // What was not sent yet goes with her wish, or with her data.
        LoggedEvent::Interest(InterestEvent::InterestWithdrawn | InterestEvent::InterestErased) => {
            Some(Statement::new(
                "DELETE FROM outbox WHERE subject = $1 AND kind = $2 AND status <> 'sent'",
                vec![
                    id_of(stream_id).into(),
                    Notice::InterestMatched.slug().into(),
                ],
            ))
        }
        LoggedEvent::Ambassador(AmbassadorEvent::AmbassadorApproved { .. }) => Some(notice(
            position,
            Notice::ApplicationApproved,
            id_of(stream_id),
            "",
        )),
        LoggedEvent::Ambassador(AmbassadorEvent::AmbassadorDeclined { reason }) => Some(notice(
            position,
            Notice::ApplicationDeclined,
            id_of(stream_id),
            reason,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

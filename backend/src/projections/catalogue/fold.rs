//! The catalogue as a projection of the log: a batch of session events folded in memory,
//! then written with few statements.

use super::{session_id_of, Catalogue, Entry, SCHEMA, TABLES};
use crate::codec::LoggedEvent;
use crate::projections::db::{ReadDb, Statement, Value};
use crate::projections::{Folded, Logged, Projection, ProjectionError};
use async_trait::async_trait;
use std::collections::HashMap;
use std::sync::PoisonError;
use teilhabe_events::api::BookingStatus;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::{Need, SessionEvent, Topic};

/// Rows per multi-row insert (9 parameters each keeps well inside both databases' limits).
const ROWS_PER_INSERT: usize = 500;

#[async_trait]
impl Projection for Catalogue {
    fn tables(&self) -> &'static [&'static str] {
        TABLES
    }

    fn schema(&self) -> &'static [&'static str] {
        SCHEMA
    }

    async fn fold(&self, events: &[Logged<'_>]) -> Result<Folded, ProjectionError> {
        let mut fold = Fold::default();
        for logged in events {
            if let LoggedEvent::Session(event) = &logged.event {
                fold.apply(
                    &self.db,
                    session_id_of(logged.stream_id),
                    logged.position,
                    event,
                )
                .await?;
            }
        }
        let statements = fold.statements();
        let catalogue = self.clone();
        Ok(Folded {
            statements,
            on_commit: Some(Box::new(move || {
                fold.update_memory(
                    &mut catalogue
                        .sessions
                        .write()
                        .unwrap_or_else(PoisonError::into_inner),
                );
                catalogue.changed();
            })),
        })
    }

    async fn reload(&self) -> Result<(), ProjectionError> {
        self.reload_sessions().await
    }
}

/// A batch of events folded in memory, then written with few statements: new rows in
/// multi-row inserts, counters as one update per session. This is what makes a rebuild fast.
#[derive(Default)]
struct Fold {
    sessions: Vec<Entry>,
    /// Change of (confirmed, waitlisted) per session.
    counts: HashMap<String, (i64, i64)>,
    /// Bookings first seen in this batch, in order.
    new_bookings: Vec<NewBooking>,
    new_index: HashMap<String, usize>,
    /// New status of bookings written by earlier batches.
    changed: HashMap<String, BookingStatus>,
    feedback: Vec<Statement>,
    /// Changes to sessions and bookings after they were inserted, in order.
    updates: Vec<Statement>,
    /// The same changes, for the sessions kept in memory.
    session_changes: Vec<(String, SessionChange)>,
}

enum SessionChange {
    Rescheduled(
        chrono::DateTime<chrono::FixedOffset>,
        chrono::DateTime<chrono::FixedOffset>,
    ),
    Capacity(u32),
    Cancelled,
}

struct NewBooking {
    code: String,
    session: String,
    name: String,
    status: BookingStatus,
    queued_at: i64,
    contact: String,
    channel: &'static str,
    needs: String,
    locale: Option<String>,
}

/// Needs as stored: their slugs joined by commas.
fn needs_text(needs: &[Need]) -> String {
    needs.iter().map(|n| n.slug()).collect::<Vec<_>>().join(",")
}

impl Fold {
    /// The current status of a booking: from this batch, or from the database.
    async fn status(
        &self,
        db: &ReadDb,
        code: &str,
    ) -> Result<Option<BookingStatus>, ProjectionError> {
        if let Some(i) = self.new_index.get(code) {
            return Ok(Some(self.new_bookings[*i].status));
        }
        if let Some(status) = self.changed.get(code) {
            return Ok(Some(*status));
        }
        Ok(db
            .query_value(
                "SELECT status FROM catalogue_bookings WHERE code = $1",
                vec![code.into()],
            )
            .await?
            .and_then(|v| BookingStatus::parse(v.text())))
    }

    fn set_status(&mut self, code: &str, status: BookingStatus) {
        match self.new_index.get(code) {
            Some(i) => self.new_bookings[*i].status = status,
            None => {
                self.changed.insert(code.to_owned(), status);
            }
        }
    }

    fn count(&mut self, session: &str, confirmed: i64, waitlisted: i64) {
        let entry = self.counts.entry(session.to_owned()).or_default();
        entry.0 += confirmed;
        entry.1 += waitlisted;
    }

    async fn apply(
        &mut self,
        db: &ReadDb,
        session: &str,
        position: i64,
        event: &SessionEvent,
    ) -> Result<(), ProjectionError> {
        match event {
            SessionEvent::SessionScheduled(d) => self.sessions.push(Entry {
                summary: SessionSummary {
                    id: session.to_owned(),
                    title: d.title.clone(),
                    topic: d.topic,
                    venue: d.venue.clone(),
                    district: d.district.clone(),
                    starts_at: d.starts_at,
                    ends_at: d.ends_at,
                    capacity: d.capacity,
                    seats_left: d.capacity,
                    waitlist_length: 0,
                    cancelled: false,
                    drop_in: d.drop_in,
                },
                confirmed: 0,
                waitlisted: 0,
            }),
            SessionEvent::ParticipantRegistered(registration)
            | SessionEvent::ParticipantWaitlisted(registration) => {
                let code = registration.booking_code.as_str();
                if self.new_index.contains_key(code) {
                    return Ok(());
                }
                let confirmed = matches!(event, SessionEvent::ParticipantRegistered(_));
                self.new_index
                    .insert(code.to_owned(), self.new_bookings.len());
                self.new_bookings.push(NewBooking {
                    code: code.to_owned(),
                    session: session.to_owned(),
                    name: registration.name.as_str().to_owned(),
                    status: if confirmed {
                        BookingStatus::Confirmed
                    } else {
                        BookingStatus::Waitlisted
                    },
                    queued_at: position,
                    contact: serde_json::to_string(&registration.contact).unwrap_or_default(),
                    channel: registration.channel.slug(),
                    needs: needs_text(&registration.needs),
                    locale: registration.locale.clone(),
                });
                if confirmed {
                    self.count(session, 1, 0);
                } else {
                    self.count(session, 0, 1);
                }
            }
            SessionEvent::RegistrationCancelled { booking_code } => {
                let code = booking_code.as_str();
                match self.status(db, code).await? {
                    Some(BookingStatus::Confirmed) => self.count(session, -1, 0),
                    Some(BookingStatus::Waitlisted) => self.count(session, 0, -1),
                    _ => return Ok(()),
                }
                self.set_status(code, BookingStatus::Cancelled);
            }
            SessionEvent::ParticipantPromoted { booking_code } => {
                let code = booking_code.as_str();
                if self.status(db, code).await? == Some(BookingStatus::Waitlisted) {
                    self.count(session, 1, -1);
                    self.set_status(code, BookingStatus::Confirmed);
                }
            }
            SessionEvent::FeedbackGiven {
                booking_code,
                feedback,
            } => self.feedback.push(Statement::new(
                "INSERT INTO catalogue_feedback (code, session_id, rating, helped, next_topic, comment) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
                vec![
                    booking_code.as_str().into(),
                    session.into(),
                    i64::from(feedback.rating.value()).into(),
                    feedback.helped.slug().into(),
                    feedback.next_topic.map(Topic::slug).into(),
                    feedback.comment.as_ref().map(|c| c.as_str()).into(),
                ],
            )),
            SessionEvent::AttendanceRecorded {
                booking_code,
                attendance,
            } => self.updates.push(Statement::new(
                "UPDATE catalogue_bookings SET attendance = $1 WHERE code = $2",
                vec![attendance.slug().into(), booking_code.as_str().into()],
            )),
            SessionEvent::ParticipantCheckedIn {
                booking_code,
                source,
            } => self.updates.push(Statement::new(
                "UPDATE catalogue_bookings SET attendance = 'attended', checked_in = $1 WHERE code = $2",
                vec![source.slug().into(), booking_code.as_str().into()],
            )),
            SessionEvent::WalkInCheckedIn {
                walk_in_id,
                first_name,
                district,
                source,
            } => self.updates.push(Statement::new(
                "INSERT INTO catalogue_walk_ins (session_id, walk_in_id, position, first_name, district, source) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id, walk_in_id) DO NOTHING",
                vec![
                    session.into(),
                    walk_in_id.as_str().into(),
                    position.into(),
                    first_name.as_str().into(),
                    district.as_deref().into(),
                    source.slug().into(),
                ],
            )),
            SessionEvent::FeedbackCardRecorded { source, feedback } => {
                // Cards are anonymous: each gets a key of its own that no booking code can be.
                self.feedback.push(Statement::new(
                    "INSERT INTO catalogue_feedback (code, session_id, rating, helped, next_topic, comment, source) VALUES ($1, $2, $3, $4, NULL, NULL, $5) ON CONFLICT (code) DO NOTHING",
                    vec![
                        format!("card-{position}").into(),
                        session.into(),
                        i64::from(feedback.rating.value()).into(),
                        feedback.helped.slug().into(),
                        source.slug().into(),
                    ],
                ))
            }
            SessionEvent::SessionRescheduled { starts_at, ends_at } => {
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET starts_at = $1, ends_at = $2, starts_epoch = $3, ends_epoch = $4 WHERE id = $5",
                    vec![
                        starts_at.to_rfc3339().into(),
                        ends_at.to_rfc3339().into(),
                        starts_at.timestamp().into(),
                        ends_at.timestamp().into(),
                        session.into(),
                    ],
                ));
                self.session_changes.push((
                    session.to_owned(),
                    SessionChange::Rescheduled(*starts_at, *ends_at),
                ));
            }
            SessionEvent::CapacityChanged { capacity } => {
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET capacity = $1 WHERE id = $2",
                    vec![i64::from(*capacity).into(), session.into()],
                ));
                self.session_changes
                    .push((session.to_owned(), SessionChange::Capacity(*capacity)));
            }
            SessionEvent::CallRecorded {
                booking_code,
                call,
                result,
            } => {
                let result = match result {
                    teilhabe_events::CallResult::Reached => "reached",
                    teilhabe_events::CallResult::NotReached => "not-reached",
                    teilhabe_events::CallResult::LeftMessage => "left-message",
                };
                self.updates.push(Statement::new(
                    "INSERT INTO catalogue_calls (call, code, result, attempts) VALUES ($1, $2, $3, 1) ON CONFLICT (call, code) DO UPDATE SET result = excluded.result, attempts = catalogue_calls.attempts + 1",
                    vec![call.as_str().into(), booking_code.as_str().into(), result.into()],
                ));
            }
            SessionEvent::PersonalDataErased { booking_code } => {
                let code = booking_code.as_str();
                let none = serde_json::to_string(&teilhabe_events::Contact::None)
                    .unwrap_or_default();
                if let Some(i) = self.new_index.get(code) {
                    let booking = &mut self.new_bookings[*i];
                    booking.name = teilhabe_events::ERASED.to_owned();
                    booking.contact = none.clone();
                    booking.needs = String::new();
                }
                self.updates.push(Statement::new(
                    "UPDATE catalogue_bookings SET name = $1, contact = $2, needs = '' WHERE code = $3",
                    vec![teilhabe_events::ERASED.into(), none.into(), code.into()],
                ));
                self.updates.push(Statement::new(
                    "UPDATE catalogue_feedback SET comment = NULL WHERE code = $1",
                    vec![code.into()],
                ));
            }
            SessionEvent::WalkInDataErased { walk_in_id } => self.updates.push(Statement::new(
                "UPDATE catalogue_walk_ins SET first_name = $1 WHERE session_id = $2 AND walk_in_id = $3",
                vec![
                    teilhabe_events::ERASED.into(),
                    session.into(),
                    walk_in_id.as_str().into(),
                ],
            )),
            SessionEvent::SessionCancelled { .. } => {
                self.updates.push(Statement::new(
                    "UPDATE catalogue_sessions SET cancelled = 1 WHERE id = $1",
                    vec![session.into()],
                ));
                self.session_changes
                    .push((session.to_owned(), SessionChange::Cancelled));
            }
        }
        Ok(())
    }

    fn statements(&self) -> Vec<Statement> {
        let mut out = Vec::new();
        for e in &self.sessions {
            let s = &e.summary;
            out.push(Statement::new(
                "INSERT INTO catalogue_sessions (id, title, topic, venue, district, starts_at, ends_at, starts_epoch, ends_epoch, capacity, confirmed, waitlisted, drop_in)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11) ON CONFLICT (id) DO NOTHING",
                vec![
                    s.id.clone().into(),
                    s.title.clone().into(),
                    s.topic.slug().into(),
                    s.venue.clone().into(),
                    s.district.clone().into(),
                    s.starts_at.to_rfc3339().into(),
                    s.ends_at.to_rfc3339().into(),
                    s.starts_at.timestamp().into(),
                    s.ends_at.timestamp().into(),
                    i64::from(s.capacity).into(),
                    i64::from(s.drop_in).into(),
                ],
            ));
        }
        for chunk in self.new_bookings.chunks(ROWS_PER_INSERT) {
            let values: Vec<String> = (0..chunk.len())
                .map(|i| {
                    let p = i * 9;
                    let n: Vec<String> = (1..=9).map(|k| format!("${}", p + k)).collect();
                    format!("({})", n.join(", "))
                })
                .collect();
            let params = chunk
                .iter()
                .flat_map(|b| {
                    [
                        Value::from(b.code.as_str()),
                        b.session.as_str().into(),
                        b.name.as_str().into(),
                        b.status.as_str().into(),
                        b.queued_at.into(),
                        b.contact.as_str().into(),
                        b.channel.into(),
                        b.needs.as_str().into(),
                        b.locale.as_deref().into(),
                    ]
                })
                .collect();
            out.push(Statement::new(
                format!(
                    "INSERT INTO catalogue_bookings (code, session_id, name, status, queued_at, contact, channel, needs, locale) VALUES {} ON CONFLICT (code) DO NOTHING",
                    values.join(", ")
                ),
                params,
            ));
        }
        for (code, status) in &self.changed {
            out.push(Statement::new(
                "UPDATE catalogue_bookings SET status = $1 WHERE code = $2",
                vec![status.as_str().into(), code.as_str().into()],
            ));
        }
        out.extend(self.feedback.iter().cloned());
        for (session, (confirmed, waitlisted)) in &self.counts {
            out.push(Statement::new(
                "UPDATE catalogue_sessions SET confirmed = confirmed + $1, waitlisted = waitlisted + $2 WHERE id = $3",
                vec![(*confirmed).into(), (*waitlisted).into(), session.as_str().into()],
            ));
        }
        out.extend(self.updates.iter().cloned());
        out
    }

    fn update_memory(self, sessions: &mut HashMap<String, Entry>) {
        for e in self.sessions {
            sessions.entry(e.summary.id.clone()).or_insert(e);
        }
        for (id, (confirmed, waitlisted)) in self.counts {
            if let Some(e) = sessions.get_mut(&id) {
                e.confirmed += confirmed;
                e.waitlisted += waitlisted;
            }
        }
        for (id, change) in self.session_changes {
            if let Some(e) = sessions.get_mut(&id) {
                match change {
                    SessionChange::Rescheduled(starts_at, ends_at) => {
                        e.summary.starts_at = starts_at;
                        e.summary.ends_at = ends_at;
                    }
                    SessionChange::Capacity(capacity) => e.summary.capacity = capacity,
                    SessionChange::Cancelled => e.summary.cancelled = true,
                }
            }
        }
    }
}

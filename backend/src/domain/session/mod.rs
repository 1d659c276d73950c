//! The session aggregate: a planned course and its seats. It owns its registrations, so the
//! rule "never more confirmed seats than capacity" is checked against one consistent state.

#[cfg(test)]
mod tests;
mod waitlist;

use super::clock::Clock;
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use teilhabe_events::{Attendance, BookingCode, SessionCommand, SessionDetails, SessionEvent};
use waitlist::Waitlist;

/// What the session aggregate needs from outside.
#[derive(Clone)]
pub struct SessionServices {
    pub clock: Arc<dyn Clock>,
    /// How long a waiting list may grow before it closes.
    pub waitlist: WaitlistLimit,
}

impl SessionServices {
    /// The services with the usual waiting-list limit ([`WaitlistLimit::DEFAULT`]).
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self {
            clock,
            waitlist: WaitlistLimit::DEFAULT,
        }
    }
}

/// How many people may wait for a session's seats: `multiple` times its capacity, but at
/// least `minimum`. A longer list would only grow the session's history: hardly anyone that
/// far back gets a seat, and a new course is the better answer, which the interest list
/// gives. `multiple` 0 means no limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaitlistLimit {
    pub multiple: u32,
    pub minimum: u32,
}

impl WaitlistLimit {
    /// Three times the capacity, at least 20.
    pub const DEFAULT: Self = Self {
        multiple: 3,
        minimum: 20,
    };
    /// Waiting lists that never close.
    pub const NONE: Self = Self {
        multiple: 0,
        minimum: 0,
    };

    /// Whether one more may join a list of `waiting` people for `capacity` seats.
    pub fn admits(&self, waiting: usize, capacity: u32) -> bool {
        if self.multiple == 0 {
            return true;
        }
        let places = capacity.saturating_mul(self.multiple).max(self.minimum);
        waiting < places as usize
    }
}

/// Why a session refused a command; each carries the Fluent id of its explanation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("this session does not exist")]
    NotFound,
    #[error("this session has already been scheduled")]
    AlreadyScheduled,
    #[error("a session needs at least one seat and must end after it starts")]
    InvalidDetails,
    #[error("registration has closed: the session has started")]
    RegistrationClosed,
    #[error("this booking code is already in use")]
    BookingCodeTaken,
    #[error("no booking with this code")]
    UnknownBooking,
    #[error("this booking has already been cancelled")]
    AlreadyCancelled,
    #[error("feedback opens when the session is over")]
    FeedbackNotYet,
    #[error("only someone who held a seat can give feedback")]
    FeedbackNotPossible,
    #[error("feedback for this booking was already given")]
    FeedbackAlreadyGiven,
    #[error("attendance is marked for confirmed seats, from an hour before the start")]
    AttendanceNotPossible,
    #[error("this session has been cancelled")]
    Cancelled,
    #[error("the capacity cannot fall below the seats already confirmed")]
    CapacityBelowConfirmed,
    #[error("this person's data has already been erased")]
    AlreadyErased,
    #[error("a drop-in session takes no bookings: people just come")]
    NoBookingNeeded,
    #[error("this person has already been checked in")]
    AlreadyCheckedIn,
    #[error("check-in opens an hour before the start")]
    CheckInNotYet,
    #[error("no walk-in with this id came to this session")]
    UnknownWalkIn,
    #[error("the waiting list of this session is full; the interest list (POST /api/v1/interests) tells of new courses")]
    WaitlistFull,
}

impl super::Rejection for SessionError {
    fn kind(&self) -> super::RejectionKind {
        use super::RejectionKind::*;
        match self {
            SessionError::NotFound | SessionError::UnknownBooking | SessionError::UnknownWalkIn => {
                NotFound
            }
            SessionError::InvalidDetails => Invalid,
            _ => Conflict,
        }
    }

    fn message_key(&self) -> &'static str {
        match self {
            SessionError::NotFound => "problem-session-not-found",
            SessionError::AlreadyScheduled => "problem-session-exists",
            SessionError::InvalidDetails => "problem-session-invalid",
            SessionError::RegistrationClosed => "problem-registration-closed",
            SessionError::BookingCodeTaken => "problem-booking-code-taken",
            SessionError::UnknownBooking => "problem-booking-not-found",
            SessionError::AlreadyCancelled => "problem-booking-already-cancelled",
            SessionError::FeedbackNotYet => "problem-feedback-not-yet",
            SessionError::FeedbackNotPossible => "problem-feedback-not-possible",
            SessionError::FeedbackAlreadyGiven => "problem-feedback-given",
            SessionError::AttendanceNotPossible => "problem-attendance-not-possible",
            SessionError::Cancelled => "problem-session-cancelled",
            SessionError::CapacityBelowConfirmed => "problem-capacity-below-confirmed",
            SessionError::AlreadyErased => "problem-already-erased",
            SessionError::NoBookingNeeded => "doors-problem-no-booking-needed",
            SessionError::AlreadyCheckedIn => "doors-problem-already-checked-in",
            SessionError::CheckInNotYet => "doors-problem-check-in-not-yet",
            SessionError::UnknownWalkIn => "doors-problem-unknown-walk-in",
            SessionError::WaitlistFull => "problem-waitlist-full",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum Seat {
    Confirmed,
    Waitlisted,
    Cancelled,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Session {
    details: Option<SessionDetails>,
    seats: BTreeMap<BookingCode, Seat>,
    confirmed: u32,
    /// Waiting in order of arrival; the front is promoted first.
    waitlist: Waitlist,
    /// Bookings whose holders said how the session was.
    #[serde(default)]
    feedback: BTreeSet<BookingCode>,
    #[serde(default)]
    cancelled: bool,
    /// Bookings whose holders' personal data was erased.
    #[serde(default)]
    erased: BTreeSet<BookingCode>,
    /// Bookings whose holders came (checked in, or marked as attended).
    #[serde(default)]
    present: BTreeSet<BookingCode>,
    /// The client keys of walk-ins counted so far.
    #[serde(default)]
    walk_ins: BTreeSet<String>,
    /// Walk-ins whose first names were erased.
    #[serde(default)]
    walk_ins_erased: BTreeSet<String>,
}

impl Session {
    pub fn details(&self) -> Option<&SessionDetails> {
        self.details.as_ref()
    }

    /// 1 for the first in line; `None` when this code is not waiting.
    pub fn waitlist_position(&self, code: &BookingCode) -> Option<u32> {
        self.waitlist.position(code)
    }

    fn scheduled(&self) -> Result<&SessionDetails, SessionError> {
        self.details.as_ref().ok_or(SessionError::NotFound)
    }

    /// Where this booking stands in the session.
    fn seat(&self, booking_code: &BookingCode) -> Result<Seat, SessionError> {
        self.seats
            .get(booking_code)
            .copied()
            .ok_or(SessionError::UnknownBooking)
    }

    /// The details of a session that is scheduled and not cancelled.
    fn going_ahead(&self) -> Result<&SessionDetails, SessionError> {
        let details = self.scheduled()?;
        if self.cancelled {
            return Err(SessionError::Cancelled);
        }
        Ok(details)
    }

    /// The details of a session going ahead whose door is open: from an hour before the start
    /// (and afterwards, for entries from paper).
    fn door_open(&self, services: &SessionServices) -> Result<&SessionDetails, SessionError> {
        let details = self.going_ahead()?;
        if services.clock.now() < details.starts_at - chrono::Duration::hours(1) {
            return Err(SessionError::CheckInNotYet);
        }
        Ok(details)
    }
}

impl Aggregate for Session {
    const TYPE: &'static str = "session";
    type Command = SessionCommand;
    type Event = SessionEvent;
    type Error = SessionError;
    type Services = SessionServices;

    async fn handle(
        &mut self,
        command: Self::Command,
        services: &Self::Services,
        sink: &EventSink<Self>,
    ) -> Result<(), Self::Error> {
        for event in self.decide(command, services)? {
            sink.write(event, self).await;
        }
        Ok(())
    }

    fn apply(&mut self, event: Self::Event) {
        self.evolve(event);
    }
}

impl Session {
    /// Checks `command` against the current state and names the events it yields, in order.
    fn decide(
        &self,
        command: SessionCommand,
        services: &SessionServices,
    ) -> Result<Vec<SessionEvent>, SessionError> {
        Ok(match command {
            SessionCommand::ScheduleSession(details) => {
                if self.details.is_some() {
                    return Err(SessionError::AlreadyScheduled);
                }
                // A drop-in has no places; any other session needs at least one.
                if (details.capacity == 0) != details.drop_in
                    || details.ends_at <= details.starts_at
                {
                    return Err(SessionError::InvalidDetails);
                }
                vec![SessionEvent::SessionScheduled(details)]
            }
            SessionCommand::RegisterParticipant(registration) => {
                let details = self.going_ahead()?;
                if details.drop_in {
                    return Err(SessionError::NoBookingNeeded);
                }
                if services.clock.now() >= details.starts_at {
                    return Err(SessionError::RegistrationClosed);
                }
                if self.seats.contains_key(&registration.booking_code) {
                    return Err(SessionError::BookingCodeTaken);
                }
                let event = if self.confirmed < details.capacity {
                    SessionEvent::ParticipantRegistered(registration)
                } else if services
                    .waitlist
                    .admits(self.waitlist.len(), details.capacity)
                {
                    SessionEvent::ParticipantWaitlisted(registration)
                } else {
                    return Err(SessionError::WaitlistFull);
                };
                vec![event]
            }
            SessionCommand::CancelRegistration { booking_code } => {
                self.going_ahead()?;
                let seat = self.seat(&booking_code)?;
                if seat == Seat::Cancelled {
                    return Err(SessionError::AlreadyCancelled);
                }
                let mut events = vec![SessionEvent::RegistrationCancelled { booking_code }];
                // A freed seat goes to the first in line.
                if seat == Seat::Confirmed {
                    if let Some(next) = self.waitlist.front().cloned() {
                        events.push(SessionEvent::ParticipantPromoted { booking_code: next });
                    }
                }
                events
            }
            SessionCommand::GiveFeedback {
                booking_code,
                feedback,
            } => {
                let details = self.scheduled()?;
                let seat = self.seat(&booking_code)?;
                if services.clock.now() < details.ends_at {
                    return Err(SessionError::FeedbackNotYet);
                }
                if seat != Seat::Confirmed {
                    return Err(SessionError::FeedbackNotPossible);
                }
                if self.feedback.contains(&booking_code) {
                    return Err(SessionError::FeedbackAlreadyGiven);
                }
                vec![SessionEvent::FeedbackGiven {
                    booking_code,
                    feedback,
                }]
            }
            SessionCommand::RecordAttendance {
                booking_code,
                attendance,
            } => {
                let details = self.going_ahead()?;
                let seat = self.seat(&booking_code)?;
                let opens = details.starts_at - chrono::Duration::hours(1);
                if seat != Seat::Confirmed || services.clock.now() < opens {
                    return Err(SessionError::AttendanceNotPossible);
                }
                vec![SessionEvent::AttendanceRecorded {
                    booking_code,
                    attendance,
                }]
            }
            SessionCommand::Reschedule { starts_at, ends_at } => {
                self.going_ahead()?;
                if ends_at <= starts_at || starts_at <= services.clock.now() {
                    return Err(SessionError::InvalidDetails);
                }
                vec![SessionEvent::SessionRescheduled { starts_at, ends_at }]
            }
            SessionCommand::ChangeCapacity { capacity } => {
                if self.going_ahead()?.drop_in {
                    return Err(SessionError::NoBookingNeeded);
                }
                if capacity == 0 {
                    return Err(SessionError::InvalidDetails);
                }
                if capacity < self.confirmed {
                    return Err(SessionError::CapacityBelowConfirmed);
                }
                // Each seat the change frees goes to the next in line while people wait.
                let free = capacity.saturating_sub(self.confirmed) as usize;
                let promoted = self.waitlist.iter().take(free).cloned();
                std::iter::once(SessionEvent::CapacityChanged { capacity })
                    .chain(
                        promoted
                            .map(|booking_code| SessionEvent::ParticipantPromoted { booking_code }),
                    )
                    .collect()
            }
            SessionCommand::RecordCall {
                booking_code,
                call,
                result,
            } => {
                self.scheduled()?;
                if !self.seats.contains_key(&booking_code) {
                    return Err(SessionError::UnknownBooking);
                }
                if call.is_empty() || call.len() > 200 {
                    return Err(SessionError::InvalidDetails);
                }
                vec![SessionEvent::CallRecorded {
                    booking_code,
                    call,
                    result,
                }]
            }
            SessionCommand::CheckIn {
                booking_code,
                source,
            } => {
                self.door_open(services)?;
                let seat = self.seat(&booking_code)?;
                if seat != Seat::Confirmed {
                    return Err(SessionError::AttendanceNotPossible);
                }
                if self.present.contains(&booking_code) {
                    return Err(SessionError::AlreadyCheckedIn);
                }
                vec![SessionEvent::ParticipantCheckedIn {
                    booking_code,
                    source,
                }]
            }
            SessionCommand::CheckInWalkIn {
                walk_in_id,
                first_name,
                district,
                source,
            } => {
                self.door_open(services)?;
                if walk_in_id.is_empty() || walk_in_id.len() > 200 {
                    return Err(SessionError::InvalidDetails);
                }
                // The same arrival sent again (a double tap, a retry): counted once.
                if self.walk_ins.contains(&walk_in_id) {
                    return Ok(vec![]);
                }
                vec![SessionEvent::WalkInCheckedIn {
                    walk_in_id,
                    first_name,
                    district,
                    source,
                }]
            }
            SessionCommand::RecordFeedbackCard { source, feedback } => {
                self.door_open(services)?;
                vec![SessionEvent::FeedbackCardRecorded { source, feedback }]
            }
            SessionCommand::CancelSession { reason } => {
                self.going_ahead()?;
                vec![SessionEvent::SessionCancelled { reason }]
            }
            SessionCommand::ErasePersonalData { booking_code } => {
                self.scheduled()?;
                if !self.seats.contains_key(&booking_code) {
                    return Err(SessionError::UnknownBooking);
                }
                if self.erased.contains(&booking_code) {
                    return Err(SessionError::AlreadyErased);
                }
                vec![SessionEvent::PersonalDataErased { booking_code }]
            }
            SessionCommand::EraseWalkIn { walk_in_id } => {
                self.scheduled()?;
                if !self.walk_ins.contains(&walk_in_id) {
                    return Err(SessionError::UnknownWalkIn);
                }
                if self.walk_ins_erased.contains(&walk_in_id) {
                    return Err(SessionError::AlreadyErased);
                }
                vec![SessionEvent::WalkInDataErased { walk_in_id }]
            }
        })
    }

    /// Folds one of the session's events into its state.
    fn evolve(&mut self, event: SessionEvent) {
        match event {
            SessionEvent::SessionScheduled(details) => self.details = Some(details),
            SessionEvent::ParticipantRegistered(registration) => {
                self.seats
                    .insert(registration.booking_code, Seat::Confirmed);
                self.confirmed += 1;
            }
            SessionEvent::ParticipantWaitlisted(registration) => {
                let booking_code = registration.booking_code;
                if self
                    .seats
                    .insert(booking_code.clone(), Seat::Waitlisted)
                    .is_none()
                {
                    self.waitlist.push_back(booking_code);
                }
            }
            SessionEvent::RegistrationCancelled { booking_code } => {
                match self.seats.insert(booking_code.clone(), Seat::Cancelled) {
                    Some(Seat::Confirmed) => self.confirmed = self.confirmed.saturating_sub(1),
                    Some(Seat::Waitlisted) => self.waitlist.remove(&booking_code),
                    _ => {}
                }
            }
            SessionEvent::ParticipantPromoted { booking_code } => {
                if self.seats.get(&booking_code) == Some(&Seat::Waitlisted) {
                    self.waitlist.remove(&booking_code);
                }
                self.seats.insert(booking_code, Seat::Confirmed);
                self.confirmed += 1;
            }
            SessionEvent::FeedbackGiven { booking_code, .. } => {
                self.feedback.insert(booking_code);
            }
            SessionEvent::AttendanceRecorded {
                booking_code,
                attendance,
            } => match attendance {
                Attendance::Attended => {
                    self.present.insert(booking_code);
                }
                Attendance::NoShow => {
                    self.present.remove(&booking_code);
                }
            },
            SessionEvent::ParticipantCheckedIn { booking_code, .. } => {
                self.present.insert(booking_code);
            }
            SessionEvent::WalkInCheckedIn { walk_in_id, .. } => {
                self.walk_ins.insert(walk_in_id);
            }
            SessionEvent::CallRecorded { .. } | SessionEvent::FeedbackCardRecorded { .. } => {}
            SessionEvent::SessionRescheduled { starts_at, ends_at } => {
                if let Some(d) = self.details.as_mut() {
                    d.starts_at = starts_at;
                    d.ends_at = ends_at;
                }
            }
            SessionEvent::CapacityChanged { capacity } => {
                if let Some(d) = self.details.as_mut() {
                    d.capacity = capacity;
                }
            }
            SessionEvent::SessionCancelled { .. } => self.cancelled = true,
            SessionEvent::PersonalDataErased { booking_code } => {
                self.erased.insert(booking_code);
            }
            SessionEvent::WalkInDataErased { walk_in_id } => {
                self.walk_ins_erased.insert(walk_in_id);
            }
        }
    }
}

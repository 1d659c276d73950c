//! A digital-skills session: what is planned, and who holds a seat or waits for one.

use crate::input::Comment;
use crate::{BookingCode, Contact, FieldError, PersonName};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// What a session teaches; each topic has a pictogram and a translated name.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    SmartphoneBasics,
    VideoCalls,
    OnlineBanking,
    TownHallOnline,
    Photos,
    SpottingScams,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::SmartphoneBasics,
        Topic::VideoCalls,
        Topic::OnlineBanking,
        Topic::TownHallOnline,
        Topic::Photos,
        Topic::SpottingScams,
    ];

    /// The kebab-case name used in JSON and in Fluent message ids (`topic-smartphone-basics`).
    pub fn slug(self) -> &'static str {
        match self {
            Topic::SmartphoneBasics => "smartphone-basics",
            Topic::VideoCalls => "video-calls",
            Topic::OnlineBanking => "online-banking",
            Topic::TownHallOnline => "town-hall-online",
            Topic::Photos => "photos",
            Topic::SpottingScams => "spotting-scams",
        }
    }
}

/// Through which way a registration reached the programme.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Web,
    Phone,
    InPerson,
    Ambassador,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Web,
        Channel::Phone,
        Channel::InPerson,
        Channel::Ambassador,
    ];

    /// The kebab-case name used in JSON, the read models and the auditors' report
    /// (`in-person`).
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Phone => "phone",
            Channel::InPerson => "in-person",
            Channel::Ambassador => "ambassador",
        }
    }
}

/// Help a person asks for when registering.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Need {
    HearingLoop,
    Wheelchair,
    BorrowDevice,
    Companion,
}

impl Need {
    pub const ALL: [Need; 4] = [
        Need::HearingLoop,
        Need::Wheelchair,
        Need::BorrowDevice,
        Need::Companion,
    ];

    /// The kebab-case name used in JSON and in Fluent message ids (`need-hearing-loop`).
    pub fn slug(self) -> &'static str {
        match self {
            Need::HearingLoop => "hearing-loop",
            Need::Wheelchair => "wheelchair",
            Need::BorrowDevice => "borrow-device",
            Need::Companion => "companion",
        }
    }
}

/// How a person agreed to be contacted about their booking.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactConsent {
    /// Ticked on the web form by the person themselves.
    OnlineForm,
    /// Said aloud to the ambassador or staff member who registered them.
    Spoken,
    /// Signed on paper.
    Signed,
}

/// How a person's presence at a session was recorded: at the door (a typed or scanned booking
/// code, or a walk-in added there) or afterwards from the paper sign-in sheet or feedback card.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    Door,
    Paper,
}

impl Source {
    pub fn slug(self) -> &'static str {
        match self {
            Source::Door => "door",
            Source::Paper => "paper",
        }
    }
}

/// Whether a participant came.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    Attended,
    NoShow,
}

impl Attendance {
    pub fn slug(self) -> &'static str {
        match self {
            Attendance::Attended => "attended",
            Attendance::NoShow => "no-show",
        }
    }
}

/// How a phone call to a resident went.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallResult {
    Reached,
    NotReached,
    LeftMessage,
}

/// "Did it help you?"
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Helped {
    Yes,
    Partly,
    No,
}

impl Helped {
    pub const ALL: [Helped; 3] = [Helped::Yes, Helped::Partly, Helped::No];

    pub fn slug(self) -> &'static str {
        match self {
            Helped::Yes => "yes",
            Helped::Partly => "partly",
            Helped::No => "no",
        }
    }

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|h| h.slug() == input)
            .ok_or_else(|| FieldError::new("helped", "feedback-error-helped"))
    }
}

/// How a session was, from 1 (very bad) to 5 (very good).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

impl Rating {
    pub fn parse(value: u8) -> Result<Self, FieldError> {
        if (1..=5).contains(&value) {
            Ok(Self(value))
        } else {
            Err(FieldError::new("rating", "feedback-error-rating"))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Rating {
    type Error = FieldError;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::parse(value)
    }
}

impl From<Rating> for u8 {
    fn from(rating: Rating) -> Self {
        rating.0
    }
}

/// What a participant said about a session after it took place.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub rating: Rating,
    pub helped: Helped,
    pub comment: Option<Comment>,
    /// The topic they would like to learn next.
    pub next_topic: Option<Topic>,
}

/// Everything the office decides when it plans a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDetails {
    pub title: String,
    pub topic: Topic,
    pub venue: String,
    pub district: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// 0 for a drop-in session.
    pub capacity: u32,
    /// An open door: people just come, nobody books, there are no places and no waitlist.
    /// Absent (false) in events written before drop-ins existed, so their payload is unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop_in: bool,
}

/// A person's registration for a session: the payload of the command and of the event that
/// confirms it or puts them on the waitlist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub booking_code: BookingCode,
    pub name: PersonName,
    pub contact: Contact,
    pub channel: Channel,
    pub needs: Vec<Need>,
    pub contact_consent: Option<ContactConsent>,
    /// The language the person used (a locale tag); their messages come in it.
    #[serde(default)]
    pub locale: Option<String>,
}

impl Registration {
    /// A registration through `channel` that asks for no help and records no consent or
    /// language.
    pub fn new(
        booking_code: BookingCode,
        name: PersonName,
        contact: Contact,
        channel: Channel,
    ) -> Self {
        Self {
            booking_code,
            name,
            contact,
            channel,
            needs: Vec::new(),
            contact_consent: None,
            locale: None,
        }
    }
}

/// Facts about a session, in the order they happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum SessionEvent {
    SessionScheduled(SessionDetails),
    /// Schema v2 added `needs` (v1 events are upcast with none); v3 added `contact_consent`
    /// (older events are upcast with `None`: consent was not recorded separately then).
    ParticipantRegistered(Registration),
    /// Same schema history as `ParticipantRegistered`.
    ParticipantWaitlisted(Registration),
    RegistrationCancelled {
        booking_code: BookingCode,
    },
    ParticipantPromoted {
        booking_code: BookingCode,
    },
    FeedbackGiven {
        booking_code: BookingCode,
        feedback: Feedback,
    },
    /// Marked by staff at or after the session; a later mark replaces an earlier one.
    AttendanceRecorded {
        booking_code: BookingCode,
        attendance: Attendance,
    },
    SessionRescheduled {
        starts_at: DateTime<FixedOffset>,
        ends_at: DateTime<FixedOffset>,
    },
    /// More seats promote people from the waitlist (as `ParticipantPromoted` events).
    CapacityChanged {
        capacity: u32,
    },
    SessionCancelled {
        reason: String,
    },
    /// Someone with a booking arrived: checked in at the door, or found on the paper sheet.
    ParticipantCheckedIn {
        booking_code: BookingCode,
        source: Source,
    },
    /// Someone without a booking came; `walk_in_id` is the client's key for this arrival, so a
    /// repeated request counts them once.
    WalkInCheckedIn {
        walk_in_id: String,
        first_name: PersonName,
        /// One of Norderstedt's districts; may be missing on a paper sign-in line.
        district: Option<String>,
        source: Source,
    },
    /// A feedback card (smiley and "did it help?") typed in from paper; anonymous.
    FeedbackCardRecorded {
        source: Source,
        feedback: Feedback,
    },
    /// Staff or an ambassador called a resident about `call` (an outbox key: a reminder, a
    /// change, a promotion) and this is how it went.
    CallRecorded {
        booking_code: BookingCode,
        call: String,
        result: CallResult,
    },
    /// The person's key was deleted: their name, contact and comments read as erased from
    /// now on. Holds no personal data itself.
    PersonalDataErased {
        booking_code: BookingCode,
    },
    /// A walk-in's key was deleted (by the retention rule): their first name reads as erased
    /// from now on; they are still counted.
    WalkInDataErased {
        walk_in_id: String,
    },
}

impl SessionEvent {
    /// The event's name as stored in the log.
    pub fn event_type(&self) -> &'static str {
        match self {
            SessionEvent::SessionScheduled(_) => "SessionScheduled",
            SessionEvent::ParticipantRegistered(_) => "ParticipantRegistered",
            SessionEvent::ParticipantWaitlisted(_) => "ParticipantWaitlisted",
            SessionEvent::RegistrationCancelled { .. } => "RegistrationCancelled",
            SessionEvent::ParticipantPromoted { .. } => "ParticipantPromoted",
            SessionEvent::FeedbackGiven { .. } => "FeedbackGiven",
            SessionEvent::AttendanceRecorded { .. } => "AttendanceRecorded",
            SessionEvent::SessionRescheduled { .. } => "SessionRescheduled",
            SessionEvent::CapacityChanged { .. } => "CapacityChanged",
            SessionEvent::SessionCancelled { .. } => "SessionCancelled",
            SessionEvent::CallRecorded { .. } => "CallRecorded",
            SessionEvent::PersonalDataErased { .. } => "PersonalDataErased",
            SessionEvent::ParticipantCheckedIn { .. } => "ParticipantCheckedIn",
            SessionEvent::WalkInCheckedIn { .. } => "WalkInCheckedIn",
            SessionEvent::FeedbackCardRecorded { .. } => "FeedbackCardRecorded",
            SessionEvent::WalkInDataErased { .. } => "WalkInDataErased",
        }
    }

    /// The schema version of this event's payload; raised when its shape changes.
    pub fn schema_version(&self) -> u32 {
        Self::current_schema_version(self.event_type())
    }

    /// The schema version events of this type are written with today.
    pub fn current_schema_version(event_type: &str) -> u32 {
        match event_type {
            "ParticipantRegistered" | "ParticipantWaitlisted" => 3,
            _ => 1,
        }
    }
}

#[cfg(feature = "cqrs")]
impl cqrs_es::DomainEvent for SessionEvent {
    fn event_type(&self) -> String {
        SessionEvent::event_type(self).to_owned()
    }
    fn event_version(&self) -> String {
        self.schema_version().to_string()
    }
}

/// What someone asks a session to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionCommand {
    ScheduleSession(SessionDetails),
    RegisterParticipant(Registration),
    CancelRegistration {
        booking_code: BookingCode,
    },
    GiveFeedback {
        booking_code: BookingCode,
        feedback: Feedback,
    },
    RecordAttendance {
        booking_code: BookingCode,
        attendance: Attendance,
    },
    Reschedule {
        starts_at: DateTime<FixedOffset>,
        ends_at: DateTime<FixedOffset>,
    },
    ChangeCapacity {
        capacity: u32,
    },
    CancelSession {
        reason: String,
    },
    RecordCall {
        booking_code: BookingCode,
        call: String,
        result: CallResult,
    },
    /// Records that a booking holder's personal data was erased (their key is already gone).
    ErasePersonalData {
        booking_code: BookingCode,
    },
    CheckIn {
        booking_code: BookingCode,
        source: Source,
    },
    CheckInWalkIn {
        walk_in_id: String,
        first_name: PersonName,
        /// One of Norderstedt's districts; may be missing on a paper sign-in line.
        district: Option<String>,
        source: Source,
    },
    RecordFeedbackCard {
        source: Source,
        feedback: Feedback,
    },
    /// The retention rule erases a walk-in's first name (their key is deleted first).
    EraseWalkIn {
        walk_in_id: String,
    },
}

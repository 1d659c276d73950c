//! What the programme office sees and records: rosters, the door, calls, feedback cards,
//! the overview, letters to residents.

use super::{Errors, OutreachTotals};

use crate::api::SessionSummary;
use crate::session::{Attendance, Channel, Need, Source};
use crate::staff::parse_district;
use crate::{FieldError, PersonName};
use serde::{Deserialize, Serialize};

/// One line of a session's roster.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RosterEntry {
    pub booking_code: String,
    pub name: String,
    pub contact: crate::Contact,
    pub channel: Channel,
    pub needs: Vec<Need>,
    pub status: crate::api::BookingStatus,
    pub attendance: Option<Attendance>,
    /// How their arrival was recorded, if they were checked in at the door or from paper.
    #[serde(default)]
    pub checked_in: Option<Source>,
}

/// Someone who came without a booking.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WalkInEntry {
    pub first_name: String,
    pub district: Option<String>,
    pub source: Source,
}

/// A resident to call (they gave a phone number), what about, and what to say.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallItem {
    /// What the call is about (the outbox key of the news); send it back with the result.
    pub call: String,
    /// The kind of news: a session reminder, a promotion from the waiting list, a new time or a cancellation.
    pub kind: crate::Notice,
    pub booking_code: String,
    pub name: String,
    pub phone: String,
    /// The resident's language (a locale tag); `script` is in it.
    pub locale: String,
    pub session: SessionSummary,
    /// What to say, in the resident's language.
    pub script: String,
    /// Calls so far that did not reach them.
    pub attempts: u32,
}

/// `POST /api/v1/calls`: how a call went.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallRequest {
    pub call: String,
    pub booking_code: String,
    pub result: crate::session::CallResult,
}

/// A feedback summary of one session.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedbackSummary {
    pub responses: u32,
    /// How many gave 1, 2, 3, 4 and 5.
    pub ratings: [u32; 5],
    pub helped_yes: u32,
    pub helped_partly: u32,
    pub helped_no: u32,
    pub comments: Vec<String>,
    /// Of `responses`, how many were typed in from paper feedback cards.
    #[serde(default)]
    pub from_paper: u32,
}

/// `GET /api/v1/office/sessions/{id}/roster`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Roster {
    pub session: SessionSummary,
    pub cancelled: bool,
    pub entries: Vec<RosterEntry>,
    pub feedback: FeedbackSummary,
    /// People who came without a booking, in order of arrival.
    #[serde(default)]
    pub walk_ins: Vec<WalkInEntry>,
}

/// `GET /api/v1/door/sessions/{id}`: who is expected at the door and who has come.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DoorView {
    pub session: SessionSummary,
    /// People with a confirmed seat, in order of registration.
    pub expected: Vec<DoorEntry>,
    pub walk_ins: Vec<WalkInEntry>,
    /// Everyone who came: checked-in bookings and walk-ins.
    pub present: u32,
}

/// One confirmed booking as the door sees it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DoorEntry {
    pub booking_code: String,
    pub name: String,
    /// How they were checked in; none while they have not come (or were only marked on the
    /// roster, see `attended`).
    pub checked_in: Option<Source>,
    /// Marked as attended, by check-in or on the roster.
    pub attended: bool,
}

/// `POST /api/v1/door/sessions/{id}/check-ins`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckInRequest {
    /// Typed or scanned; spaces, dashes and look-alike letters are forgiven.
    #[serde(default)]
    pub booking_code: String,
    /// "door" (default) or "paper".
    #[serde(default)]
    pub source: Option<Source>,
}

impl CheckInRequest {
    pub fn parse(&self) -> Result<(crate::BookingCode, Source), Vec<FieldError>> {
        crate::BookingCode::parse(&self.booking_code)
            .map(|code| (code, self.source.unwrap_or(Source::Door)))
            .map_err(|_| {
                vec![FieldError::new(
                    "booking_code",
                    "booking-code-error-invalid",
                )]
            })
    }
}

/// `POST /api/v1/door/sessions/{id}/walk-ins`: someone came without a booking. Send an
/// `Idempotency-Key`: the same key twice counts them once.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WalkInRequest {
    #[serde(default)]
    pub first_name: String,
    /// Required at the door; may be empty for a line from the paper sheet.
    #[serde(default)]
    pub district: String,
    /// "door" (default) or "paper".
    #[serde(default)]
    pub source: Option<Source>,
}

impl WalkInRequest {
    pub fn parse(&self) -> Result<(PersonName, Option<String>, Source), Vec<FieldError>> {
        let mut errors = Errors::default();
        let source = self.source.unwrap_or(Source::Door);
        let name = errors.take(PersonName::parse(&self.first_name).map_err(|e| FieldError {
            field: "first_name".into(),
            ..e
        }));
        let district = if source == Source::Paper && self.district.trim().is_empty() {
            Some(None)
        } else {
            errors.take(parse_district("district", &self.district).map(Some))
        };
        match (name, district) {
            (Some(n), Some(d)) if errors.0.is_empty() => Ok((n, d, source)),
            _ => Err(errors.0),
        }
    }
}

/// `POST /api/v1/door/sessions/{id}/feedback-cards`: a paper feedback card typed in.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedbackCardRequest {
    /// The smiley ticked: 1 (very bad) to 5 (very good).
    #[serde(default)]
    pub rating: u8,
    /// "yes", "partly" or "no".
    #[serde(default)]
    pub helped: String,
}

impl FeedbackCardRequest {
    pub fn parse(&self) -> Result<crate::Feedback, Vec<FieldError>> {
        crate::api::FeedbackRequest {
            rating: self.rating,
            helped: self.helped.clone(),
            ..Default::default()
        }
        .parse()
    }
}

/// A booking that a line of the paper sign-in sheet may stand for.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatchProposal {
    pub booking_code: String,
    pub name: String,
    /// Already checked in: confirming would be refused.
    pub attended: bool,
}

/// One session's line in the office overview.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionFill {
    pub session: SessionSummary,
    pub confirmed: u32,
    pub cancelled: bool,
}

/// Outreach of one district in a month.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictOutreach {
    pub district: String,
    pub totals: OutreachTotals,
}

/// `GET /api/v1/office/overview`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OfficeOverview {
    pub sessions: Vec<SessionFill>,
    pub pending_applications: u32,
    /// This month, per district.
    pub outreach: Vec<DistrictOutreach>,
}

/// A letter to a resident about their booking, in the resident's language and large print,
/// for the office to post or hand over. Every text is already in the resident's language.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    pub booking_code: String,
    pub name: String,
    /// The session the booking is for.
    pub session_id: String,
    /// The resident's language: the locale's tag, the `lang` attribute and its direction.
    pub locale: String,
    pub lang: String,
    pub right_to_left: bool,
    /// What the letter is about (`booking-confirmed`, `booking-waitlisted`,
    /// `session-rescheduled`, `session-reminder`, `session-cancelled`), and the letters this
    /// booking can have now.
    pub notice: crate::Notice,
    pub choices: Vec<crate::Notice>,
    pub sender: String,
    pub date: String,
    pub subject: String,
    /// Paragraphs, separated by an empty line.
    pub body: String,
    pub code_label: String,
    pub code_hint: String,
    pub questions: String,
    pub signature: String,
}

//! The JSON shapes of the staff part of the API: login, the ambassadors' application and area,
//! and the programme office.

use crate::api::{ContactInput, SessionSummary};
use crate::input::{long_text, short_text};
use crate::session::{Attendance, Channel, ContactConsent, Need, Source, Topic};
use crate::staff::{
    optional_long_text, optional_text, parse_district, Application, Email, HelpArea, Outreach,
    Role, LANGUAGES,
};
use crate::{FieldError, PersonName, SessionDetails};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Collects field errors; `finish` yields the value when there were none.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn take<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }
}

/// `POST /api/v1/staff/login`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoginRequest {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
}

/// Who is logged in (`GET /api/v1/staff/me`, and the answer to a login).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub account_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// Send this in the `X-CSRF-Token` header with every staff request that changes something.
    pub csrf_token: String,
    /// For an ambassador: the version of the principles they still have to accept.
    pub principles_to_accept: Option<u32>,
}

/// The shortest password accepted.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// The longest password accepted (argon2 would take more, but nobody types more).
pub const PASSWORD_MAX_CHARS: usize = 200;

/// Checks a new password.
pub fn parse_password(input: &str) -> Result<String, FieldError> {
    let n = input.chars().count();
    if n < PASSWORD_MIN_CHARS {
        return Err(FieldError::new("password", "password-error-too-short"));
    }
    if n > PASSWORD_MAX_CHARS {
        return Err(FieldError::new("password", "field-error-too-long"));
    }
    Ok(input.to_owned())
}

/// `POST /api/v1/staff/password`: set a password with the one-time token from the e-mail.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SetPasswordRequest {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
}

/// `POST /api/v1/office/accounts`: the office opens an auditor (or office) account.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AccountRequest {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
}

impl AccountRequest {
    pub fn parse(&self) -> Result<(PersonName, Email, Role), Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.take(PersonName::parse(&self.name));
        let email = errors.take(Email::parse(&self.email));
        let role = errors.take(Role::parse(&self.role));
        match (name, email, role) {
            (Some(n), Some(e), Some(r)) if errors.0.is_empty() => Ok((n, e, r)),
            _ => Err(errors.0),
        }
    }
}

/// An account as the office lists it; `set_password_link` is shown once, when it is opened.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountCreated {
    pub account_id: String,
    pub set_password_link: String,
}

/// The principles of cooperation in force.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Principles {
    pub version: u32,
    pub text: String,
}

/// `POST /api/v1/ambassadors/applications` (public).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationRequest {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub districts: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub help_with: Vec<HelpArea>,
    #[serde(default)]
    pub availability: String,
    #[serde(default)]
    pub motivation: String,
    /// The version of the principles shown to the applicant and accepted.
    #[serde(default)]
    pub principles_version: u32,
    #[serde(default)]
    pub accept_principles: bool,
}

impl ApplicationRequest {
    pub fn parse(&self) -> Result<Application, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.take(PersonName::parse(&self.name));
        let email = errors.take(Email::parse(&self.email));
        let phone = errors.take(if self.phone.trim().is_empty() {
            Ok(None)
        } else {
            crate::Contact::parse(crate::ContactKind::Phone, &self.phone)
                .map(|c| c.value().map(str::to_owned))
                .map_err(|e| FieldError::new("phone", &e.message_key))
        });
        let districts: Vec<String> = self
            .districts
            .iter()
            .filter_map(|d| errors.take(parse_district("districts", d)))
            .collect();
        if districts.is_empty() && !errors.0.iter().any(|e| e.field == "districts") {
            errors
                .0
                .push(FieldError::new("districts", "field-error-choose"));
        }
        if self.languages.is_empty()
            || self
                .languages
                .iter()
                .any(|l| !LANGUAGES.contains(&l.as_str()))
        {
            errors
                .0
                .push(FieldError::new("languages", "field-error-choose"));
        }
        if self.help_with.is_empty() {
            errors
                .0
                .push(FieldError::new("help_with", "field-error-choose"));
        }
        let availability = errors.take(short_text("availability", &self.availability, 300));
        let motivation = errors.take(long_text("motivation", &self.motivation, 2000));
        if !self.accept_principles || self.principles_version == 0 {
            errors.0.push(FieldError::new(
                "accept_principles",
                "apply-principles-error-accept",
            ));
        }
        match (name, email, phone, availability, motivation) {
            (Some(name), Some(email), Some(phone), Some(availability), Some(motivation))
                if errors.0.is_empty() =>
            {
                let mut districts = districts;
                districts.dedup();
                let mut languages = self.languages.clone();
                languages.dedup();
                let mut help_with = self.help_with.clone();
                help_with.sort();
                help_with.dedup();
                Ok(Application {
                    name,
                    email,
                    phone,
                    districts,
                    languages,
                    help_with,
                    availability,
                    motivation,
                })
            }
            _ => Err(errors.0),
        }
    }
}

/// `201` answer to an application.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplicationCreated {
    pub application_id: String,
}

/// Where an ambassador stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AmbassadorStatus {
    Applied,
    Active,
    Declined,
    Paused,
    Retired,
}

impl AmbassadorStatus {
    pub fn slug(self) -> &'static str {
        match self {
            Self::Applied => "applied",
            Self::Active => "active",
            Self::Declined => "declined",
            Self::Paused => "paused",
            Self::Retired => "retired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Applied,
            Self::Active,
            Self::Declined,
            Self::Paused,
            Self::Retired,
        ]
        .into_iter()
        .find(|x| x.slug() == s)
    }
}

/// An ambassador (or applicant) as the office sees them.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AmbassadorView {
    pub id: String,
    pub status: AmbassadorStatus,
    pub application: Application,
    pub principles_version: u32,
    pub applied_at: String,
    pub decline_reason: Option<String>,
    /// The staff account opened on approval (the one `POST /office/accounts/{id}/close` closes).
    #[serde(default)]
    pub account_id: Option<String>,
    /// The office has closed that account: the ambassador can no longer log in.
    #[serde(default)]
    pub account_closed: bool,
}

/// `POST /api/v1/office/applications/{id}/decline`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DeclineRequest {
    #[serde(default)]
    pub reason: String,
}

impl DeclineRequest {
    pub fn parse(&self) -> Result<String, Vec<FieldError>> {
        long_text("reason", &self.reason, 1000).map_err(|e| vec![e])
    }
}

/// `POST /api/v1/ambassador/outreach` and `PUT /api/v1/ambassador/outreach/{entry}`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutreachRequest {
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub people: u32,
    #[serde(default)]
    pub minutes: u32,
    #[serde(default)]
    pub topic: Option<Topic>,
    #[serde(default)]
    pub note: String,
}

impl OutreachRequest {
    /// `today` bounds the date: outreach is logged after it happened, not before.
    pub fn parse(&self, today: NaiveDate) -> Result<Outreach, Vec<FieldError>> {
        let mut errors = Errors::default();
        let date = errors.take(
            NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d")
                .ok()
                .filter(|d| *d <= today && *d > today - chrono::Duration::days(366))
                .ok_or_else(|| FieldError::new("date", "outreach-error-date")),
        );
        let district = errors.take(parse_district("district", &self.district));
        let place = errors.take(optional_text("place", &self.place, 120));
        if !(1..=10_000).contains(&self.people) {
            errors
                .0
                .push(FieldError::new("people", "outreach-error-people"));
        }
        if !(1..=24 * 60).contains(&self.minutes) {
            errors
                .0
                .push(FieldError::new("minutes", "outreach-error-minutes"));
        }
        let note = errors.take(optional_long_text("note", &self.note, 1000));
        match (date, district, place, note) {
            (Some(date), Some(district), Some(place), Some(note)) if errors.0.is_empty() => {
                Ok(Outreach {
                    date,
                    district,
                    place,
                    people: self.people,
                    minutes: self.minutes,
                    topic: self.topic,
                    note,
                })
            }
            _ => Err(errors.0),
        }
    }
}

/// One outreach entry as its ambassador and the office see it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutreachView {
    pub ambassador_id: String,
    pub entry: u32,
    pub outreach: Outreach,
    pub withdrawn: bool,
}

/// Totals of outreach for a period.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutreachTotals {
    pub entries: u32,
    pub people: u32,
    pub minutes: u32,
}

/// `GET /api/v1/ambassador/dashboard`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AmbassadorDashboard {
    pub ambassador_id: String,
    pub name: String,
    pub status: AmbassadorStatus,
    pub districts: Vec<String>,
    pub this_month: OutreachTotals,
    pub entries: Vec<OutreachView>,
    pub upcoming_sessions: Vec<SessionSummary>,
}

/// `POST /api/v1/ambassador/registrations`: a resident registered by an ambassador (or by the
/// office on the phone: `POST /api/v1/office/sessions/{id}/registrations`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AssistedRegistrationRequest {
    #[serde(default)]
    pub session_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contact: ContactInput,
    #[serde(default)]
    pub needs: Vec<Need>,
    /// How the resident agreed to be registered (and contacted): "spoken" or "signed".
    #[serde(default)]
    pub consent: String,
}

impl AssistedRegistrationRequest {
    pub fn parse(&self) -> Result<(PersonName, crate::Contact, ContactConsent), Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.take(PersonName::parse(&self.name));
        let contact = errors.take(
            crate::ContactKind::parse(&self.contact.kind).and_then(|kind| {
                crate::Contact::parse(kind, self.contact.value.as_deref().unwrap_or_default())
            }),
        );
        let consent = errors.take(match self.consent.as_str() {
            "spoken" => Ok(ContactConsent::Spoken),
            "signed" => Ok(ContactConsent::Signed),
            _ => Err(FieldError::new("consent", "assisted-consent-error")),
        });
        match (name, contact, consent) {
            (Some(n), Some(c), Some(k)) if errors.0.is_empty() => Ok((n, c, k)),
            _ => Err(errors.0),
        }
    }
}

/// How a session is held.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    InPerson,
    Hybrid,
    Online,
}

/// `POST /api/v1/office/sessions`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionPlanRequest {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub topic: Option<Topic>,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub starts_at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub ends_at: Option<DateTime<FixedOffset>>,
    /// Ignored for a drop-in session.
    #[serde(default)]
    pub capacity: u32,
    /// An open door: no booking, no places, no waitlist.
    #[serde(default)]
    pub drop_in: bool,
}

impl SessionPlanRequest {
    pub fn parse(&self) -> Result<SessionDetails, Vec<FieldError>> {
        let mut errors = Errors::default();
        let title = errors.take(short_text("title", &self.title, 120));
        let topic = errors.take(
            self.topic
                .ok_or_else(|| FieldError::new("topic", "field-error-choose")),
        );
        let venue = errors.take(short_text("venue", &self.venue, 120));
        let district = errors.take(parse_district("district", &self.district));
        let starts_at = errors.take(
            self.starts_at
                .ok_or_else(|| FieldError::new("starts_at", "field-error-empty")),
        );
        let ends_at = errors.take(
            self.ends_at
                .filter(|e| self.starts_at.is_none_or(|s| *e > s))
                .ok_or_else(|| FieldError::new("ends_at", "session-error-ends-before")),
        );
        if !self.drop_in && !(1..=500).contains(&self.capacity) {
            errors
                .0
                .push(FieldError::new("capacity", "session-error-capacity"));
        }
        match (title, topic, venue, district, starts_at, ends_at) {
            (Some(title), Some(topic), Some(venue), Some(district), Some(s), Some(e))
                if errors.0.is_empty() =>
            {
                Ok(SessionDetails {
                    title,
                    topic,
                    venue,
                    district,
                    starts_at: s,
                    ends_at: e,
                    capacity: if self.drop_in { 0 } else { self.capacity },
                    drop_in: self.drop_in,
                })
            }
            _ => Err(errors.0),
        }
    }
}

/// `POST /api/v1/office/sessions/{id}/capacity`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityRequest {
    #[serde(default)]
    pub capacity: u32,
}

/// `POST /api/v1/office/sessions/{id}/reschedule`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RescheduleRequest {
    #[serde(default)]
    pub starts_at: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub ends_at: Option<DateTime<FixedOffset>>,
}

/// `POST /api/v1/office/erasures`: whose personal data to erase.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErasureRequest {
    #[serde(default)]
    pub booking_code: String,
}

/// `POST /api/v1/office/sessions/{id}/cancel`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CancelSessionRequest {
    #[serde(default)]
    pub reason: String,
}

/// `POST /api/v1/office/sessions/{id}/attendance`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttendanceRequest {
    pub booking_code: String,
    pub attendance: Attendance,
}

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
    /// The kind of news: a session reminder, a promotion from the waiting list, a new time or a cancellation (kebab-case).
    pub kind: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_application_names_every_required_field() {
        let errors = ApplicationRequest::default().parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "districts",
                "languages",
                "help_with",
                "availability",
                "motivation",
                "accept_principles"
            ]
        );
    }

    #[test]
    fn outreach_in_the_future_is_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let request = OutreachRequest {
            date: "2026-11-24".into(),
            district: "garstedt".into(),
            people: 3,
            minutes: 45,
            ..Default::default()
        };
        let errors = request.parse(today).unwrap_err();
        assert_eq!(errors, [FieldError::new("date", "outreach-error-date")]);
        let ok = OutreachRequest {
            date: "2026-11-23".into(),
            ..request
        }
        .parse(today)
        .unwrap();
        assert_eq!(ok.district, "Garstedt");
    }

    #[test]
    fn assisted_registration_needs_a_way_of_consent() {
        let request = AssistedRegistrationRequest {
            name: "Erika".into(),
            contact: ContactInput {
                kind: "none".into(),
                value: None,
            },
            ..Default::default()
        };
        assert_eq!(
            request.parse().unwrap_err(),
            [FieldError::new("consent", "assisted-consent-error")]
        );
    }
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
    pub notice: String,
    pub choices: Vec<String>,
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

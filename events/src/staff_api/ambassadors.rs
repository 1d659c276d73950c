//! Ambassadors: the principles, applications, their status and their outreach.

use super::Errors;

use crate::api::{ContactInput, SessionSummary};
use crate::input::{long_text, short_text};
use crate::session::{ContactConsent, Need, Topic};
use crate::staff::{
    optional_long_text, optional_text, parse_district, Application, Email, HelpArea, Outreach,
    LANGUAGES,
};
use crate::{FieldError, PersonName};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

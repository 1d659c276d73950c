//! Staff accounts (office, auditor, ambassador) and the ambassadors' own history: application,
//! the principles of cooperation they accepted, decision, outreach, workshops, pauses.

use crate::input::{long_text, parse_email_in, short_text};
use crate::session::Topic;
use crate::{FieldError, PersonName};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a staff account may do.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The programme office: plans sessions, approves ambassadors, keeps rosters.
    Office,
    /// Reads the history and the reports; changes nothing.
    Auditor,
    /// A volunteer: logs outreach, registers residents with their consent.
    Ambassador,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Office, Role::Auditor, Role::Ambassador];

    pub fn slug(self) -> &'static str {
        match self {
            Role::Office => "office",
            Role::Auditor => "auditor",
            Role::Ambassador => "ambassador",
        }
    }

    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|r| r.slug() == input)
            .ok_or_else(|| FieldError::new("role", "field-error-invalid"))
    }
}

/// An e-mail address, checked and lower-cased (it is the login name).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Self::parse_in("email", input)
    }

    pub fn parse_in(field: &str, input: &str) -> Result<Self, FieldError> {
        parse_email_in(field, input).map(|e| Self(e.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = FieldError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

/// Facts about a staff account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum AccountEvent {
    AccountOpened {
        email: Email,
        name: PersonName,
        role: Role,
    },
    /// An argon2 hash in PHC string form; the password itself is never recorded.
    PasswordSet {
        password_hash: String,
    },
    AccountClosed,
}

impl AccountEvent {
    pub fn event_type(&self) -> &'static str {
        match self {
            AccountEvent::AccountOpened { .. } => "AccountOpened",
            AccountEvent::PasswordSet { .. } => "PasswordSet",
            AccountEvent::AccountClosed => "AccountClosed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountCommand {
    Open {
        email: Email,
        name: PersonName,
        role: Role,
    },
    SetPassword {
        password_hash: String,
    },
    Close,
}

/// What an ambassador can help residents with.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpArea {
    Smartphone,
    VideoCalls,
    OnlineBanking,
    TownHallOnline,
    Translating,
    Accompanying,
}

impl HelpArea {
    pub const ALL: [HelpArea; 6] = [
        HelpArea::Smartphone,
        HelpArea::VideoCalls,
        HelpArea::OnlineBanking,
        HelpArea::TownHallOnline,
        HelpArea::Translating,
        HelpArea::Accompanying,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            HelpArea::Smartphone => "smartphone",
            HelpArea::VideoCalls => "video-calls",
            HelpArea::OnlineBanking => "online-banking",
            HelpArea::TownHallOnline => "town-hall-online",
            HelpArea::Translating => "translating",
            HelpArea::Accompanying => "accompanying",
        }
    }
}

/// The districts of Norderstedt an ambassador or an outreach entry can name.
pub const DISTRICTS: [&str; 5] = [
    "Friedrichsgabe",
    "Garstedt",
    "Glashütte",
    "Harksheide",
    "Norderstedt-Mitte",
];

/// Languages an ambassador may speak (BCP 47), matching the frontend's locales and a few more.
pub const LANGUAGES: [&str; 10] = ["de", "en", "tr", "ar", "ru", "uk", "pl", "fa", "ku", "ro"];

/// A volunteer's application as the office reviews it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub name: PersonName,
    pub email: Email,
    pub phone: Option<String>,
    pub districts: Vec<String>,
    pub languages: Vec<String>,
    pub help_with: Vec<HelpArea>,
    pub availability: String,
    pub motivation: String,
}

/// One piece of outreach: people an ambassador reached, where and for how long.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outreach {
    pub date: NaiveDate,
    /// A district from [`DISTRICTS`].
    pub district: String,
    /// Where exactly, in the ambassador's words (e.g. "Seniorentreff Glashütte").
    pub place: Option<String>,
    pub people: u32,
    pub minutes: u32,
    pub topic: Option<Topic>,
    pub note: Option<String>,
}

/// Facts about an ambassador, from application to retirement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum AmbassadorEvent {
    /// Applied, accepting the principles of cooperation of `principles_version`.
    AmbassadorApplied {
        application: Application,
        principles_version: u32,
    },
    /// Approved by the office; `account_id` is the staff account they log in with.
    AmbassadorApproved {
        account_id: String,
    },
    AmbassadorDeclined {
        reason: String,
    },
    PrinciplesAccepted {
        version: u32,
    },
    OutreachLogged {
        entry: u32,
        outreach: Outreach,
    },
    /// A correction replaces the entry's figures; the original stays in the log.
    OutreachCorrected {
        entry: u32,
        outreach: Outreach,
    },
    OutreachWithdrawn {
        entry: u32,
    },
    WorkshopAttended {
        date: NaiveDate,
        title: String,
    },
    AmbassadorPaused,
    AmbassadorResumed,
    AmbassadorRetired,
    /// The office paused the ambassador: only the office can resume them.
    AmbassadorPausedByOffice,
}

impl AmbassadorEvent {
    pub fn event_type(&self) -> &'static str {
        match self {
            AmbassadorEvent::AmbassadorApplied { .. } => "AmbassadorApplied",
            AmbassadorEvent::AmbassadorApproved { .. } => "AmbassadorApproved",
            AmbassadorEvent::AmbassadorDeclined { .. } => "AmbassadorDeclined",
            AmbassadorEvent::PrinciplesAccepted { .. } => "PrinciplesAccepted",
            AmbassadorEvent::OutreachLogged { .. } => "OutreachLogged",
            AmbassadorEvent::OutreachCorrected { .. } => "OutreachCorrected",
            AmbassadorEvent::OutreachWithdrawn { .. } => "OutreachWithdrawn",
            AmbassadorEvent::WorkshopAttended { .. } => "WorkshopAttended",
            AmbassadorEvent::AmbassadorPaused => "AmbassadorPaused",
            AmbassadorEvent::AmbassadorResumed => "AmbassadorResumed",
            AmbassadorEvent::AmbassadorRetired => "AmbassadorRetired",
            AmbassadorEvent::AmbassadorPausedByOffice => "AmbassadorPausedByOffice",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmbassadorCommand {
    Apply {
        application: Application,
        principles_version: u32,
    },
    Approve {
        account_id: String,
    },
    Decline {
        reason: String,
    },
    AcceptPrinciples {
        version: u32,
    },
    LogOutreach {
        outreach: Outreach,
    },
    CorrectOutreach {
        entry: u32,
        outreach: Outreach,
    },
    WithdrawOutreach {
        entry: u32,
    },
    RecordWorkshop {
        date: NaiveDate,
        title: String,
    },
    Pause,
    Resume,
    Retire,
    /// The office pauses an ambassador; they cannot resume themselves.
    PauseByOffice,
    /// The office resumes an ambassador it (or they themselves) paused.
    ResumeByOffice,
}

/// The principles of cooperation as the office published them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum PrinciplesEvent {
    PrinciplesPublished { version: u32, text: String },
}

impl PrinciplesEvent {
    pub fn event_type(&self) -> &'static str {
        match self {
            PrinciplesEvent::PrinciplesPublished { .. } => "PrinciplesPublished",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PrinciplesCommand {
    Publish { text: String },
}

/// Checks one district name.
pub fn parse_district(field: &str, input: &str) -> Result<String, FieldError> {
    DISTRICTS
        .iter()
        .find(|d| d.eq_ignore_ascii_case(input.trim()))
        .map(|d| (*d).to_owned())
        .ok_or_else(|| FieldError::new(field, "field-error-choose"))
}

/// An optional one-line text: empty means none.
pub fn optional_text(field: &str, input: &str, max: usize) -> Result<Option<String>, FieldError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        short_text(field, input, max).map(Some)
    }
}

/// An optional longer text: empty means none.
pub fn optional_long_text(
    field: &str,
    input: &str,
    max: usize,
) -> Result<Option<String>, FieldError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        long_text(field, input, max).map(Some)
    }
}

/// cqrs-es names events by their type and schema version.
#[cfg(feature = "cqrs")]
macro_rules! domain_event {
    ($($t:ty),*) => {$(
        impl cqrs_es::DomainEvent for $t {
            fn event_type(&self) -> String {
                <$t>::event_type(self).to_owned()
            }
            fn event_version(&self) -> String {
                "1".to_owned()
            }
        }
    )*};
}
#[cfg(feature = "cqrs")]
domain_event!(AccountEvent, AmbassadorEvent, PrinciplesEvent);

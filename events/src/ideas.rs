//! The ideas store ("Ideenspeicher"): residents, ambassadors and staff submit ideas for the
//! city's four fields of action; a working group assesses them, and each is chosen as a pilot,
//! kept in the store for later, merged with another idea, or not pursued, with a reason in
//! plain words. Residents support
//! an idea with one tap (once per booking code).

use crate::input::long_text;
use crate::{Contact, FieldError};
use serde::{Deserialize, Serialize};

/// The programme's four fields of action (Handlungsfelder).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldOfAction {
    /// In Norderstedt leben.
    Living,
    /// Norderstedt erleben.
    Experiencing,
    /// In Norderstedt arbeiten.
    Working,
    /// Mit Norderstedt arbeiten.
    WorkingWith,
}

/// Where an idea stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdeaState {
    Submitted,
    Assessing,
    Pilot,
    /// Not a pilot now, kept in the Ideenspeicher for later.
    Kept,
    Merged,
    NotPursued,
}

/// How an idea reached the store.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdeaSource {
    Online,
    /// Collected on paper (an idea card) and typed in by an ambassador or staff.
    Paper,
    /// Told to an ambassador.
    Ambassador,
}

/// An idea in the submitter's words.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Idea {
    pub what: String,
    pub for_whom: String,
    pub where_in_city: String,
    pub field: FieldOfAction,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum IdeaEvent {
    IdeaSubmitted {
        idea: Idea,
        /// How to reach the submitter (never shown publicly).
        contact: Contact,
        source: IdeaSource,
    },
    IdeaAssessmentStarted,
    IdeaChosenAsPilot {
        reason: String,
    },
    IdeaMerged {
        into: String,
        reason: String,
    },
    IdeaNotPursued {
        reason: String,
    },
    /// `supporter` is a pseudonymous key, never a booking code or an account id itself.
    IdeaSupported {
        supporter: Supporter,
    },
    /// The submitter's contact was erased (their key deleted, by the retention rule): it reads
    /// as no contact from now on.
    IdeaContactErased,
    /// Not a pilot now: kept in the Ideenspeicher for later, with the reason in plain words.
    IdeaKept {
        reason: String,
    },
}

/// Who supports an idea, by a pseudonymous key: a booking's holder (a keyed hash of the
/// booking code) or a staff account (a keyed hash of its id). One person supports an idea once;
/// the two kinds never collide. Stored as `code:<key>` or `staff:<key>`, the form events have
/// always had.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Supporter {
    Resident(String),
    Staff(String),
}

impl Supporter {
    const RESIDENT: &'static str = "code:";
    const STAFF: &'static str = "staff:";
}

impl TryFrom<String> for Supporter {
    type Error = String;

    fn try_from(stored: String) -> Result<Self, Self::Error> {
        if let Some(key) = stored.strip_prefix(Self::RESIDENT) {
            Ok(Self::Resident(key.to_owned()))
        } else if let Some(key) = stored.strip_prefix(Self::STAFF) {
            Ok(Self::Staff(key.to_owned()))
        } else {
            Err(format!("a supporter is code:… or staff:…, not {stored:?}"))
        }
    }
}

impl From<Supporter> for String {
    fn from(supporter: Supporter) -> Self {
        match supporter {
            Supporter::Resident(key) => format!("{}{key}", Supporter::RESIDENT),
            Supporter::Staff(key) => format!("{}{key}", Supporter::STAFF),
        }
    }
}

impl IdeaEvent {
    pub fn event_type(&self) -> &'static str {
        match self {
            IdeaEvent::IdeaSubmitted { .. } => "IdeaSubmitted",
            IdeaEvent::IdeaAssessmentStarted => "IdeaAssessmentStarted",
            IdeaEvent::IdeaChosenAsPilot { .. } => "IdeaChosenAsPilot",
            IdeaEvent::IdeaMerged { .. } => "IdeaMerged",
            IdeaEvent::IdeaNotPursued { .. } => "IdeaNotPursued",
            IdeaEvent::IdeaSupported { .. } => "IdeaSupported",
            IdeaEvent::IdeaContactErased => "IdeaContactErased",
            IdeaEvent::IdeaKept { .. } => "IdeaKept",
        }
    }
}

#[cfg(feature = "cqrs")]
impl cqrs_es::DomainEvent for IdeaEvent {
    fn event_type(&self) -> String {
        IdeaEvent::event_type(self).to_owned()
    }
    fn event_version(&self) -> String {
        "1".to_owned()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdeaCommand {
    Submit {
        idea: Idea,
        contact: Contact,
        source: IdeaSource,
    },
    StartAssessment,
    ChooseAsPilot {
        reason: String,
    },
    Merge {
        into: String,
        reason: String,
    },
    NotPursue {
        reason: String,
    },
    Support {
        supporter: Supporter,
    },
    /// Erases the submitter's contact (the retention rule; their key is deleted first).
    EraseContact,
    /// Keeps the idea in the Ideenspeicher for later (not a pilot now).
    Keep {
        reason: String,
    },
}

/// `POST /api/v1/ideas` (and, with `source`, `POST /api/v1/ambassador/ideas`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdeaRequest {
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub for_whom: String,
    #[serde(default)]
    pub where_in_city: String,
    #[serde(default)]
    pub field: Option<FieldOfAction>,
    /// Optional: how to reach the submitter ("phone", "email" or "none").
    #[serde(default)]
    pub contact: crate::api::ContactInput,
}

impl IdeaRequest {
    pub fn parse(&self) -> Result<(Idea, Contact), Vec<FieldError>> {
        let mut errors = Vec::new();
        let what = long_text("what", &self.what, 2000)
            .map_err(|e| errors.push(e))
            .ok();
        let for_whom = long_text("for_whom", &self.for_whom, 300)
            .map_err(|e| errors.push(e))
            .ok();
        let where_in_city = long_text("where_in_city", &self.where_in_city, 300)
            .map_err(|e| errors.push(e))
            .ok();
        if self.field.is_none() {
            errors.push(FieldError::new("field", "field-error-choose"));
        }
        let contact = match self.contact.kind.as_str() {
            "" | "none" => Some(Contact::None),
            kind => crate::ContactKind::parse(kind)
                .and_then(|k| Contact::parse(k, self.contact.value.as_deref().unwrap_or_default()))
                .map_err(|e| errors.push(e))
                .ok(),
        };
        match (what, for_whom, where_in_city, self.field, contact) {
            (Some(what), Some(for_whom), Some(where_in_city), Some(field), Some(contact))
                if errors.is_empty() =>
            {
                Ok((
                    Idea {
                        what,
                        for_whom,
                        where_in_city,
                        field,
                    },
                    contact,
                ))
            }
            _ => Err(errors),
        }
    }
}

/// An idea as everyone may see it: no contact, no submitter.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaView {
    pub id: String,
    pub idea: Idea,
    pub state: IdeaState,
    /// The working group's reason, in plain words, once decided.
    pub reason: Option<String>,
    /// The idea this one was merged into.
    pub merged_into: Option<String>,
    pub supporters: u32,
    pub source: IdeaSource,
    pub submitted_at: String,
    /// Every state the idea reached, oldest first, each with the working group's reason.
    #[serde(default)]
    pub history: Vec<IdeaMilestone>,
}

/// One step of an idea's way: the state it reached, when, and the working group's reason.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaMilestone {
    pub state: IdeaState,
    /// When (RFC 3339, UTC, as the log recorded it).
    pub at: String,
    /// The working group's reason (none for submitted and in review).
    #[serde(default)]
    pub reason: Option<String>,
}

/// `POST /api/v1/ideas/{id}/support`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupportRequest {
    #[serde(default)]
    pub booking_code: String,
}

/// `POST /api/v1/office/ideas/{id}/state`: the working group's step.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdeaDecision {
    /// "assessing", "pilot", "kept", "merged" or "not-pursued".
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub reason: String,
    /// For "merged": the id of the idea it joins.
    #[serde(default)]
    pub into: Option<String>,
}

/// `201` answer to a new idea.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaCreated {
    pub id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_supporter_is_stored_as_it_always_was_and_read_back_typed() {
        let stored = r#"{"type":"IdeaSupported","data":{"supporter":"code:3f2a"}}"#;
        let event: IdeaEvent = serde_json::from_str(stored).unwrap();
        assert_eq!(
            event,
            IdeaEvent::IdeaSupported {
                supporter: Supporter::Resident("3f2a".into())
            }
        );
        assert_eq!(serde_json::to_string(&event).unwrap(), stored);
        let staff: Supporter = serde_json::from_str(r#""staff:3f2a""#).unwrap();
        assert_eq!(staff, Supporter::Staff("3f2a".into()));
        assert_ne!(
            staff,
            Supporter::Resident("3f2a".into()),
            "the kinds never collide"
        );
        assert!(serde_json::from_str::<Supporter>(r#""3f2a""#).is_err());
    }

    #[test]
    fn a_kept_idea_is_stored_with_its_reason_and_reads_as_kept() {
        let event = IdeaEvent::IdeaKept {
            reason: "Gute Idee, aber erst nach dem Umbau.".into(),
        };
        assert_eq!(
            serde_json::to_string(&event).unwrap(),
            r#"{"type":"IdeaKept","data":{"reason":"Gute Idee, aber erst nach dem Umbau."}}"#
        );
        assert_eq!(event.event_type(), "IdeaKept");
        assert_eq!(
            serde_json::to_string(&IdeaState::Kept).unwrap(),
            r#""kept""#
        );
        // The events stored before keep their form.
        let stored = r#"{"type":"IdeaNotPursued","data":{"reason":"Gibt es schon."}}"#;
        let event: IdeaEvent = serde_json::from_str(stored).unwrap();
        assert_eq!(serde_json::to_string(&event).unwrap(), stored);
    }
}

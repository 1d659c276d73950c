//! The JSON shapes of Teilhabe's HTTP API (`/api/v1`).

use crate::input::{Comment, ContactKind, FieldError};
use crate::session::{Feedback, Helped, Rating, Topic};
use crate::{Contact, PersonName};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// One session as the course finder lists it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionSummary {
    pub id: String,
    pub title: String,
    pub topic: Topic,
    pub venue: String,
    pub district: String,
    #[serde(deserialize_with = "crate::instant::deserialize")]
    pub starts_at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "crate::instant::deserialize")]
    pub ends_at: DateTime<FixedOffset>,
    pub capacity: u32,
    pub seats_left: u32,
    pub waitlist_length: u32,
    /// The office called the session off.
    #[serde(default)]
    pub cancelled: bool,
    /// An open door: no booking needed, no places (`capacity` is 0).
    #[serde(default)]
    pub drop_in: bool,
}

/// The body of `POST /api/v1/sessions/{id}/registrations`, as sent; parse it with
/// [`RegistrationRequest::parse`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RegistrationRequest {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub contact: ContactInput,
    /// Help asked for; unknown values are refused.
    #[serde(default)]
    pub needs: Vec<crate::Need>,
    /// The person agrees to be contacted about this booking through the contact they gave;
    /// required whenever they gave one.
    #[serde(default)]
    pub contact_consent: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContactInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub value: Option<String>,
}

impl RegistrationRequest {
    /// Checks every field and reports all problems at once, each naming its field.
    pub fn parse(&self) -> Result<(PersonName, Contact), Vec<FieldError>> {
        let name = PersonName::parse(&self.name);
        let contact = ContactKind::parse(&self.contact.kind).and_then(|kind| {
            Contact::parse(kind, self.contact.value.as_deref().unwrap_or_default())
        });
        let consent = match &contact {
            Ok(c) if *c != Contact::None && !self.contact_consent => Err(FieldError::new(
                "contact_consent",
                "register-consent-error-required",
            )),
            _ => Ok(()),
        };
        match (name, contact, consent) {
            (Ok(name), Ok(contact), Ok(())) => Ok((name, contact)),
            (name, contact, consent) => Err([name.err(), contact.err(), consent.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

/// The body of `POST /api/v1/bookings/{code}/feedback`, as sent; parse it with
/// [`FeedbackRequest::parse`].
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedbackRequest {
    /// 1 (very bad) to 5 (very good); 0 or absent means not chosen.
    #[serde(default)]
    pub rating: u8,
    /// "yes", "partly" or "no".
    #[serde(default)]
    pub helped: String,
    #[serde(default)]
    pub comment: String,
    /// A topic's kebab-case name, or absent.
    #[serde(default)]
    pub next_topic: Option<Topic>,
}

impl FeedbackRequest {
    /// Checks every field and reports all problems at once, each naming its field.
    pub fn parse(&self) -> Result<Feedback, Vec<FieldError>> {
        let rating = Rating::parse(self.rating);
        let helped = Helped::parse(&self.helped);
        let comment = Comment::parse(&self.comment);
        match (rating, helped, comment) {
            (Ok(rating), Ok(helped), Ok(comment)) => Ok(Feedback {
                rating,
                helped,
                comment,
                next_topic: self.next_topic,
            }),
            (rating, helped, comment) => Err([rating.err(), helped.err(), comment.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

/// Whether the holder of a booking can say how the session was.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackStatus {
    /// The session has not ended yet.
    NotYet,
    /// The session is over and the holder had a seat: feedback is welcome.
    Open,
    /// Feedback was given.
    Given,
    /// The holder had no seat (cancelled or still waiting when it took place).
    NotPossible,
}

/// Where a booking stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookingStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl BookingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BookingStatus::Confirmed => "confirmed",
            BookingStatus::Waitlisted => "waitlisted",
            BookingStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "confirmed" => Some(Self::Confirmed),
            "waitlisted" => Some(Self::Waitlisted),
            "cancelled" => Some(Self::Cancelled),
            _ => None,
        }
    }
}

/// The answer to a registration: `201 Created`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegistrationCreated {
    pub booking_code: String,
    pub status: BookingStatus,
    /// 1 for the first in line; absent when the seat is confirmed.
    pub waitlist_position: Option<u32>,
}

/// A booking as its holder sees it through the booking code.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingView {
    pub booking_code: String,
    pub status: BookingStatus,
    pub waitlist_position: Option<u32>,
    pub name: String,
    pub session: SessionSummary,
    pub feedback: FeedbackStatus,
}

/// An error answer (`application/problem+json`, RFC 9457) with a translatable key.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub type_uri: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Fluent message id of the overall error, for the frontend to translate.
    pub message_key: String,
    /// Per-field errors; empty when the problem is not about a field.
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registration_with_two_bad_fields_reports_both() {
        let request = RegistrationRequest {
            name: " ".into(),
            contact: ContactInput {
                kind: "email".into(),
                value: Some("nope".into()),
            },
            needs: vec![],
            contact_consent: true,
        };
        let errors = request.parse().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "contact.value"]);
    }

    #[test]
    fn a_phone_number_without_consent_is_refused_on_the_consent_field() {
        let request: RegistrationRequest = serde_json::from_str(
            r#"{"name":"Erika","contact":{"kind":"phone","value":"040 123456"}}"#,
        )
        .unwrap();
        let errors = request.parse().unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new(
                "contact_consent",
                "register-consent-error-required"
            )]
        );
    }

    #[test]
    fn no_contact_needs_no_consent() {
        let request: RegistrationRequest =
            serde_json::from_str(r#"{"name":"Erika","contact":{"kind":"none"}}"#).unwrap();
        assert!(request.parse().is_ok());
    }

    #[test]
    fn feedback_without_a_rating_or_answer_names_both_fields() {
        let request: FeedbackRequest = serde_json::from_str(r#"{"rating":9}"#).unwrap();
        let fields: Vec<_> = request
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["rating", "helped"]);
    }

    #[test]
    fn feedback_with_an_empty_comment_has_none() {
        let request: FeedbackRequest = serde_json::from_str(
            r#"{"rating":5,"helped":"yes","comment":"  ","next_topic":"photos"}"#,
        )
        .unwrap();
        let feedback = request.parse().unwrap();
        assert_eq!(feedback.comment, None);
        assert_eq!(feedback.next_topic, Some(Topic::Photos));
        assert_eq!(feedback.rating.value(), 5);
    }

    #[test]
    fn a_missing_contact_is_reported_on_the_kind() {
        let request: RegistrationRequest = serde_json::from_str(r#"{"name":"Erika"}"#).unwrap();
        let errors = request.parse().unwrap_err();
        assert_eq!(
            errors,
            [FieldError::new(
                "contact.kind",
                "register-contact-error-choose"
            )]
        );
    }
}

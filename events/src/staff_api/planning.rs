//! Planning sessions and changing them (capacity, dates, cancellation, erasure).

use super::Errors;

use crate::input::short_text;
use crate::session::{Attendance, Topic};
use crate::staff::parse_district;
use crate::{FieldError, SessionDetails};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

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

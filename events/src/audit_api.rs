//! The JSON shapes of the auditors' API: the event log, pseudonymised; the chain check; the
//! council's report as of any instant.

use serde::{Deserialize, Serialize};

/// One stored event as an auditor sees it: personal data replaced by stable pseudonyms.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub position: u64,
    pub stream_id: String,
    pub stream_version: u64,
    pub event_type: String,
    pub schema_version: u32,
    pub recorded_at: String,
    /// The event's data with names, contact details and free text pseudonymised.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub data: serde_json::Value,
    pub actor: String,
    pub channel: String,
    pub hash: String,
}

/// A page of the log in global order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub events: Vec<AuditEvent>,
    /// Pass as `after` for the next page; absent at the end of the log.
    pub next_after: Option<u64>,
}

/// One place where the chain breaks.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChainBreak {
    pub position: u64,
    /// "edited", "missing" or "reordered".
    pub kind: String,
}

/// The result of walking the hash chain.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChainCheck {
    pub intact: bool,
    pub events: u64,
    pub head_hash: Option<String>,
    pub breaks: Vec<ChainBreak>,
}

/// Figures for one group (a month, topic, district or channel).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportRow {
    pub key: String,
    /// Everyone who registered (with a seat or on the waiting list).
    pub registrations: u32,
    pub waitlisted: u32,
    pub cancelled: u32,
    pub attended: u32,
    pub no_shows: u32,
    pub feedback: u32,
    /// Sum of the 1–5 ratings (divide by `feedback` for the mean).
    pub rating_sum: u32,
    pub helped_yes: u32,
    /// People who came without a booking (walk-ins at a drop-in session).
    #[serde(default)]
    pub walk_ins: u32,
}

/// Attendance and feedback by where they were recorded: `online` (feedback a resident gave
/// with the booking code), `roster` (the office's attendance list), `door` (the check-in page)
/// or `paper` (a sign-in sheet or feedback card typed in afterwards).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceRow {
    pub source: String,
    /// People with a booking marked as come.
    pub attended: u32,
    pub no_shows: u32,
    pub walk_ins: u32,
    pub feedback: u32,
    pub rating_sum: u32,
    pub helped_yes: u32,
}

/// Ambassadors' outreach in one district and month (corrections applied, withdrawals left out).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutreachRow {
    pub month: String,
    pub district: String,
    pub entries: u32,
    pub people: u32,
    pub minutes: u32,
}

/// The programme report as of one instant, recomputed from the events up to it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The instant (RFC 3339, UTC) the report stands at.
    pub as_of: String,
    /// The last event the report includes.
    pub position: u64,
    /// That event's hash: with `position`, an anchor for `teilhabe verify --anchor
    /// POSITION:HASH` (empty for an empty log).
    #[serde(default)]
    pub hash: String,
    pub totals: ReportRow,
    pub by_month: Vec<ReportRow>,
    pub by_topic: Vec<ReportRow>,
    pub by_district: Vec<ReportRow>,
    pub by_channel: Vec<ReportRow>,
    pub outreach: Vec<OutreachRow>,
    /// Ideas per field of action and state.
    #[serde(default)]
    pub ideas: Vec<IdeaRow>,
    /// Attendance and feedback by source (online, roster, door, paper).
    #[serde(default)]
    pub by_source: Vec<SourceRow>,
    /// Demand as it stood: active interests by topic × district and by weekday, and the
    /// waiting lists of sessions not yet over (counts only).
    #[serde(default)]
    pub demand: crate::interest::Demand,
}

/// How many ideas of one field of action stand in one state.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdeaRow {
    pub field: String,
    pub state: String,
    pub count: u32,
}

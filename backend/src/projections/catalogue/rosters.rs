//! What the office reads about one session: its roster with the feedback, the door list, the
//! people who came without a booking, and the bookings a name on the paper sheet may mean.

use super::Catalogue;
use crate::projections::db::Value;
use crate::projections::ProjectionError;
use teilhabe_events::api::BookingStatus;
use teilhabe_events::session::Attendance;
use teilhabe_events::session::Source;
use teilhabe_events::staff_api::{
    DoorEntry, DoorView, FeedbackSummary, MatchProposal, Roster, RosterEntry, WalkInEntry,
};
use teilhabe_events::{BookingCode, Need};

impl Catalogue {
    /// A session's roster in order of registration, with its feedback summary.
    pub async fn roster(&self, id: &str) -> Result<Option<Roster>, ProjectionError> {
        let Some(session) = self.session(id).await? else {
            return Ok(None);
        };
        let rows = self
            .db
            .query(
                "SELECT code, name, contact, channel, needs, status, attendance, checked_in FROM catalogue_bookings WHERE session_id = $1 ORDER BY queued_at",
                vec![id.into()],
            )
            .await?;
        let entries = rows
            .iter()
            .filter_map(|r| {
                let [code, name, contact, channel, needs, status, attendance, checked_in] =
                    r.as_slice()
                else {
                    return None;
                };
                Some(RosterEntry {
                    booking_code: BookingCode::parse(code.text()).ok()?.to_string(),
                    name: name.text().to_owned(),
                    contact: serde_json::from_str(contact.text()).ok()?,
                    channel: serde_json::from_value(serde_json::Value::String(
                        channel.text().to_owned(),
                    ))
                    .ok()?,
                    needs: needs
                        .text()
                        .split(',')
                        .filter_map(|n| Need::ALL.into_iter().find(|x| x.slug() == n))
                        .collect(),
                    status: BookingStatus::parse(status.text())?,
                    attendance: match attendance.text() {
                        "attended" => Some(Attendance::Attended),
                        "no-show" => Some(Attendance::NoShow),
                        _ => None,
                    },
                    checked_in: source_of(checked_in),
                })
            })
            .collect();
        let feedback_rows = self
            .db
            .query(
                "SELECT rating, helped, comment, source FROM catalogue_feedback WHERE session_id = $1 ORDER BY code",
                vec![id.into()],
            )
            .await?;
        let mut feedback = FeedbackSummary::default();
        for row in &feedback_rows {
            let [rating, helped, comment, source] = row.as_slice() else {
                continue;
            };
            feedback.responses += 1;
            if source_of(source) == Some(Source::Paper) {
                feedback.from_paper += 1;
            }
            if let Some(slot) = usize::try_from(rating.int() - 1)
                .ok()
                .and_then(|i| feedback.ratings.get_mut(i))
            {
                *slot += 1;
            }
            match helped.text() {
                "yes" => feedback.helped_yes += 1,
                "partly" => feedback.helped_partly += 1,
                _ => feedback.helped_no += 1,
            }
            if *comment != Value::Null {
                feedback.comments.push(comment.text().to_owned());
            }
        }
        Ok(Some(Roster {
            cancelled: session.cancelled,
            session,
            entries,
            feedback,
            walk_ins: self.walk_ins(id).await?,
        }))
    }

    /// The people who came to session `id` without a booking, in order of arrival.
    async fn walk_ins(&self, id: &str) -> Result<Vec<WalkInEntry>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT first_name, district, source FROM catalogue_walk_ins WHERE session_id = $1 ORDER BY position",
                vec![id.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [first_name, district, source] = r.as_slice() else {
                    return None;
                };
                Some(WalkInEntry {
                    first_name: first_name.text().to_owned(),
                    district: (*district != Value::Null).then(|| district.text().to_owned()),
                    source: source_of(source)?,
                })
            })
            .collect())
    }

    /// Who is expected at the door of session `id` (confirmed seats) and who came.
    pub async fn door(&self, id: &str) -> Result<Option<DoorView>, ProjectionError> {
        let Some(session) = self.session(id).await? else {
            return Ok(None);
        };
        let rows = self
            .db
            .query(
                "SELECT code, name, attendance, checked_in FROM catalogue_bookings WHERE session_id = $1 AND status = 'confirmed' ORDER BY queued_at",
                vec![id.into()],
            )
            .await?;
        let expected: Vec<DoorEntry> = rows
            .iter()
            .filter_map(|r| {
                let [code, name, attendance, checked_in] = r.as_slice() else {
                    return None;
                };
                Some(DoorEntry {
                    booking_code: BookingCode::parse(code.text()).ok()?.to_string(),
                    name: name.text().to_owned(),
                    checked_in: source_of(checked_in),
                    attended: attendance.text() == "attended",
                })
            })
            .collect();
        let walk_ins = self.walk_ins(id).await?;
        let came = expected.iter().filter(|e| e.attended).count() + walk_ins.len();
        Ok(Some(DoorView {
            session,
            expected,
            walk_ins,
            present: u32::try_from(came).unwrap_or(u32::MAX),
        }))
    }

    /// The confirmed bookings of session `id` whose names are close to `written` (a line of
    /// the paper sign-in sheet), closest first.
    pub async fn proposals(
        &self,
        id: &str,
        written: &str,
    ) -> Result<Vec<MatchProposal>, ProjectionError> {
        let Some(door) = self.door(id).await? else {
            return Ok(Vec::new());
        };
        let mut found: Vec<(usize, MatchProposal)> = door
            .expected
            .into_iter()
            .filter_map(|e| {
                let distance = crate::domain::names::distance(written, &e.name)?;
                Some((
                    distance,
                    MatchProposal {
                        booking_code: e.booking_code,
                        name: e.name,
                        attended: e.attended,
                    },
                ))
            })
            .collect();
        found.sort_by_key(|(distance, _)| *distance);
        Ok(found.into_iter().map(|(_, p)| p).collect())
    }
}

/// A check-in source as stored (its slug), or none.
fn source_of(value: &Value) -> Option<Source> {
    match value.text() {
        "door" => Some(Source::Door),
        "paper" => Some(Source::Paper),
        _ => None,
    }
}

//! Bookings: one as its holder sees it, which codes are taken, and what the retention rule
//! erases.

use super::Catalogue;
use crate::projections::ProjectionError;
use teilhabe_events::api::{BookingStatus, BookingView, FeedbackStatus};
use teilhabe_events::BookingCode;

impl Catalogue {
    /// Whether any booking, in any session, holds this code.
    pub async fn code_in_use(&self, code: &BookingCode) -> Result<bool, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT 1 FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        Ok(!rows.is_empty())
    }

    /// The session a booking belongs to.
    pub async fn session_of_booking(
        &self,
        code: &BookingCode,
    ) -> Result<Option<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT session_id FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        Ok(rows
            .first()
            .and_then(|r| r.first())
            .map(|v| v.text().to_owned()))
    }

    /// The ids of the sessions that ended before `epoch`.
    pub async fn sessions_ended_before(&self, epoch: i64) -> Result<Vec<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT id FROM catalogue_sessions WHERE ends_epoch < $1 ORDER BY ends_epoch",
                vec![epoch.into()],
            )
            .await?;
        Ok(rows.iter().map(|r| r[0].text().to_owned()).collect())
    }

    /// Bookings (code, session id, whether erased) of sessions that ended before `epoch`, and
    /// every erased booking: what the retention rule erases, or makes sure is erased (its
    /// key gone).
    pub async fn bookings_for_retention(
        &self,
        epoch: i64,
    ) -> Result<Vec<(BookingCode, String, bool)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT b.code, b.session_id, b.name FROM catalogue_bookings b JOIN catalogue_sessions s ON s.id = b.session_id WHERE s.ends_epoch < $1 OR b.name = $2 ORDER BY s.ends_epoch",
                vec![epoch.into(), teilhabe_events::ERASED.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let code = BookingCode::parse(r[0].text()).ok()?;
                let erased = r[2].text() == teilhabe_events::ERASED;
                Some((code, r[1].text().to_owned(), erased))
            })
            .collect())
    }

    /// Walk-ins (session id, walk-in id, whether erased) of sessions that ended before
    /// `epoch`, and every erased walk-in: what the retention rule erases, or makes sure is
    /// erased.
    pub async fn walk_ins_for_retention(
        &self,
        epoch: i64,
    ) -> Result<Vec<(String, String, bool)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT w.session_id, w.walk_in_id, w.first_name FROM catalogue_walk_ins w JOIN catalogue_sessions s ON s.id = w.session_id WHERE s.ends_epoch < $1 OR w.first_name = $2 ORDER BY s.ends_epoch, w.position",
                vec![epoch.into(), teilhabe_events::ERASED.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| match r.as_slice() {
                [session, walk_in, name] => Some((
                    session.text().to_owned(),
                    walk_in.text().to_owned(),
                    name.text() == teilhabe_events::ERASED,
                )),
                _ => None,
            })
            .collect())
    }

    /// The booking with this code as its holder sees it at `now_epoch` (seconds).
    pub async fn booking(
        &self,
        code: &BookingCode,
        now_epoch: i64,
    ) -> Result<Option<BookingView>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT session_id, name, status, queued_at FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        let Some([session_id, name, status, queued_at]) = rows.first().map(Vec::as_slice) else {
            return Ok(None);
        };
        let status = BookingStatus::parse(status.text()).unwrap_or(BookingStatus::Cancelled);
        let Some(session) = self.session(session_id.text()).await? else {
            return Ok(None);
        };
        let waitlist_position = if status == BookingStatus::Waitlisted {
            let ahead = self
                .db
                .query(
                    "SELECT COUNT(*) FROM catalogue_bookings WHERE session_id = $1 AND status = 'waitlisted' AND queued_at <= $2",
                    vec![session_id.clone(), queued_at.clone()],
                )
                .await?;
            ahead
                .first()
                .and_then(|r| r.first())
                .and_then(|v| u32::try_from(v.int()).ok())
        } else {
            None
        };
        let feedback = if status != BookingStatus::Confirmed {
            FeedbackStatus::NotPossible
        } else if now_epoch < session.ends_at.timestamp() {
            FeedbackStatus::NotYet
        } else if self
            .db
            .query(
                "SELECT 1 FROM catalogue_feedback WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?
            .is_empty()
        {
            FeedbackStatus::Open
        } else {
            FeedbackStatus::Given
        };
        Ok(Some(BookingView {
            booking_code: code.to_string(),
            status,
            waitlist_position,
            name: name.text().to_owned(),
            session,
            feedback,
        }))
    }
}

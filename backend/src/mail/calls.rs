//! The residents to call: those who gave a phone number, for news about a session.

use super::outbox::Notice;
use super::texts::when;
use super::Outbox;
use super::Sources;
use crate::projections::ProjectionError;
use teilhabe_events::interest::InterestChannel;
use teilhabe_i18n::{format, Arg};

impl Outbox {
    /// The residents to call: those who gave a phone number, for every reminder, promotion,
    /// change or cancellation of a session that has not ended, until a call reached them or
    /// left a message; and those on the interest list who asked for a call, for every session
    /// planned that fits their wish and has not ended (while their wish stands).
    pub async fn calls(
        &self,
        sources: &Sources,
    ) -> Result<Vec<teilhabe_events::staff_api::CallItem>, ProjectionError> {
        let kinds = [
            Notice::SessionReminder,
            Notice::BookingPromoted,
            Notice::SessionRescheduled,
            Notice::SessionCancelled,
            Notice::InterestMatched,
        ];
        let placeholders = kinds
            .iter()
            .map(|k| format!("'{}'", k.slug()))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = self
            .db
            .query(
                &format!("SELECT key, kind, subject, detail FROM outbox WHERE kind IN ({placeholders}) ORDER BY key"),
                vec![],
            )
            .await?;
        let now = sources.clock.now();
        let mut items = Vec::new();
        for row in rows {
            let [key, kind, subject, detail] = row.as_slice() else {
                continue;
            };
            let Some(kind) = Notice::parse(kind.text()) else {
                continue;
            };
            let (recipients, session_id) = if kind == Notice::InterestMatched {
                // Someone on the interest list who asked for a call: the session is the detail.
                (
                    self.interested(subject.text(), InterestChannel::Phone)
                        .await?
                        .into_iter()
                        .collect(),
                    Some(detail.text().to_owned()),
                )
            } else if kind == Notice::BookingPromoted {
                let code = teilhabe_events::BookingCode::parse(subject.text()).ok();
                let session = match &code {
                    Some(code) => sources.catalogue.session_of_booking(code).await?,
                    None => None,
                };
                (
                    self.bookings("code", subject.text(), true, true).await?,
                    session,
                )
            } else {
                let confirmed_only = kind == Notice::SessionReminder;
                (
                    self.bookings("session_id", subject.text(), confirmed_only, true)
                        .await?,
                    Some(subject.text().to_owned()),
                )
            };
            let Some(session) = (match session_id {
                Some(id) => sources.catalogue.session(&id).await?,
                None => None,
            }) else {
                continue;
            };
            if session.ends_at <= now {
                continue;
            }
            for r in recipients {
                let code = r.code.clone().unwrap_or_default();
                // A booking's calls are recorded by its code, an interest's by its id.
                let (table, who) = if kind == Notice::InterestMatched {
                    (
                        "interest_calls WHERE call = $1 AND id = $2",
                        subject.clone(),
                    )
                } else {
                    (
                        "catalogue_calls WHERE call = $1 AND code = $2",
                        code.replace('-', "").into(),
                    )
                };
                let done = self
                    .db
                    .query(
                        &format!("SELECT result, attempts FROM {table}"),
                        vec![key.clone(), who],
                    )
                    .await?;
                let (result, attempts) = match done.first().map(Vec::as_slice) {
                    Some([result, attempts]) => (result.text().to_owned(), attempts.int()),
                    _ => (String::new(), 0),
                };
                if result == "reached" || result == "left-message" {
                    continue;
                }
                let loader = teilhabe_i18n::loader(&r.locale);
                let args: Vec<(&str, Arg)> = vec![
                    ("title", session.title.as_str().into()),
                    ("when", when(session.starts_at, &r.locale).into()),
                    (
                        "venue",
                        format!("{}, {}", session.venue, session.district).into(),
                    ),
                    ("reason", detail.text().into()),
                ];
                items.push(teilhabe_events::staff_api::CallItem {
                    call: key.text().to_owned(),
                    kind,
                    booking_code: code,
                    name: r.name,
                    phone: r.address,
                    script: format(&loader, &format!("call-{}", kind.slug()), &args),
                    locale: r.locale,
                    session: session.clone(),
                    attempts: u32::try_from(attempts).unwrap_or(0),
                });
            }
        }
        Ok(items)
    }
}

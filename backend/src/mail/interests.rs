//! The letters the office posts to those on the interest list who asked for a letter: one per
//! session planned that fits her wish and has not ended, while her wish stands.

use super::outbox::Notice;
use super::texts::day;
use super::Outbox;
use super::Sources;
use crate::projections::interests::Interests;
use crate::projections::ProjectionError;
use teilhabe_events::interest::{InterestLetter, InterestStatus, Reach};
use teilhabe_i18n::format;

impl Outbox {
    /// The interest and the session a call list entry of the interest list (its outbox key
    /// `call`) is about, if it is one.
    pub async fn interest_call(
        &self,
        call: &str,
    ) -> Result<Option<(String, String)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT subject, detail FROM outbox WHERE key = $1 AND kind = $2",
                vec![call.into(), Notice::InterestMatched.slug().into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| match r.as_slice() {
            [interest, session] => Some((interest.text().to_owned(), session.text().to_owned())),
            _ => None,
        }))
    }

    /// Every letter to post now, oldest notice first.
    pub async fn interest_letters(
        &self,
        sources: &Sources,
    ) -> Result<Vec<InterestLetter>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT subject, detail FROM outbox WHERE kind = $1 ORDER BY key",
                vec![Notice::InterestMatched.slug().into()],
            )
            .await?;
        let interests = Interests::new(self.db.clone());
        let now = sources.clock.now();
        let mut letters = Vec::new();
        for row in rows {
            let [interest, session_id] = row.as_slice() else {
                continue;
            };
            let Some(person) = interests.interested(interest.text()).await? else {
                continue;
            };
            let Reach::Letter(address) = &person.reach else {
                continue;
            };
            if person.status != InterestStatus::Active {
                continue;
            }
            let Some(session) = sources.catalogue.session(session_id.text()).await? else {
                continue;
            };
            if session.cancelled || session.ends_at <= now {
                continue;
            }
            let locale = teilhabe_i18n::find_locale(&person.locale)
                .unwrap_or(teilhabe_i18n::default_locale());
            let loader = teilhabe_i18n::loader(locale.tag);
            let recipient = super::recipients::Recipient {
                address: String::new(),
                name: person.name.clone(),
                locale: locale.tag.to_owned(),
                code: None,
            };
            let (subject, body) =
                self.about_session(&loader, Notice::InterestMatched, &recipient, &session, "");
            let today = now.with_timezone(session.starts_at.offset()).date_naive();
            letters.push(InterestLetter {
                interest: interest.text().to_owned(),
                session_id: session.id.clone(),
                name: person.name,
                address: address.clone(),
                locale: locale.tag.to_owned(),
                lang: locale.lang.to_owned(),
                right_to_left: locale.right_to_left,
                sender: format(&loader, "letter-sender", &[]),
                date: format(
                    &loader,
                    "letter-date",
                    &[("date", day(today, locale.tag).into())],
                ),
                subject,
                body,
                signature: format(&loader, "mail-signature", &[]),
            });
        }
        Ok(letters)
    }
}

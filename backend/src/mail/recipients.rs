//! Who a message goes to: the people behind the bookings, or an applicant.

use super::Outbox;
use crate::projections::db::Value;
use crate::projections::interests::Interests;
use crate::projections::ProjectionError;
use teilhabe_events::interest::{InterestChannel, InterestStatus, Reach};
use teilhabe_events::staff::Application;
use teilhabe_events::Contact;

/// A person to write to or call: address (e-mail or phone), name and language.
pub(super) struct Recipient {
    pub(super) address: String,
    pub(super) name: String,
    pub(super) locale: String,
    pub(super) code: Option<String>,
}

impl Outbox {
    /// The people behind the bookings where `column` is `value`, with the contact they gave:
    /// e-mail addresses (`by_phone` false) or phone numbers (`by_phone` true). A reminder goes
    /// to confirmed seats only; other news also to those waiting.
    pub(super) async fn bookings(
        &self,
        column: &str,
        value: &str,
        confirmed_only: bool,
        by_phone: bool,
    ) -> Result<Vec<Recipient>, ProjectionError> {
        let statuses = if confirmed_only {
            "status = 'confirmed'"
        } else {
            "status <> 'cancelled'"
        };
        let rows = self
            .db
            .query(
                &format!("SELECT code, name, contact, locale FROM catalogue_bookings WHERE {column} = $1 AND {statuses} ORDER BY queued_at"),
                vec![value.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [code, name, contact, locale] = r.as_slice() else {
                    return None;
                };
                let address = match serde_json::from_str(contact.text()) {
                    Ok(Contact::Email(email)) if !by_phone => email,
                    Ok(Contact::Phone(phone)) if by_phone => phone,
                    _ => return None,
                };
                Some(Recipient {
                    address,
                    name: name.text().to_owned(),
                    locale: match locale {
                        Value::Text(tag) => tag.clone(),
                        _ => teilhabe_i18n::DEFAULT_LOCALE.to_owned(),
                    },
                    code: Some(
                        teilhabe_events::BookingCode::parse(code.text())
                            .map_or_else(|_| code.text().to_owned(), |c| c.to_string()),
                    ),
                })
            })
            .collect())
    }

    /// The person behind interest `id`, if her wish stands and she asked to be told by
    /// `channel`: her e-mail address or phone number (empty for a letter), name and language.
    pub(super) async fn interested(
        &self,
        id: &str,
        channel: InterestChannel,
    ) -> Result<Option<Recipient>, ProjectionError> {
        let Some(person) = Interests::new(self.db.clone()).interested(id).await? else {
            return Ok(None);
        };
        if person.status != InterestStatus::Active || person.reach.channel() != Some(channel) {
            return Ok(None);
        }
        let address = match person.reach {
            Reach::Email(address) | Reach::Phone(address) => address,
            Reach::Letter(_) | Reach::None => String::new(),
        };
        Ok(Some(Recipient {
            address,
            name: person.name,
            locale: person.locale,
            code: None,
        }))
    }

    pub(super) async fn applicant(
        &self,
        id: &str,
    ) -> Result<Option<(Recipient, String)>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT application, account_id FROM staff_ambassadors WHERE id = $1",
                vec![id.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| {
            let [application, account] = r.as_slice() else {
                return None;
            };
            let application: Application = serde_json::from_str(application.text()).ok()?;
            let locale = application
                .languages
                .iter()
                .find_map(|l| teilhabe_i18n::find_locale(l))
                .map_or(teilhabe_i18n::DEFAULT_LOCALE, |l| l.tag);
            Some((
                Recipient {
                    address: application.email.as_str().to_owned(),
                    name: application.name.as_str().to_owned(),
                    locale: locale.to_owned(),
                    code: None,
                },
                account.text().to_owned(),
            ))
        }))
    }
}

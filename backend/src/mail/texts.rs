//! The texts of the messages, in the recipient's language: e-mails, and the letters the office
//! prints.

use super::outbox::Notice;
use super::recipients::Recipient;
use super::Outbox;
use super::Sources;
use crate::projections::db::Value;
use crate::projections::ProjectionError;
use serde::Serialize;
use teilhabe_events::api::BookingStatus;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::interest::InterestChannel;
use teilhabe_events::staff_api::Letter;
use teilhabe_events::BookingCode;
use teilhabe_i18n::{format, Arg};

/// One e-mail, composed.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Mail {
    pub to: String,
    pub name: String,
    pub locale: String,
    pub subject: String,
    pub body: String,
}

pub(super) fn when(starts_at: chrono::DateTime<chrono::FixedOffset>, locale: &str) -> String {
    if let Some(date) = day_in_words(starts_at.date_naive(), locale) {
        use chrono::Timelike;
        let time = match starts_at.minute() {
            0 => format!("{} Uhr", starts_at.hour()),
            m => format!("{}:{m:02} Uhr", starts_at.hour()),
        };
        return format!("{date}, {time}");
    }
    let pattern = match locale {
        "en" => "%d/%m/%Y, %H:%M",
        "ar" => "%Y/%m/%d %H:%M",
        _ => "%d.%m.%Y, %H:%M",
    };
    starts_at.format(pattern).to_string()
}

/// Leichte Sprache writes dates in words („Montag, 23. November 2026“): digits separated by dots
/// are hard to read. Other locales keep their short form (`None`).
pub(super) fn day_in_words(date: chrono::NaiveDate, locale: &str) -> Option<String> {
    use chrono::Datelike;
    if locale != "de-x-leicht" {
        return None;
    }
    let loader = teilhabe_i18n::loader(locale);
    let weekday = format(
        &loader,
        &format!("date-weekday-{}", date.weekday().number_from_monday()),
        &[],
    );
    let month = format(&loader, &format!("date-month-{}", date.month()), &[]);
    let long = format(
        &loader,
        "date-long",
        &[
            ("weekday", weekday.into()),
            ("day", date.day().into()),
            ("month", month.into()),
        ],
    );
    Some(format!("{long} {}", date.year()))
}

/// A date in the order a locale writes it.
pub(super) fn day(date: chrono::NaiveDate, locale: &str) -> String {
    if let Some(words) = day_in_words(date, locale) {
        return words;
    }
    let pattern = match locale {
        "en" => "%d/%m/%Y",
        "ar" => "%Y/%m/%d",
        _ => "%d.%m.%Y",
    };
    date.format(pattern).to_string()
}

/// Why there is no letter.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("no such booking")]
    UnknownBooking,
    #[error("the booking was cancelled")]
    Cancelled,
    #[error("the person's data is erased")]
    Erased,
    #[error("this letter does not fit the booking now")]
    NotNow,
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

impl Outbox {
    /// The messages a row stands for. `link` makes the set-password link of an approval;
    /// without it (the office's listing) the link is left out.
    pub(super) async fn compose(
        &self,
        sources: &Sources,
        kind: Notice,
        subject: &str,
        detail: &str,
        for_sending: bool,
    ) -> Result<Vec<Mail>, ProjectionError> {
        let (recipients, session) = match kind {
            Notice::BookingConfirmed | Notice::BookingWaitlisted | Notice::BookingPromoted => {
                let recipients = self.bookings("code", subject, false, false).await?;
                let session = match recipients.first() {
                    Some(_) => {
                        let code = teilhabe_events::BookingCode::parse(subject).ok();
                        match code {
                            Some(code) => sources.catalogue.session_of_booking(&code).await?,
                            None => None,
                        }
                    }
                    None => None,
                };
                (recipients, session)
            }
            Notice::SessionRescheduled | Notice::SessionCancelled | Notice::SessionReminder => (
                self.bookings(
                    "session_id",
                    subject,
                    kind == Notice::SessionReminder,
                    false,
                )
                .await?,
                Some(subject.to_owned()),
            ),
            Notice::InterestMatched => (
                self.interested(subject, InterestChannel::Email)
                    .await?
                    .into_iter()
                    .collect(),
                Some(detail.to_owned()),
            ),
            Notice::ApplicationApproved | Notice::ApplicationDeclined => {
                let Some((recipient, account)) = self.applicant(subject).await? else {
                    return Ok(Vec::new());
                };
                let link = if kind == Notice::ApplicationApproved && for_sending {
                    let token = sources
                        .auth
                        .issue_link(&account, sources.clock.now().timestamp())
                        .await?;
                    format!("{}/staff/password?token={token}", self.public_url)
                } else {
                    format!("{}/staff/", self.public_url)
                };
                let loader = teilhabe_i18n::loader(&recipient.locale);
                let id = kind.slug();
                let args: Vec<(&str, Arg)> = vec![
                    ("name", recipient.name.as_str().into()),
                    ("link", link.into()),
                    ("reason", detail.into()),
                ];
                let body = format!(
                    "{}\n\n{}",
                    format(&loader, &format!("mail-{id}-body"), &args),
                    format(&loader, "mail-signature", &[])
                );
                return Ok(vec![Mail {
                    subject: format(&loader, &format!("mail-{id}-subject"), &args),
                    body,
                    to: recipient.address,
                    name: recipient.name,
                    locale: recipient.locale,
                }]);
            }
        };
        let Some(session) = session.map(|id| async move { sources.catalogue.session(&id).await })
        else {
            return Ok(Vec::new());
        };
        let Some(session) = session.await? else {
            return Ok(Vec::new());
        };
        Ok(recipients
            .into_iter()
            .map(|r| {
                let loader = teilhabe_i18n::loader(&r.locale);
                let (subject, body) = self.about_session(&loader, kind, &r, &session, detail);
                Mail {
                    subject,
                    body: format!("{body}\n\n{}", format(&loader, "mail-signature", &[])),
                    to: r.address,
                    name: r.name,
                    locale: r.locale,
                }
            })
            .collect())
    }

    /// The subject and text of news about a session for one person, in their language.
    pub(super) fn about_session(
        &self,
        loader: &teilhabe_i18n::Loader,
        kind: Notice,
        r: &Recipient,
        session: &SessionSummary,
        detail: &str,
    ) -> (String, String) {
        let link = match (kind, &r.code) {
            (Notice::InterestMatched, _) => format!("{}/sessions/{}", self.public_url, session.id),
            (Notice::SessionCancelled, _) | (_, None) => format!("{}/", self.public_url),
            (_, Some(code)) => format!("{}/booking/{code}", self.public_url),
        };
        let args: Vec<(&str, Arg)> = vec![
            ("name", r.name.as_str().into()),
            ("title", session.title.as_str().into()),
            ("when", when(session.starts_at, &r.locale).into()),
            (
                "venue",
                format!("{}, {}", session.venue, session.district).into(),
            ),
            ("code", r.code.clone().unwrap_or_default().into()),
            ("link", link.into()),
            ("reason", detail.into()),
        ];
        let id = kind.slug();
        (
            format(loader, &format!("mail-{id}-subject"), &args),
            format(loader, &format!("mail-{id}-body"), &args),
        )
    }

    /// The letter about booking `code`: `notice`, or the booking's current news (a cancelled
    /// session, a place on the waiting list, a confirmed place), in the resident's language.
    pub async fn letter(
        &self,
        sources: &Sources,
        code: &BookingCode,
        notice: Option<Notice>,
    ) -> Result<Letter, LetterError> {
        let rows = self
            .db
            .query(
                "SELECT name, status, locale, session_id FROM catalogue_bookings WHERE code = $1",
                vec![code.as_str().into()],
            )
            .await?;
        let Some([name, status, locale, session_id]) = rows.first().map(Vec::as_slice) else {
            return Err(LetterError::UnknownBooking);
        };
        if name.text() == teilhabe_events::ERASED {
            return Err(LetterError::Erased);
        }
        let Some(session) = sources.catalogue.session(session_id.text()).await? else {
            return Err(LetterError::UnknownBooking);
        };
        let choices = match BookingStatus::parse(status.text()) {
            _ if session.cancelled => vec![Notice::SessionCancelled],
            Some(BookingStatus::Confirmed) => vec![
                Notice::BookingConfirmed,
                Notice::SessionRescheduled,
                Notice::SessionReminder,
            ],
            Some(BookingStatus::Waitlisted) => vec![Notice::BookingWaitlisted],
            Some(BookingStatus::Cancelled) | None => return Err(LetterError::Cancelled),
        };
        let notice = match notice {
            None => choices[0],
            Some(n) if choices.contains(&n) => n,
            Some(_) => return Err(LetterError::NotNow),
        };
        let reason = if notice == Notice::SessionCancelled {
            self.db
                .query_value(
                    "SELECT detail FROM outbox WHERE kind = $1 AND subject = $2 ORDER BY key DESC",
                    vec![notice.slug().into(), session.id.as_str().into()],
                )
                .await?
                .map(|v| v.text().to_owned())
                .unwrap_or_default()
        } else {
            String::new()
        };
        let locale = teilhabe_i18n::find_locale(match locale {
            Value::Text(tag) => tag,
            _ => teilhabe_i18n::DEFAULT_LOCALE,
        })
        .unwrap_or(teilhabe_i18n::default_locale());
        let recipient = Recipient {
            address: String::new(),
            name: name.text().to_owned(),
            locale: locale.tag.to_owned(),
            code: Some(code.to_string()),
        };
        let loader = teilhabe_i18n::loader(locale.tag);
        let (subject, body) = self.about_session(&loader, notice, &recipient, &session, &reason);
        let today = sources
            .clock
            .now()
            .with_timezone(session.starts_at.offset())
            .date_naive();
        let t = |id: &str| format(&loader, id, &[]);
        Ok(Letter {
            booking_code: code.to_string(),
            name: recipient.name,
            session_id: session.id.clone(),
            locale: locale.tag.to_owned(),
            lang: locale.lang.to_owned(),
            right_to_left: locale.right_to_left,
            notice,
            choices,
            sender: t("letter-sender"),
            date: format(
                &loader,
                "letter-date",
                &[("date", day(today, locale.tag).into())],
            ),
            subject,
            body,
            code_label: t("letter-code-label"),
            code_hint: t("letter-code-hint"),
            questions: format(
                &loader,
                "letter-questions",
                &[
                    // Isolated left to right: in an Arabic sentence the digit groups of a
                    // phone number would otherwise change places.
                    (
                        "phone",
                        format!("\u{2066}{}\u{2069}", t("help-phone-number")).into(),
                    ),
                    ("hours", t("help-hours").into()),
                ],
            ),
            signature: t("mail-signature"),
        })
    }
}

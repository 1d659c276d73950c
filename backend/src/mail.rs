//! E-mail through an outbox.
//!
//! The read models' fold writes one outbox row per event that calls for a message (a booking
//! confirmed for someone who gave an e-mail address, a promotion from the waiting list, a
//! session moved or cancelled, an application decided), in the same transaction as the
//! read models' checkpoint and keyed by the event's position: every such event gets exactly
//! one row, a crash repeats the fold but not the row, and a rebuild of the read models finds
//! the rows already there and sends nothing twice. (The outbox table is not a read model and
//! is never dropped.)
//!
//! A worker sends pending rows through SMTP (`lettre`) when `TEILHABE_SMTP_URL` is set. While
//! the relay cannot be reached it pauses (1 s, 2 s, … 30 s) and leaves the rows as they are; a
//! message refused for now (4xx) is tried again after growing pauses without using up an
//! attempt; one refused for good (5xx, or no valid address) is marked failed at once and not
//! tried again. Without a relay the rows stay pending and the office lists them
//! (`GET /api/v1/office/outbox`) to pass the news on by phone or post. Texts come from the
//! Fluent files (`mail.ftl`) in the recipient's language.

use crate::auth::Auth;
use crate::domain::clock::Clock;
use crate::projections::db::{ReadDb, Statement, Value};
use crate::projections::Catalogue;
use crate::projections::ProjectionError;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;
use teilhabe_events::api::SessionSummary;
use teilhabe_events::staff::Application;
use teilhabe_events::staff_api::Letter;
use teilhabe_events::{BookingCode, Contact};
use teilhabe_i18n::{format, Arg};

pub const SCHEMA: &[&str] = &["CREATE TABLE IF NOT EXISTS outbox (
        key TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL,
        status TEXT NOT NULL, attempts BIGINT NOT NULL, next_attempt BIGINT NOT NULL,
        last_error TEXT, sent_at TEXT)"];

/// Why a message goes out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Notice {
    BookingConfirmed,
    BookingWaitlisted,
    BookingPromoted,
    SessionRescheduled,
    SessionCancelled,
    ApplicationApproved,
    ApplicationDeclined,
    /// Written by the reminder job, not by an event: the session starts soon.
    SessionReminder,
}

impl Notice {
    const ALL: [Notice; 8] = [
        Notice::SessionReminder,
        Notice::BookingConfirmed,
        Notice::BookingWaitlisted,
        Notice::BookingPromoted,
        Notice::SessionRescheduled,
        Notice::SessionCancelled,
        Notice::ApplicationApproved,
        Notice::ApplicationDeclined,
    ];

    /// The kebab-case name (as serde writes it): the outbox's `kind` and the middle of the
    /// message ids (`mail-booking-confirmed-subject`, `call-booking-promoted`).
    pub fn slug(self) -> String {
        crate::codec::serde_name(&self)
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.slug() == s)
    }
}

/// The outbox row for the event at `position`: what happened (`kind`) to what (`subject`: a
/// booking code, a session id, an ambassador id), with `detail` (a reason) where it matters.
pub fn notice(position: i64, kind: Notice, subject: &str, detail: &str) -> Statement {
    Statement::new(
        "INSERT INTO outbox (key, kind, subject, detail, status, attempts, next_attempt) VALUES ($1, $2, $3, $4, 'pending', 0, 0) ON CONFLICT (key) DO NOTHING",
        vec![
            format!("{position}-{}", kind.slug()).into(),
            kind.slug().into(),
            subject.into(),
            detail.into(),
        ],
    )
}

/// One e-mail, composed.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Mail {
    pub to: String,
    pub name: String,
    pub locale: String,
    pub subject: String,
    pub body: String,
}

/// An outbox row with the messages it stands for, as the office sees it.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OutboxEntry {
    pub key: String,
    pub kind: Notice,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub mails: Vec<Mail>,
}

/// A person to write to or call: address (e-mail or phone), name and language.
struct Recipient {
    address: String,
    name: String,
    locale: String,
    code: Option<String>,
}

fn when(starts_at: chrono::DateTime<chrono::FixedOffset>, locale: &str) -> String {
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
fn day_in_words(date: chrono::NaiveDate, locale: &str) -> Option<String> {
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
fn day(date: chrono::NaiveDate, locale: &str) -> String {
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

/// What the outbox reads besides its own table when it composes messages: the sessions, the
/// logins (for the set-password link of an approval) and the clock. Cheap to clone.
#[derive(Clone)]
pub struct Sources {
    pub catalogue: Catalogue,
    pub auth: Auth,
    pub clock: Arc<dyn Clock>,
}

/// Composes and sends the outbox's messages.
#[derive(Clone)]
pub struct Outbox {
    db: ReadDb,
    /// The address the app is reached at, for links in messages.
    public_url: String,
}

impl Outbox {
    pub async fn open(db: ReadDb, public_url: &str) -> Result<Self, ProjectionError> {
        db.execute_all(SCHEMA).await?;
        Ok(Self {
            db,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// The people behind the bookings where `column` is `value`, with the contact they gave:
    /// e-mail addresses (`by_phone` false) or phone numbers (`by_phone` true). A reminder goes
    /// to confirmed seats only; other news also to those waiting.
    async fn bookings(
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

    async fn applicant(&self, id: &str) -> Result<Option<(Recipient, String)>, ProjectionError> {
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

    /// The messages a row stands for. `link` makes the set-password link of an approval;
    /// without it (the office's listing) the link is left out.
    async fn compose(
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
    fn about_session(
        &self,
        loader: &teilhabe_i18n::Loader,
        kind: Notice,
        r: &Recipient,
        session: &SessionSummary,
        detail: &str,
    ) -> (String, String) {
        let link = match (kind, &r.code) {
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
        let choices = match status.text() {
            _ if session.cancelled => vec![Notice::SessionCancelled],
            "confirmed" => vec![
                Notice::BookingConfirmed,
                Notice::SessionRescheduled,
                Notice::SessionReminder,
            ],
            "waitlisted" => vec![Notice::BookingWaitlisted],
            _ => return Err(LetterError::Cancelled),
        };
        let notice = match notice {
            None => choices[0],
            Some(n) if choices.contains(&n) => n,
            Some(_) => return Err(LetterError::NotNow),
        };
        let reason = if notice == Notice::SessionCancelled {
            let rows = self
                .db
                .query(
                    "SELECT detail FROM outbox WHERE kind = $1 AND subject = $2 ORDER BY key DESC",
                    vec![notice.slug().into(), session.id.as_str().into()],
                )
                .await?;
            rows.first()
                .and_then(|r| r.first())
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
            notice: notice.slug(),
            choices: choices.iter().map(|n| n.slug()).collect(),
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

    /// Writes a reminder row for every session that is not cancelled and starts within
    /// `lead` from now (once per session: the key is the session's id); returns how many.
    pub async fn remind(
        &self,
        sources: &Sources,
        lead: chrono::Duration,
    ) -> Result<usize, ProjectionError> {
        let now = sources.clock.now();
        let due: Vec<_> = sources
            .catalogue
            .all_sessions()
            .into_iter()
            .filter(|s| !s.cancelled && s.starts_at > now && s.starts_at <= now + lead)
            .collect();
        for session in &due {
            self.db
                .execute(Statement::new(
                    "INSERT INTO outbox (key, kind, subject, detail, status, attempts, next_attempt) VALUES ($1, $2, $3, '', 'pending', 0, 0) ON CONFLICT (key) DO NOTHING",
                    vec![
                        format!("reminder-{}", session.id).into(),
                        Notice::SessionReminder.slug().into(),
                        session.id.as_str().into(),
                    ],
                ))
                .await?;
        }
        Ok(due.len())
    }

    /// The residents to call: those who gave a phone number, for every reminder, promotion,
    /// change or cancellation of a session that has not ended, until a call reached them or
    /// left a message.
    pub async fn calls(
        &self,
        sources: &Sources,
    ) -> Result<Vec<teilhabe_events::staff_api::CallItem>, ProjectionError> {
        let kinds = [
            Notice::SessionReminder,
            Notice::BookingPromoted,
            Notice::SessionRescheduled,
            Notice::SessionCancelled,
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
            let (recipients, session_id) = if kind == Notice::BookingPromoted {
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
                let done = self
                    .db
                    .query(
                        "SELECT result, attempts FROM catalogue_calls WHERE call = $1 AND code = $2",
                        vec![key.clone(), code.replace('-', "").into()],
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
                    kind: kind.slug(),
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

    /// Every row not yet sent, newest first, with its messages (links left out).
    pub async fn unsent(&self, sources: &Sources) -> Result<Vec<OutboxEntry>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT key, kind, subject, detail, status, attempts, last_error FROM outbox WHERE status <> 'sent' ORDER BY next_attempt DESC, key DESC LIMIT 500",
                vec![],
            )
            .await?;
        let mut out = Vec::new();
        for row in rows {
            let [key, kind, subject, detail, status, attempts, error] = row.as_slice() else {
                continue;
            };
            let Some(kind) = Notice::parse(kind.text()) else {
                continue;
            };
            let mails = self
                .compose(sources, kind, subject.text(), detail.text(), false)
                .await?;
            out.push(OutboxEntry {
                key: key.text().to_owned(),
                kind,
                status: status.text().to_owned(),
                attempts: attempts.int(),
                last_error: (*error != Value::Null).then(|| error.text().to_owned()),
                mails,
            });
        }
        Ok(out)
    }

    /// Sends the rows that are due; returns how many rows were sent. Stops at the first
    /// message the relay could not be reached for (`delivery` then holds the pause).
    pub async fn send_due(
        &self,
        sources: &Sources,
        transport: &AsyncSmtpTransport<Tokio1Executor>,
        from: &Mailbox,
        delivery: &mut Delivery,
    ) -> Result<usize, ProjectionError> {
        let now = sources.clock.now().timestamp();
        let rows = self
            .db
            .query(
                "SELECT key, kind, subject, detail, attempts FROM outbox WHERE status = 'pending' AND next_attempt <= $1 ORDER BY key LIMIT 100",
                vec![now.into()],
            )
            .await?;
        let mut sent = 0;
        for row in rows {
            let [key, kind, subject, detail, attempts] = row.as_slice() else {
                continue;
            };
            let Some(kind) = Notice::parse(kind.text()) else {
                continue;
            };
            let mails = self
                .compose(sources, kind, subject.text(), detail.text(), true)
                .await?;
            // A row can stand for several messages (a cancelled session): those that went out
            // (or were refused for good) are not sent again when the row is tried again.
            let done = delivery.done.entry(key.text().to_owned()).or_default();
            let mut stopped = None;
            let mut refused = None;
            for mail in &mails {
                let id = format!("{}\n{}\n{}", mail.to, mail.subject, mail.body);
                if done.contains(&id) {
                    continue;
                }
                match deliver(transport, from, mail).await {
                    Ok(()) => {}
                    Err(Failure::ForGood(err)) => refused = Some(err),
                    Err(failure) => {
                        stopped = Some(failure);
                        break;
                    }
                }
                done.insert(id);
            }
            // The outbox row keeps the kind of failure and the SMTP code (`smtp_failure`),
            // never the server's words, which may name the recipient.
            let statement = match stopped {
                Some(Failure::Relay(err)) => {
                    delivery.relay_unreachable();
                    // Not about a recipient: the connection to the relay failed.
                    tracing::warn!(
                        error = %err,
                        pause_ms = delivery.relay_pause.map_or(0, |p| p.as_millis()),
                        "the SMTP relay cannot be reached; the outbox waits"
                    );
                    return Ok(sent);
                }
                Some(Failure::Later(err)) => {
                    delivery.relay_pause = None;
                    let deferrals = delivery.deferred.entry(key.text().to_owned()).or_default();
                    *deferrals += 1;
                    tracing::warn!(key = key.text(), deferrals, "e-mail refused for now");
                    // 2 s, 4 s, 8 s, … up to about 17 minutes; no attempt is used up.
                    let pause = 1_i64 << (*deferrals).clamp(1, 10);
                    Statement::new(
                        "UPDATE outbox SET next_attempt = $1, last_error = $2 WHERE key = $3",
                        vec![(now + pause).into(), err.into(), key.clone()],
                    )
                }
                Some(Failure::ForGood(_)) | None => {
                    delivery.relay_pause = None;
                    delivery.done.remove(key.text());
                    delivery.deferred.remove(key.text());
                    match refused {
                        None => {
                            sent += 1;
                            Statement::new(
                                "UPDATE outbox SET status = 'sent', sent_at = $1, last_error = NULL WHERE key = $2",
                                vec![sources.clock.now().to_rfc3339().into(), key.clone()],
                            )
                        }
                        Some(err) => {
                            tracing::warn!(key = key.text(), "e-mail refused for good");
                            Statement::new(
                                "UPDATE outbox SET status = 'failed', attempts = $1, last_error = $2 WHERE key = $3",
                                vec![(attempts.int() + 1).into(), err.into(), key.clone()],
                            )
                        }
                    }
                }
            };
            self.db.execute(statement).await?;
        }
        Ok(sent)
    }
}

/// Why a message did not go out.
enum Failure {
    /// The relay could not be reached, or broke off (refused, timed out, lost): nothing is
    /// wrong with the message; the worker pauses and tries again.
    Relay(String),
    /// The relay refused it for now (4xx): tried again later, without using up an attempt.
    Later(String),
    /// Refused for good (5xx), or no valid address: not tried again (the office sees it).
    ForGood(String),
}

/// What the outbox worker remembers between rounds.
#[derive(Default)]
pub struct Delivery {
    /// Set while the relay cannot be reached: the pause before the next round.
    relay_pause: Option<Duration>,
    /// Per row: how often it was refused for now.
    deferred: HashMap<String, u32>,
    /// Per row: the messages that went out (or were refused for good) before it stopped.
    done: HashMap<String, HashSet<String>>,
}

/// The first and the longest pause while the relay cannot be reached.
const RELAY_FIRST_PAUSE: Duration = Duration::from_secs(1);
const RELAY_MAX_PAUSE: Duration = Duration::from_secs(30);

impl Delivery {
    fn relay_unreachable(&mut self) {
        self.relay_pause = Some(
            self.relay_pause
                .map_or(RELAY_FIRST_PAUSE, |p| (p * 2).min(RELAY_MAX_PAUSE)),
        );
    }
}

async fn deliver(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &Mail,
) -> Result<(), Failure> {
    let to: Mailbox = format!("{} <{}>", mail.name.replace(['<', '>', '"'], ""), mail.to)
        .parse()
        .or_else(|_| mail.to.parse())
        .map_err(|_: lettre::address::AddressError| {
            Failure::ForGood("invalid address".to_owned())
        })?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|_| Failure::ForGood("the message could not be built".to_owned()))?;
    transport.send(message).await.map(|_| ()).map_err(|e| {
        let what = smtp_failure(&e);
        if e.is_permanent() {
            Failure::ForGood(what)
        } else if e.is_transient() {
            Failure::Later(what)
        } else {
            Failure::Relay(what)
        }
    })
}

/// What went wrong, for the outbox row the office sees: the kind and the SMTP code, never the
/// server's words, which often repeat the recipient's address ("550 <anna@…>: unknown").
fn smtp_failure(error: &lettre::transport::smtp::Error) -> String {
    let code = error
        .status()
        .map(|code| format!(" (SMTP {code})"))
        .unwrap_or_default();
    let kind = if error.is_permanent() {
        "refused by the mail server"
    } else if error.is_transient() {
        "deferred by the mail server"
    } else if error.is_timeout() {
        "the mail server did not answer in time"
    } else {
        "the mail server could not be reached"
    };
    format!("{kind}{code}")
}

/// An SMTP transport for `smtp://[user:password@]host[:port]` (port 25 by default): plain
/// SMTP to a relay on the same machine or network, which takes care of TLS onwards.
pub fn transport(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or_else(|| format!("TEILHABE_SMTP_URL must start with smtp://, got {url:?}"))?;
    let rest = rest.trim_end_matches('/');
    let (credentials, host_port) = match rest.rsplit_once('@') {
        Some((c, h)) => (Some(c), h),
        None => (None, rest),
    };
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => (
            h,
            p.parse::<u16>()
                .map_err(|_| format!("bad port in TEILHABE_SMTP_URL: {p:?}"))?,
        ),
        None => (host_port, 25),
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
    if let Some((user, password)) = credentials.and_then(|c| c.split_once(':')) {
        builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
            user.to_owned(),
            password.to_owned(),
        ));
    }
    Ok(builder.build())
}

/// Writes reminders for sessions starting within `lead` once a minute (the first minute after
/// the round the server makes at start), until the process ends.
pub async fn run_reminders(outbox: Outbox, sources: Sources, lead: chrono::Duration) {
    loop {
        tokio::time::sleep(Duration::from_secs(60)).await;
        if let Err(err) = outbox.remind(&sources, lead).await {
            tracing::warn!(error = %err, "reminders");
        }
    }
}

/// Sends the outbox every few seconds (and whenever the read models moved on) until the
/// process ends.
/// `checkpoint` is the read models' position ([`crate::projections::Projector::subscribe`]).
pub async fn run_worker(
    outbox: Outbox,
    sources: Sources,
    mut checkpoint: tokio::sync::watch::Receiver<u64>,
    url: String,
    from: String,
) {
    let from = from.parse::<Mailbox>().map_err(|e| e.to_string());
    let (transport, from) = match (transport(&url), from) {
        (Ok(t), Ok(f)) => (t, f),
        (Err(err), _) | (_, Err(err)) => {
            tracing::error!(error = %err, "e-mail is not configured correctly; the outbox keeps its messages");
            return;
        }
    };
    let mut delivery = Delivery::default();
    loop {
        if let Err(err) = outbox
            .send_due(&sources, &transport, &from, &mut delivery)
            .await
        {
            tracing::warn!(error = %err, "outbox");
        }
        if let Some(pause) = delivery.relay_pause {
            // The relay is down: new messages wait for the pause too.
            tokio::time::sleep(pause).await;
            continue;
        }
        tokio::select! {
            changed = checkpoint.changed() => if changed.is_err() { return },
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_of_the_outbox_has_a_text_in_every_locale() {
        for locale in teilhabe_i18n::LOCALES {
            let ids = teilhabe_i18n::message_ids(locale.tag);
            for kind in Notice::ALL {
                for part in ["subject", "body"] {
                    let id = format!("mail-{}-{part}", kind.slug());
                    assert!(ids.contains(&id), "{}: {id}", locale.tag);
                }
            }
            for kind in [
                Notice::SessionReminder,
                Notice::BookingPromoted,
                Notice::SessionRescheduled,
                Notice::SessionCancelled,
            ] {
                let id = format!("call-{}", kind.slug());
                assert!(ids.contains(&id), "{}: {id}", locale.tag);
            }
            assert!(ids.iter().any(|i| i == "mail-signature"), "{}", locale.tag);
        }
    }
}

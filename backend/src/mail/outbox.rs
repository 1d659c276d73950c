//! The outbox table: its rows (what happened to whom), the office's listing of the rows not
//! yet sent, and the reminders written into it.

use super::texts::Mail;
use super::Outbox;
use super::Sources;
use crate::projections::db::{Statement, Value};
use crate::projections::ProjectionError;
use serde::Serialize;

pub const SCHEMA: &[&str] = &["CREATE TABLE IF NOT EXISTS outbox (
        key TEXT PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL,
        status TEXT NOT NULL, attempts BIGINT NOT NULL, next_attempt BIGINT NOT NULL,
        last_error TEXT, sent_at TEXT)"];

pub use teilhabe_events::Notice;

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

impl Outbox {
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
}

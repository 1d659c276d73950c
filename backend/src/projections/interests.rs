//! The interest list as a read model: each interest with its wish, how to reach her (opened,
//! as the catalogue holds a booking's contact; blanked when her data is erased) and where it
//! stands, and the sessions each was told of. Folded in the read models' transaction and
//! rebuilt with them.

use super::db::{ReadDb, Statement, Value};
use super::staff::id_of;
use super::{Folded, Logged, Projection, ProjectionError};
use crate::codec::{serde_name, LoggedEvent};
use async_trait::async_trait;
use teilhabe_events::interest::{
    InterestChannel, InterestEvent, InterestStatus, InterestView, Reach, Wish,
};

const TABLES: &[&str] = &["interests", "interest_notices", "interest_calls"];

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS interests (
        id TEXT PRIMARY KEY, wish TEXT NOT NULL, name TEXT NOT NULL, reach TEXT NOT NULL,
        channel TEXT, locale TEXT, status TEXT NOT NULL, registered_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS interest_notices (
        id TEXT NOT NULL, session_id TEXT NOT NULL, channel TEXT NOT NULL,
        PRIMARY KEY (id, session_id))",
    // How the calls of the call list went, by its entry (`call`, the outbox key).
    "CREATE TABLE IF NOT EXISTS interest_calls (
        call TEXT NOT NULL, id TEXT NOT NULL, result TEXT NOT NULL, attempts BIGINT NOT NULL,
        PRIMARY KEY (call, id))",
];

/// The interest list as a projection of the log (its queries are [`Interests`]'s).
pub struct InterestModels;

#[async_trait]
impl Projection for InterestModels {
    fn tables(&self) -> &'static [&'static str] {
        TABLES
    }

    fn schema(&self) -> &'static [&'static str] {
        SCHEMA
    }

    async fn fold(&self, events: &[Logged<'_>]) -> Result<Folded, ProjectionError> {
        Ok(events
            .iter()
            .filter_map(|logged| match &logged.event {
                LoggedEvent::Interest(event) => {
                    statement(id_of(logged.stream_id), logged.recorded_at, event)
                }
                _ => None,
            })
            .collect::<Vec<_>>()
            .into())
    }
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_string(value).unwrap_or_default().into()
}

fn status(id: &str, status: InterestStatus) -> Statement {
    Statement::new(
        "UPDATE interests SET status = $1 WHERE id = $2",
        vec![serde_name(&status).into(), id.into()],
    )
}

/// What one interest event changes.
fn statement(id: &str, recorded_at: &str, event: &InterestEvent) -> Option<Statement> {
    Some(match event {
        InterestEvent::InterestRegistered {
            wish,
            name,
            reach,
            locale,
            ..
        } => Statement::new(
            "INSERT INTO interests (id, wish, name, reach, channel, locale, status, registered_at) VALUES ($1, $2, $3, $4, $5, $6, 'active', $7) ON CONFLICT (id) DO NOTHING",
            vec![
                id.into(),
                json(wish),
                name.as_str().into(),
                json(reach),
                reach
                    .channel()
                    .map_or(Value::Null, |c| serde_name(&c).into()),
                locale.clone().map_or(Value::Null, Value::from),
                recorded_at.into(),
            ],
        ),
        InterestEvent::InterestWithdrawn => status(id, InterestStatus::Withdrawn),
        InterestEvent::InterestNotified {
            session_id,
            channel,
        } => Statement::new(
            "INSERT INTO interest_notices (id, session_id, channel) VALUES ($1, $2, $3) ON CONFLICT (id, session_id) DO NOTHING",
            vec![id.into(), session_id.as_str().into(), serde_name(channel).into()],
        ),
        InterestEvent::InterestCallRecorded { call, result, .. } => Statement::new(
            "INSERT INTO interest_calls (call, id, result, attempts) VALUES ($1, $2, $3, 1) ON CONFLICT (call, id) DO UPDATE SET result = excluded.result, attempts = interest_calls.attempts + 1",
            vec![call.as_str().into(), id.into(), serde_name(result).into()],
        ),
        InterestEvent::InterestErased => Statement::new(
            "UPDATE interests SET status = $1, name = $2, reach = $3 WHERE id = $4",
            vec![
                serde_name(&InterestStatus::Erased).into(),
                teilhabe_events::ERASED.into(),
                json(&Reach::None),
                id.into(),
            ],
        ),
    })
}

/// An active interest as matching reads it.
pub struct Candidate {
    pub id: String,
    pub wish: Wish,
    pub channel: Option<InterestChannel>,
}

/// Who to tell, as the outbox reads it.
pub struct Interested {
    pub name: String,
    pub reach: Reach,
    pub locale: String,
    pub status: InterestStatus,
}

/// The queries on the interest list.
#[derive(Clone)]
pub struct Interests {
    db: ReadDb,
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

fn parse_name<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

impl Interests {
    pub fn new(db: ReadDb) -> Self {
        Self { db }
    }

    /// The interest `id` as its holder sees it.
    pub async fn view(&self, id: &str) -> Result<Option<InterestView>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT wish, name, reach, locale, status, registered_at FROM interests WHERE id = $1",
                vec![id.into()],
            )
            .await?;
        let Some([wish, name, reach, locale, status, at]) = rows.first().map(Vec::as_slice) else {
            return Ok(None);
        };
        let notified = self
            .db
            .query(
                "SELECT session_id FROM interest_notices WHERE id = $1 ORDER BY session_id",
                vec![id.into()],
            )
            .await?
            .iter()
            .filter_map(|r| r.first().map(|v| v.text().to_owned()))
            .collect();
        Ok((|| {
            Some(InterestView {
                wish: parse(wish.text())?,
                name: name.text().to_owned(),
                reach: parse(reach.text())?,
                status: parse_name(status.text())?,
                locale: (*locale != Value::Null).then(|| locale.text().to_owned()),
                registered_at: at.text().to_owned(),
                notified,
            })
        })())
    }

    /// Every active interest, oldest first.
    pub async fn active(&self) -> Result<Vec<Candidate>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT id, wish, channel FROM interests WHERE status = 'active' ORDER BY registered_at, id",
                vec![],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [id, wish, channel] = r.as_slice() else {
                    return None;
                };
                Some(Candidate {
                    id: id.text().to_owned(),
                    wish: parse(wish.text())?,
                    channel: (*channel != Value::Null)
                        .then(|| parse_name(channel.text()))
                        .flatten(),
                })
            })
            .collect())
    }

    /// The person behind interest `id`, for a message to her.
    pub async fn interested(&self, id: &str) -> Result<Option<Interested>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT name, reach, locale, status FROM interests WHERE id = $1",
                vec![id.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| {
            let [name, reach, locale, status] = r.as_slice() else {
                return None;
            };
            Some(Interested {
                name: name.text().to_owned(),
                reach: parse(reach.text())?,
                locale: match locale {
                    Value::Text(tag) => tag.clone(),
                    _ => teilhabe_i18n::DEFAULT_LOCALE.to_owned(),
                },
                status: parse_name(status.text())?,
            })
        }))
    }

    /// The ids of interests registered before `instant` (RFC 3339 in UTC, as the log writes
    /// times), erased or not.
    pub async fn registered_before(&self, instant: &str) -> Result<Vec<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT id FROM interests WHERE registered_at < $1 ORDER BY registered_at",
                vec![instant.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| r.first().map(|v| v.text().to_owned()))
            .collect())
    }
}

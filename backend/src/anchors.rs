//! What auditors have been shown of the log, kept beside it: the heads (position and hash) of
//! every report and chain check they saw, checked again on every verify, so a tail cut off
//! behind their backs shows; and the position each reported instant was mapped to, so a
//! report as of T is the same however often, on whichever server, it is taken.
//!
//! Both live in the same database as the log: whoever can rewrite the log can rewrite them
//! too. An anchor kept elsewhere (a printed or archived report) is what cannot be.

use crate::projections::db::{ReadDb, Statement, Value};
use crate::projections::ProjectionError;
use crate::store::verify::Anchor;

pub const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS seen_heads (position BIGINT PRIMARY KEY, hash TEXT NOT NULL, seen_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS report_instants (as_of TEXT PRIMARY KEY, position BIGINT NOT NULL)",
];

#[derive(Clone)]
pub struct Anchors {
    db: ReadDb,
}

impl Anchors {
    pub async fn open(db: ReadDb) -> Result<Self, ProjectionError> {
        db.execute_all(SCHEMA).await?;
        Ok(Self { db })
    }

    /// Remembers that an auditor was shown the event at `anchor.position` with its hash (the
    /// first hash seen at a position stays).
    pub async fn remember(&self, anchor: &Anchor) -> Result<(), ProjectionError> {
        if anchor.position == 0 {
            return Ok(());
        }
        let seen_at = crate::store::log_time(chrono::Utc::now());
        self.db
            .execute_durable(Statement::new(
                "INSERT INTO seen_heads (position, hash, seen_at) VALUES ($1, $2, $3) ON CONFLICT (position) DO NOTHING",
                vec![
                    position_value(anchor.position),
                    anchor.hash.clone().into(),
                    seen_at.into(),
                ],
            ))
            .await
    }

    /// Every head auditors were shown, in order of position.
    pub async fn seen(&self) -> Result<Vec<Anchor>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT position, hash FROM seen_heads ORDER BY position",
                vec![],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| Anchor {
                position: u64::try_from(row[0].int()).unwrap_or_default(),
                hash: row[1].text().to_owned(),
            })
            .collect())
    }

    /// The position the instant `as_of` was mapped to by an earlier report, if any.
    pub async fn position_at(&self, as_of: &str) -> Result<Option<u64>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT position FROM report_instants WHERE as_of = $1",
                vec![as_of.into()],
            )
            .await?;
        Ok(rows
            .first()
            .and_then(|row| u64::try_from(row[0].int()).ok()))
    }

    /// Maps `as_of` to `position` unless it was mapped before; returns the mapping in force
    /// (the first one, also when another server mapped it meanwhile).
    pub async fn pin(&self, as_of: &str, position: u64) -> Result<u64, ProjectionError> {
        self.db
            .execute_durable(Statement::new(
                "INSERT INTO report_instants (as_of, position) VALUES ($1, $2) ON CONFLICT (as_of) DO NOTHING",
                vec![as_of.into(), position_value(position)],
            ))
            .await?;
        Ok(self.position_at(as_of).await?.unwrap_or(position))
    }
}

fn position_value(position: u64) -> Value {
    Value::Int(i64::try_from(position).unwrap_or(i64::MAX))
}

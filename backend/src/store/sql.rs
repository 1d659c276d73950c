//! The event store on SQL: SQLite (embedded default, WAL, synchronous=FULL) or PostgreSQL,
//! through one set of statements that both dialects understand.

use super::{EventStore, Metadata, NewEvent, RecordedEvent, StoreError};
use async_trait::async_trait;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};
use std::time::Duration;

/// Statements that create the log; each runs on its own (PostgreSQL prepares one at a time).
const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS events (
        position BIGINT PRIMARY KEY,
        stream_id TEXT NOT NULL,
        stream_version BIGINT NOT NULL,
        event_type TEXT NOT NULL,
        schema_version BIGINT NOT NULL,
        payload TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
    )",
    // One row holds the log's head; updating it first serialises appends, which keeps global
    // positions gap-free and in commit order on PostgreSQL as on SQLite.
    "CREATE TABLE IF NOT EXISTS log_head (id BIGINT PRIMARY KEY, position BIGINT NOT NULL)",
    "INSERT INTO log_head (id, position) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The SQL event store; also hands out its pool to read models kept in the same database.
#[derive(Clone, Debug)]
pub struct SqlEventStore {
    pool: AnyPool,
    dialect: Dialect,
    /// SQLite has one writer at a time; queueing appends here spares them the busy handler.
    write_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
}

impl SqlEventStore {
    /// Opens (and creates, for SQLite) the database at `url` and ensures the schema exists.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let (dialect, url, max) = if let Some(path) = url.strip_prefix("sqlite://") {
            if let Some(dir) = std::path::Path::new(path.split('?').next().unwrap_or(path)).parent()
            {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir).map_err(|e| StoreError::Database(e.into()))?;
                }
            }
            let sep = if url.contains('?') { '&' } else { '?' };
            (Dialect::Sqlite, format!("{url}{sep}mode=rwc"), 8)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            (Dialect::Postgres, url.to_owned(), 16)
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        // Durable on acknowledge: WAL with a full fsync at every commit.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        for statement in SCHEMA {
            pool.execute(*statement).await?;
        }
        Ok(Self {
            pool,
            dialect,
            write_lock: Default::default(),
        })
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn recorded(row: &AnyRow) -> Result<RecordedEvent, StoreError> {
    let number = |name: &str| -> Result<u64, StoreError> {
        let n: i64 = row.try_get(name)?;
        u64::try_from(n).map_err(|_| StoreError::Corrupt(format!("negative {name}")))
    };
    Ok(RecordedEvent {
        position: number("position")?,
        stream_id: row.try_get("stream_id")?,
        stream_version: number("stream_version")?,
        event_type: row.try_get("event_type")?,
        schema_version: u32::try_from(number("schema_version")?)
            .map_err(|_| StoreError::Corrupt("schema version out of range".into()))?,
        payload: row.try_get("payload")?,
        metadata: row.try_get("metadata")?,
        recorded_at: row.try_get("recorded_at")?,
    })
}

const SELECT_EVENT: &str = "SELECT position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at FROM events";

#[async_trait]
impl EventStore for SqlEventStore {
    async fn append(
        &self,
        stream_id: &str,
        expected_version: u64,
        events: &[NewEvent],
        metadata: &Metadata,
    ) -> Result<u64, StoreError> {
        let _writer = match self.dialect {
            Dialect::Sqlite => Some(self.write_lock.lock().await),
            Dialect::Postgres => None,
        };
        let count = to_i64(events.len() as u64);
        let mut tx = self.pool.begin().await?;
        let head: i64 = sqlx::query_scalar(
            "UPDATE log_head SET position = position + $1 WHERE id = 1 RETURNING position",
        )
        .bind(count)
        .fetch_one(&mut *tx)
        .await?;
        let actual: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream_id = $1",
        )
        .bind(stream_id)
        .fetch_one(&mut *tx)
        .await?;
        let actual = u64::try_from(actual).unwrap_or_default();
        if actual != expected_version {
            tx.rollback().await?;
            return Err(StoreError::Conflict {
                stream: stream_id.to_owned(),
                expected: expected_version,
                actual,
            });
        }
        let metadata = serde_json::to_string(metadata)
            .map_err(|e| StoreError::Corrupt(format!("metadata: {e}")))?;
        let recorded_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let first = head - count + 1;
        for (i, event) in events.iter().enumerate() {
            let i = to_i64(i as u64);
            sqlx::query(
                "INSERT INTO events (position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(first + i)
            .bind(stream_id)
            .bind(to_i64(expected_version) + i + 1)
            .bind(&event.event_type)
            .bind(i64::from(event.schema_version))
            .bind(&event.payload)
            .bind(&metadata)
            .bind(&recorded_at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(u64::try_from(head).unwrap_or_default())
    }

    async fn read_stream(&self, stream_id: &str) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(&format!(
            "{SELECT_EVENT} WHERE stream_id = $1 ORDER BY stream_version"
        ))
        .bind(stream_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(recorded).collect()
    }

    async fn read_all(&self, after: u64, limit: u32) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(&format!(
            "{SELECT_EVENT} WHERE position > $1 ORDER BY position LIMIT $2"
        ))
        .bind(to_i64(after))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(recorded).collect()
    }

    async fn head(&self) -> Result<u64, StoreError> {
        let head: i64 = sqlx::query_scalar("SELECT position FROM log_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(u64::try_from(head).unwrap_or_default())
    }
}

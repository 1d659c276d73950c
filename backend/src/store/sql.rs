//! The event store on SQL: SQLite (embedded default, WAL) or PostgreSQL, through one set of
//! statements both dialects understand.
//!
//! All appends of a process go through one writer task. It takes every append that is waiting,
//! writes them in one transaction and commits once (group commit): one fsync serves many
//! requests, and each is acknowledged only after that commit. Appends from several processes
//! are serialised by the row lock on `log_head`, taken first in every write transaction, so
//! global positions are gap-free and in commit order; a subscriber never sees position n+1
//! before n.

use super::hash;
use super::{AppendRequest, Appended, EventStore, RecordedCommand, RecordedEvent, StoreError};
use async_trait::async_trait;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{AnyConnection, AnyPool, ConnectOptions, Connection, Executor, Row};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};

/// Statements that create the log; each runs on its own.
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
        hash TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
    )",
    // The head of the log: its last position and hash. Every write transaction locks this row
    // first, which serialises writers across processes.
    "CREATE TABLE IF NOT EXISTS log_head (id BIGINT PRIMARY KEY, position BIGINT NOT NULL, hash TEXT NOT NULL)",
    "INSERT INTO log_head (id, position, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000') ON CONFLICT (id) DO NOTHING",
    // Every recorded command id, with the answer to repeat if it comes again.
    "CREATE TABLE IF NOT EXISTS commands (command_id TEXT PRIMARY KEY, stream_id TEXT NOT NULL, position BIGINT NOT NULL, response TEXT)",
];

/// At most this many appends share one transaction.
const MAX_BATCH: usize = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

enum Job {
    Append(AppendRequest, oneshot::Sender<Result<Appended, StoreError>>),
    Import(Vec<RecordedEvent>, oneshot::Sender<Result<(), StoreError>>),
}

/// The SQL event store; also hands out its pool to read models kept in the same database.
#[derive(Clone, Debug)]
pub struct SqlEventStore {
    pool: AnyPool,
    dialect: Dialect,
    jobs: mpsc::Sender<Job>,
    head: Arc<watch::Sender<u64>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Job")
    }
}

fn dialect_of(url: &str) -> Result<Dialect, StoreError> {
    if url.starts_with("sqlite:") {
        Ok(Dialect::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Dialect::Postgres)
    } else {
        Err(StoreError::UnsupportedUrl(url.to_owned()))
    }
}

/// For SQLite: creates the folder of the file and asks for the file to be created if missing.
fn prepare_url(url: &str, dialect: Dialect) -> Result<String, StoreError> {
    if dialect == Dialect::Postgres {
        return Ok(url.to_owned());
    }
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or(path);
    if let Some(dir) = std::path::Path::new(file).parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Database(e.into()))?;
        }
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    Ok(format!("{url}{sep}mode=rwc"))
}

/// Connection settings for SQLite: WAL, and `synchronous` as given (FULL for the log writer,
/// so an acknowledged append survives power loss; NORMAL for read models, which can be rebuilt).
async fn sqlite_pragmas(conn: &mut AnyConnection, synchronous: &str) -> Result<(), sqlx::Error> {
    conn.execute("PRAGMA journal_mode = WAL").await?;
    conn.execute(format!("PRAGMA synchronous = {synchronous}").as_str())
        .await?;
    conn.execute("PRAGMA busy_timeout = 10000").await?;
    Ok(())
}

impl SqlEventStore {
    /// Opens (and creates, for SQLite) the database at `url`, ensures the schema exists and
    /// starts the writer.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        sqlx::any::install_default_drivers();
        let dialect = dialect_of(url)?;
        let url = prepare_url(url, dialect)?;
        let max = match dialect {
            Dialect::Sqlite => 8,
            Dialect::Postgres => 16,
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        sqlite_pragmas(conn, "NORMAL").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        for statement in SCHEMA {
            pool.execute(*statement).await?;
        }
        let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
        let mut writer = AnyConnection::connect_with(&options).await?;
        if dialect == Dialect::Sqlite {
            sqlite_pragmas(&mut writer, "FULL").await?;
        }
        let head_position: i64 = sqlx::query_scalar("SELECT position FROM log_head WHERE id = 1")
            .fetch_one(&pool)
            .await?;
        let (head, _) = watch::channel(u64::try_from(head_position).unwrap_or_default());
        let head = Arc::new(head);
        let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run_writer(writer, queue, head.clone()));
        Ok(Self {
            pool,
            dialect,
            jobs,
            head,
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

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

/// The writer task: drains waiting jobs into one transaction each round.
async fn run_writer(
    mut conn: AnyConnection,
    mut queue: mpsc::Receiver<Job>,
    head: Arc<watch::Sender<u64>>,
) {
    while let Some(first) = queue.recv().await {
        let mut appends = Vec::new();
        let mut pending = Some(first);
        while let Some(job) = pending.take() {
            match job {
                Job::Append(request, reply) => appends.push((request, reply)),
                Job::Import(events, reply) => {
                    // Imports are large; they get a transaction of their own.
                    let result = import_events(&mut conn, &events).await;
                    if let Ok(position) = &result {
                        head.send_replace(*position);
                    }
                    let _ = reply.send(result.map(|_| ()));
                }
            }
            if appends.len() < MAX_BATCH {
                pending = queue.try_recv().ok();
            }
        }
        if appends.is_empty() {
            continue;
        }
        let requests: Vec<&AppendRequest> = appends.iter().map(|(r, _)| r).collect();
        match write_batch(&mut conn, &requests).await {
            Ok((results, position)) => {
                head.send_replace(position);
                for ((_, reply), result) in appends.into_iter().zip(results) {
                    let _ = reply.send(result);
                }
            }
            Err(err) => {
                tracing::error!(error = %err, batch = appends.len(), "append batch failed");
                let message = err.to_string();
                for (_, reply) in appends {
                    let _ = reply.send(Err(StoreError::Database(sqlx::Error::Protocol(
                        message.clone(),
                    ))));
                }
            }
        }
    }
}

/// Locks the head row and returns the head's position and hash.
async fn lock_head(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
) -> Result<(u64, [u8; 32]), StoreError> {
    let row = sqlx::query(
        "UPDATE log_head SET position = position WHERE id = 1 RETURNING position, hash",
    )
    .fetch_one(&mut **tx)
    .await?;
    let position: i64 = row.try_get("position")?;
    let hash: String = row.try_get("hash")?;
    let hash = hash::from_hex(&hash).ok_or_else(|| StoreError::Corrupt("head hash".into()))?;
    Ok((to_u64(position), hash))
}

async fn set_head(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    position: u64,
    hash: &[u8; 32],
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE log_head SET position = $1, hash = $2 WHERE id = 1")
        .bind(to_i64(position))
        .bind(hash::to_hex(hash))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn insert_event(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    event: &RecordedEvent,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO events (position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(to_i64(event.position))
    .bind(&event.stream_id)
    .bind(to_i64(event.stream_version))
    .bind(&event.event_type)
    .bind(i64::from(event.schema_version))
    .bind(&event.payload)
    .bind(&event.metadata)
    .bind(&event.recorded_at)
    .bind(&event.hash)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Writes a batch of appends in one transaction. An append whose stream moved on or whose
/// command was recorded before gets its error and writes nothing; the others go ahead.
async fn write_batch(
    conn: &mut AnyConnection,
    requests: &[&AppendRequest],
) -> Result<(Vec<Result<Appended, StoreError>>, u64), StoreError> {
    let mut tx = conn.begin().await?;
    let (mut position, mut previous) = lock_head(&mut tx).await?;
    let recorded_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let mut versions: HashMap<&str, u64> = HashMap::new();
    let mut commands_seen: HashSet<&str> = HashSet::new();
    let mut results = Vec::with_capacity(requests.len());
    'requests: for request in requests {
        let stream = request.stream_id.as_str();
        let actual = match versions.get(stream) {
            Some(v) => *v,
            None => to_u64(
                sqlx::query_scalar(
                    "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream_id = $1",
                )
                .bind(stream)
                .fetch_one(&mut *tx)
                .await?,
            ),
        };
        if actual != request.expected_version {
            results.push(Err(StoreError::Conflict {
                stream: stream.to_owned(),
                expected: request.expected_version,
                actual,
            }));
            continue;
        }
        for command in &request.commands {
            let id = command.metadata.command_id.as_str();
            let recorded: Option<String> =
                sqlx::query_scalar("SELECT command_id FROM commands WHERE command_id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            if recorded.is_some() || commands_seen.contains(id) {
                results.push(Err(StoreError::DuplicateCommand(id.to_owned())));
                continue 'requests;
            }
        }
        let mut version = actual;
        for command in &request.commands {
            commands_seen.insert(command.metadata.command_id.as_str());
            let metadata = serde_json::to_string(&command.metadata)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            for event in &command.events {
                position += 1;
                version += 1;
                let mut recorded = RecordedEvent {
                    position,
                    stream_id: request.stream_id.clone(),
                    stream_version: version,
                    event_type: event.event_type.clone(),
                    schema_version: event.schema_version,
                    payload: event.payload.clone(),
                    metadata: metadata.clone(),
                    recorded_at: recorded_at.clone(),
                    hash: String::new(),
                };
                previous = hash::chain(&previous, &recorded);
                recorded.hash = hash::to_hex(&previous);
                insert_event(&mut tx, &recorded).await?;
            }
            sqlx::query(
                "INSERT INTO commands (command_id, stream_id, position, response) VALUES ($1, $2, $3, $4)",
            )
            .bind(&command.metadata.command_id)
            .bind(stream)
            .bind(to_i64(position))
            .bind(command.response.as_deref())
            .execute(&mut *tx)
            .await?;
        }
        versions.insert(stream, version);
        results.push(Ok(Appended {
            last_position: position,
            stream_version: version,
        }));
    }
    set_head(&mut tx, position, &previous).await?;
    tx.commit().await?;
    Ok((results, position))
}

/// Appends recorded events as they are, after checking that they continue the log and chain.
async fn import_events(
    conn: &mut AnyConnection,
    events: &[RecordedEvent],
) -> Result<u64, StoreError> {
    let mut tx = conn.begin().await?;
    let (mut position, mut previous) = lock_head(&mut tx).await?;
    for event in events {
        if event.position != position + 1 {
            return Err(StoreError::Corrupt(format!(
                "imported event at position {} does not follow the head at {position}",
                event.position
            )));
        }
        let expected = hash::chain(&previous, event);
        if hash::to_hex(&expected) != event.hash {
            return Err(StoreError::Corrupt(format!(
                "imported event at position {} does not continue the hash chain",
                event.position
            )));
        }
        insert_event(&mut tx, event).await?;
        position = event.position;
        previous = expected;
    }
    set_head(&mut tx, position, &previous).await?;
    tx.commit().await?;
    Ok(position)
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
        hash: row.try_get("hash")?,
    })
}

const SELECT_EVENT: &str = "SELECT position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at, hash FROM events";

#[async_trait]
impl EventStore for SqlEventStore {
    async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job::Append(request, reply))
            .await
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }

    async fn read_stream(
        &self,
        stream_id: &str,
        after_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(&format!(
            "{SELECT_EVENT} WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version"
        ))
        .bind(stream_id)
        .bind(to_i64(after_version))
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
        Ok(to_u64(head))
    }

    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError> {
        let row = sqlx::query("SELECT position, response FROM commands WHERE command_id = $1")
            .bind(command_id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => {
                let position: i64 = row.try_get("position")?;
                let response: Option<String> = row.try_get("response")?;
                Ok(Some(RecordedCommand {
                    position: to_u64(position),
                    response: response.unwrap_or_default(),
                }))
            }
            None => Ok(None),
        }
    }

    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job::Import(events.to_vec(), reply))
            .await
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }
}

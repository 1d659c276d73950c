//! The event store on PostgreSQL, through sqlx. Appends of this process go through one writer
//! task that commits every waiting append in one transaction (group commit). Appends of other
//! processes on the same database are serialised by the row lock on `log_head`, which every
//! write transaction takes first: global positions stay gap-free and in commit order, so a
//! subscriber never sees position n+1 before n, with any number of servers.

use super::plan::{self, Head, Planned};
use super::queue::{self, answer_import, Round, Writes};
use super::{
    hash, AppendRequest, Appended, EventStore, RecordedCommand, RecordedEvent, StoreError,
};
use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::{
    ConnectOptions, Connection, Executor, PgConnection, PgPool, Postgres, Row, Transaction,
};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// The PostgreSQL event store; cheap to clone.
#[derive(Clone)]
pub struct PostgresEventStore {
    pool: PgPool,
    jobs: Writes,
    head: Arc<watch::Sender<u64>>,
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

impl PostgresEventStore {
    /// Connects, ensures the schema exists and starts the writer.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect(url)
            .await?;
        // Two servers starting at once must not race to create the tables.
        let mut tx = pool.begin().await?;
        tx.execute("SELECT pg_advisory_xact_lock(7303)").await?;
        for statement in plan::SCHEMA {
            tx.execute(*statement).await?;
        }
        tx.commit().await?;
        let options = PgConnectOptions::from_str(url)?.disable_statement_logging();
        let writer = PgConnection::connect_with(&options).await?;
        let position: i64 = sqlx::query_scalar(plan::READ_HEAD).fetch_one(&pool).await?;
        let head = Arc::new(watch::channel(to_u64(position)).0);
        let (jobs, queue) = queue::channel();
        tokio::spawn(run_writer(writer, queue, head.clone()));
        Ok(Self { pool, jobs, head })
    }
}

async fn run_writer(
    mut conn: PgConnection,
    mut queue: mpsc::Receiver<queue::Job>,
    head: Arc<watch::Sender<u64>>,
) {
    while let Some(first) = queue.recv().await {
        let round = Round::gather(first, &mut queue);
        for (events, reply) in round.imports {
            answer_import(reply, import_events(&mut conn, &events).await, &head);
        }
        if round.appends.is_empty() {
            continue;
        }
        let round = Round {
            imports: Vec::new(),
            ..round
        };
        let outcome = write_batch(&mut conn, &round.requests()).await;
        round.answer(outcome, &head);
    }
}

async fn lock_head(tx: &mut Transaction<'_, Postgres>) -> Result<Head, StoreError> {
    let row = sqlx::query(plan::LOCK_HEAD).fetch_one(&mut **tx).await?;
    let position: i64 = row.try_get(0)?;
    let hash_hex: String = row.try_get(1)?;
    let hash = hash::from_hex(&hash_hex).ok_or_else(|| StoreError::Corrupt("head hash".into()))?;
    Ok(Head {
        position: to_u64(position),
        hash,
    })
}

async fn insert_events(
    tx: &mut Transaction<'_, Postgres>,
    events: &[RecordedEvent],
) -> Result<(), StoreError> {
    for e in events {
        sqlx::query(plan::INSERT_EVENT)
            .bind(to_i64(e.position))
            .bind(&e.stream_id)
            .bind(to_i64(e.stream_version))
            .bind(&e.event_type)
            .bind(i64::from(e.schema_version))
            .bind(&e.payload)
            .bind(&e.metadata)
            .bind(&e.recorded_at)
            .bind(&e.hash)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

async fn set_head(tx: &mut Transaction<'_, Postgres>, head: &Head) -> Result<(), StoreError> {
    sqlx::query(plan::SET_HEAD)
        .bind(to_i64(head.position))
        .bind(hash::to_hex(&head.hash))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

type BatchResult = (Vec<Result<Appended, StoreError>>, u64);

async fn write_batch(
    conn: &mut PgConnection,
    requests: &[&AppendRequest],
) -> Result<BatchResult, StoreError> {
    let mut tx = conn.begin().await?;
    let head = lock_head(&mut tx).await?;
    let (streams, ids) = plan::lookups(requests);
    let mut versions = HashMap::with_capacity(streams.len());
    for stream in streams {
        let v: i64 = sqlx::query_scalar(plan::STREAM_VERSION)
            .bind(&stream)
            .fetch_one(&mut *tx)
            .await?;
        versions.insert(stream, to_u64(v));
    }
    let mut recorded = HashSet::new();
    for id in ids {
        if sqlx::query(plan::COMMAND_EXISTS)
            .bind(&id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some()
        {
            recorded.insert(id);
        }
    }
    let Planned {
        events,
        commands,
        results,
        head,
    } = plan::plan(head, &versions, &recorded, requests, &plan::now_stamp());
    insert_events(&mut tx, &events).await?;
    for c in &commands {
        sqlx::query(plan::INSERT_COMMAND)
            .bind(&c.command_id)
            .bind(&c.stream_id)
            .bind(to_i64(c.position))
            .bind(c.response.as_deref())
            .execute(&mut *tx)
            .await?;
    }
    set_head(&mut tx, &head).await?;
    tx.commit().await?;
    Ok((results, head.position))
}

async fn import_events(
    conn: &mut PgConnection,
    events: &[RecordedEvent],
) -> Result<u64, StoreError> {
    let mut tx = conn.begin().await?;
    let head = plan::check_import(lock_head(&mut tx).await?, events)?;
    insert_events(&mut tx, events).await?;
    set_head(&mut tx, &head).await?;
    tx.commit().await?;
    Ok(head.position)
}

fn row_to_event(row: &PgRow) -> Result<RecordedEvent, StoreError> {
    Ok(RecordedEvent {
        position: to_u64(row.try_get(0)?),
        stream_id: row.try_get(1)?,
        stream_version: to_u64(row.try_get(2)?),
        event_type: row.try_get(3)?,
        schema_version: u32::try_from(row.try_get::<i64, _>(4)?).unwrap_or(u32::MAX),
        payload: row.try_get(5)?,
        metadata: row.try_get(6)?,
        recorded_at: row.try_get(7)?,
        hash: row.try_get(8)?,
    })
}

#[async_trait]
impl EventStore for PostgresEventStore {
    async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError> {
        self.jobs.append(request).await
    }

    async fn read_stream(
        &self,
        stream_id: &str,
        after_version: u64,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(plan::READ_STREAM)
            .bind(stream_id)
            .bind(to_i64(after_version))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(row_to_event).collect()
    }

    async fn read_all(&self, after: u64, limit: u32) -> Result<Vec<RecordedEvent>, StoreError> {
        let rows = sqlx::query(plan::READ_ALL)
            .bind(to_i64(after))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(row_to_event).collect()
    }

    async fn head(&self) -> Result<u64, StoreError> {
        let head: i64 = sqlx::query_scalar(plan::READ_HEAD)
            .fetch_one(&self.pool)
            .await?;
        Ok(to_u64(head))
    }

    async fn head_hash(&self) -> Result<Option<(u64, String)>, StoreError> {
        let (position, hash): (i64, String) = sqlx::query_as(plan::READ_HEAD_HASH)
            .fetch_one(&self.pool)
            .await?;
        Ok(Some((to_u64(position), hash)))
    }

    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError> {
        let row = sqlx::query(plan::READ_COMMAND)
            .bind(command_id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some(RecordedCommand {
                position: to_u64(row.try_get(0)?),
                response: row.try_get::<Option<String>, _>(1)?.unwrap_or_default(),
            })),
            None => Ok(None),
        }
    }

    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        self.jobs.import(events).await
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }

    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<(u64, String)>, StoreError> {
        let row = sqlx::query(plan::READ_SNAPSHOT)
            .bind(stream_id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some((to_u64(row.try_get(0)?), row.try_get(1)?))),
            None => Ok(None),
        }
    }

    async fn save_snapshot(
        &self,
        stream_id: &str,
        version: u64,
        state: String,
    ) -> Result<(), StoreError> {
        sqlx::query(plan::SAVE_SNAPSHOT)
            .bind(stream_id)
            .bind(to_i64(version))
            .bind(state)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

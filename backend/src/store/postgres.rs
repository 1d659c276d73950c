//! The event store on PostgreSQL, through sqlx. Appends of this process go through one writer
//! task that commits every waiting append in one transaction (group commit). Appends of other
//! processes on the same database are serialised by the row lock on `log_head`, which every
//! write transaction takes first: global positions stay gap-free and in commit order, so a
//! subscriber never sees position n+1 before n, with any number of servers.

use super::plan::{self, to_i64, to_u64, Head};
use super::queue::{self, answer_import, Round, Writes};
use super::{
    hash, AppendRequest, Appended, EventStore, Events, RecordedCommand, RecordedEvent, Snapshot,
    StoreError,
};
use async_trait::async_trait;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::{
    ConnectOptions, Connection, Executor, PgConnection, PgPool, Postgres, Row, Transaction,
};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

/// The PostgreSQL event store; cheap to clone.
#[derive(Clone)]
pub struct PostgresEventStore {
    pool: PgPool,
    jobs: Writes,
    head: Arc<watch::Sender<u64>>,
    /// Whether the writer holds an open connection (false while it reconnects).
    writer_up: Arc<AtomicBool>,
}

/// How long opening a connection, or waiting for a free one in the pool, may take before the
/// database counts as unavailable (and the request is answered 503).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// The writer's pauses between attempts to reconnect: doubling from the first to the last.
const RECONNECT_FIRST_PAUSE: Duration = Duration::from_millis(50);
const RECONNECT_MAX_PAUSE: Duration = Duration::from_millis(500);
/// A writer connection idle this long is checked (one round trip) before it takes a batch, so
/// that a database restarted in the meantime costs no failed write.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(1);

impl PostgresEventStore {
    /// Connects, ensures the schema exists and starts the writer.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(CONNECT_TIMEOUT)
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
        let mut writer = Writer::new(options);
        writer.connect().await?;
        let position: i64 = sqlx::query_scalar(plan::READ_HEAD).fetch_one(&pool).await?;
        let head = Arc::new(watch::channel(to_u64(position)).0);
        let (jobs, queue) = queue::channel();
        let writer_up = writer.up.clone();
        tokio::spawn(run_writer(writer, queue, head.clone()));
        Ok(Self {
            pool,
            jobs,
            head,
            writer_up,
        })
    }
}

/// The writer's own connection: opened within [`CONNECT_TIMEOUT`], dropped as soon as the
/// database cannot be reached through it, and opened again with growing pauses.
struct Writer {
    options: PgConnectOptions,
    conn: Option<PgConnection>,
    last_used: Instant,
    pause: Duration,
    up: Arc<AtomicBool>,
}

impl Writer {
    fn new(options: PgConnectOptions) -> Self {
        Self {
            options,
            conn: None,
            last_used: Instant::now(),
            pause: RECONNECT_FIRST_PAUSE,
            up: Arc::default(),
        }
    }

    async fn connect(&mut self) -> Result<(), StoreError> {
        let conn = tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(&self.options))
            .await
            .map_err(|_| StoreError::Unavailable("no connection within 3 s".into()))??;
        self.conn = Some(conn);
        self.last_used = Instant::now();
        self.pause = RECONNECT_FIRST_PAUSE;
        self.up.store(true, Ordering::Release);
        Ok(())
    }

    /// Forgets a connection through which the database could not be reached.
    fn lost(&mut self, err: &StoreError) {
        if err.is_unavailable() && self.conn.take().is_some() {
            tracing::warn!(error = %err, "event store writer lost its connection; reconnecting");
            self.up.store(false, Ordering::Release);
        }
    }

    /// The pause before the next attempt to reconnect (50 ms, 100 ms, … 500 ms).
    fn next_pause(&mut self) -> Duration {
        let pause = self.pause;
        self.pause = (pause * 2).min(RECONNECT_MAX_PAUSE);
        pause
    }

    /// The open connection, checked first if it has been idle; None when it is broken.
    async fn ready(&mut self) -> Option<&mut PgConnection> {
        if self.last_used.elapsed() >= CHECK_AFTER_IDLE {
            let alive = match self.conn.as_mut() {
                Some(conn) => conn.ping().await.map_err(StoreError::from),
                None => Ok(()),
            };
            if let Err(err) = alive {
                self.lost(&err);
                if let Err(err) = self.connect().await {
                    tracing::warn!(error = %err, "event store writer cannot reconnect");
                }
            }
        }
        self.last_used = Instant::now();
        self.conn.as_mut()
    }
}

/// Answers a job at once: the writer has no connection.
fn refuse(job: queue::Job, err: &StoreError) {
    let unavailable = || StoreError::Unavailable(err.to_string());
    match job {
        queue::Job::Append(_, reply) => {
            let _ = reply.send(Err(unavailable()));
        }
        queue::Job::Import(_, reply) => {
            let _ = reply.send(Err(unavailable()));
        }
    }
}

async fn run_writer(
    mut writer: Writer,
    mut queue: mpsc::Receiver<queue::Job>,
    head: Arc<watch::Sender<u64>>,
) {
    loop {
        if writer.conn.is_none() {
            // Without a connection, try again after a pause, and answer whatever arrives
            // meanwhile at once (503) rather than let it wait.
            if let Err(err) = writer.connect().await {
                let until = tokio::time::Instant::now() + writer.next_pause();
                loop {
                    tokio::select! {
                        job = queue.recv() => match job {
                            Some(job) => refuse(job, &err),
                            None => return,
                        },
                        () = tokio::time::sleep_until(until) => break,
                    }
                }
                continue;
            }
            tracing::info!("event store writer connected");
        }
        let Some(first) = queue.recv().await else {
            return;
        };
        let round = Round::gather(first, &mut queue);
        let Some(conn) = writer.ready().await else {
            let err = StoreError::Unavailable("the writer has no connection".into());
            for (_, reply) in round.appends {
                let _ = reply.send(Err(StoreError::Unavailable(err.to_string())));
            }
            for (_, reply) in round.imports {
                let _ = reply.send(Err(StoreError::Unavailable(err.to_string())));
            }
            continue;
        };
        let mut broken = None;
        for (events, reply) in round.imports {
            let outcome = import_events(conn, &events).await;
            if let Err(err) = &outcome {
                if err.is_unavailable() {
                    broken = Some(StoreError::Unavailable(err.to_string()));
                }
            }
            answer_import(reply, outcome, &head);
        }
        let round = Round {
            imports: Vec::new(),
            ..round
        };
        if !round.appends.is_empty() {
            let outcome = write_batch(conn, &round.requests()).await;
            if let Err(err) = &outcome {
                if err.is_unavailable() {
                    broken = Some(StoreError::Unavailable(err.to_string()));
                }
            }
            round.answer(outcome, &head);
        }
        if let Some(err) = broken {
            writer.lost(&err);
        }
    }
}

async fn lock_head(tx: &mut Transaction<'_, Postgres>) -> Result<Head, StoreError> {
    let row = sqlx::query(plan::LOCK_HEAD).fetch_one(&mut **tx).await?;
    let hash_hex: String = row.try_get(1)?;
    plan::head_of(row.try_get(0)?, &hash_hex)
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
    let planned = plan::plan(head, &versions, &recorded, requests, &plan::now_stamp());
    insert_events(&mut tx, &planned.events).await?;
    for c in &planned.commands {
        sqlx::query(plan::INSERT_COMMAND)
            .bind(&c.command_id)
            .bind(&c.stream_id)
            .bind(to_i64(c.position))
            .bind(c.response.as_deref())
            .execute(&mut *tx)
            .await?;
    }
    set_head(&mut tx, &planned.head).await?;
    tx.commit().await?;
    Ok((planned.results, planned.head.position))
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
    plan::event_from_row(|i| row.try_get(i), |i| row.try_get(i)).map_err(StoreError::from)
}

#[async_trait]
impl EventStore for PostgresEventStore {
    async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError> {
        self.jobs.append(request).await
    }

    async fn read_stream(&self, stream_id: &str, after_version: u64) -> Events {
        let rows = sqlx::query(plan::READ_STREAM)
            .bind(stream_id)
            .bind(to_i64(after_version))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(row_to_event).collect()
    }

    async fn read_all(&self, after: u64, limit: u32) -> Events {
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

    async fn ready(&self) -> Result<u64, StoreError> {
        if !self.writer_up.load(Ordering::Acquire) {
            return Err(StoreError::Unavailable("the writer is reconnecting".into()));
        }
        self.head().await
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

    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<Snapshot>, StoreError> {
        let row = sqlx::query(plan::READ_SNAPSHOT)
            .bind(stream_id)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some(Snapshot {
                version: to_u64(row.try_get(0)?),
                state: row.try_get(1)?,
            })),
            None => Ok(None),
        }
    }

    async fn save_snapshot(&self, stream_id: &str, snapshot: Snapshot) -> Result<(), StoreError> {
        sqlx::query(plan::SAVE_SNAPSHOT)
            .bind(stream_id)
            .bind(to_i64(snapshot.version))
            .bind(snapshot.state)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

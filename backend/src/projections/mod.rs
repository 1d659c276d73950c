//! Read models fed from the log in global order. Every projection folds a batch of events
//! into statements; the projector commits the statements of all of them together with their
//! one checkpoint, in one transaction, so a crash neither loses nor double-applies an event,
//! and every read model can be dropped and rebuilt from the log.
//!
//! The projections, in the order their statements are written:
//! - [`catalogue`]: sessions, bookings, rosters (what residents and the office read);
//! - [`staff`]: accounts, ambassadors, outreach, principles, ideas;
//! - [`interests`]: the interest list and whom it told of which session;
//! - [`crate::notifications`]: not a read model but the rules for which event sends which
//!   message; its outbox rows are enqueued exactly once per event because they share the
//!   checkpoint's transaction.

pub mod catalogue;
pub mod interests;
pub mod staff;

use crate::codec::{decode_logged, DecodeError, LoggedEvent};
use crate::store::{EventStore, StoreError};
use async_trait::async_trait;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

pub use catalogue::Catalogue;

pub mod db;

pub use db::ReadDb;
use db::{Statement, Value};

/// The name of the read models' checkpoint (and the label of the CLI and the metrics): one
/// checkpoint for all projections, which are rebuilt together.
pub const NAME: &str = "catalogue";

/// Raised whenever a read-model table changes shape: on start, tables of another version are
/// dropped and rebuilt from the log (read models are never migrated in place).
const SCHEMA_VERSION: i64 = 7;

/// One event of the log as the projections see it.
pub struct Logged<'a> {
    pub position: i64,
    pub stream_id: &'a str,
    pub recorded_at: &'a str,
    pub event: LoggedEvent,
}

/// What a projection made of a batch: statements, and what to do once they are committed.
#[derive(Default)]
pub struct Folded {
    pub statements: Vec<Statement>,
    /// Runs after the transaction committed (say, to update what a model keeps in memory).
    pub on_commit: Option<Box<dyn FnOnce() + Send>>,
}

impl From<Vec<Statement>> for Folded {
    fn from(statements: Vec<Statement>) -> Self {
        Self {
            statements,
            on_commit: None,
        }
    }
}

/// A projection of the log: a read model, or a policy that turns events into side effects
/// (rows of the outbox) in the read models' transaction.
#[async_trait]
pub trait Projection: Send + Sync {
    /// The tables a rebuild empties and a new schema version drops. The outbox is none of
    /// them: it is never dropped.
    fn tables(&self) -> &'static [&'static str];
    /// The statements that create the projection's tables (if they do not exist yet).
    fn schema(&self) -> &'static [&'static str];
    /// The statements that bring the tables past `events` (in the order of the log).
    async fn fold(&self, events: &[Logged<'_>]) -> Result<Folded, ProjectionError>;
    /// Reads what the projection keeps in memory anew from its tables: after a reset, and
    /// after a batch that another process applied first.
    async fn reload(&self) -> Result<(), ProjectionError> {
        Ok(())
    }
}

/// How many events one catch-up transaction applies at most.
const BATCH: u32 = 20_000;
/// Events written by another process are noticed at the latest after this long; events of
/// this process wake the projector at once.
const OTHER_WRITERS: Duration = Duration::from_millis(250);

/// Where every read model keeps its position in the log (and the schema version).
const CHECKPOINTS: &str = "CREATE TABLE IF NOT EXISTS projection_checkpoints (name TEXT PRIMARY KEY, position BIGINT NOT NULL)";

#[derive(Debug, thiserror::Error)]
pub enum ProjectionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("read model database: {0}")]
    Sql(sqlx::Error),
    #[error("read model database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("read model database: {0}")]
    Database(String),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("the read model did not catch up in time")]
    Timeout,
}

impl From<sqlx::Error> for ProjectionError {
    /// A database that cannot be reached is the store's `Unavailable`, whichever pool saw it.
    fn from(err: sqlx::Error) -> Self {
        if crate::store::is_unavailable(&err) {
            ProjectionError::Store(err.into())
        } else {
            ProjectionError::Sql(err)
        }
    }
}

impl ProjectionError {
    /// True when the database could not be reached, or the read models could not follow the
    /// log in time (an outage): worth trying again shortly.
    pub fn is_unavailable(&self) -> bool {
        match self {
            ProjectionError::Store(e) => e.is_unavailable(),
            ProjectionError::Timeout => true,
            _ => false,
        }
    }
}

/// Keeps the read models up to date: a catch-up subscriber that follows the log live.
pub struct Projector {
    store: Arc<dyn EventStore>,
    db: ReadDb,
    projections: Vec<Arc<dyn Projection>>,
    running: tokio::sync::Mutex<()>,
    checkpoint: watch::Sender<u64>,
}

impl Projector {
    /// Opens the projections' tables: those of another schema version (or none yet) are
    /// dropped and made anew, for the catch-up to rebuild them.
    pub async fn open(
        store: Arc<dyn EventStore>,
        db: ReadDb,
        projections: Vec<Arc<dyn Projection>>,
    ) -> Result<Self, ProjectionError> {
        db.execute_all(&[CHECKPOINTS]).await?;
        let version = db
            .query(
                "SELECT position FROM projection_checkpoints WHERE name = 'schema'",
                vec![],
            )
            .await?
            .first()
            .and_then(|r| r.first())
            .map(Value::int);
        if version != Some(SCHEMA_VERSION) {
            let mut drop: Vec<String> = projections
                .iter()
                .flat_map(|p| p.tables())
                .map(|t| format!("DROP TABLE IF EXISTS {t}"))
                .collect();
            drop.push(format!(
                "DELETE FROM projection_checkpoints WHERE name = '{NAME}'"
            ));
            let drop: Vec<&str> = drop.iter().map(String::as_str).collect();
            db.execute_all(&drop).await?;
        }
        for projection in &projections {
            db.execute_all(projection.schema()).await?;
        }
        db.execute_all(&[
            &format!("INSERT INTO projection_checkpoints (name, position) VALUES ('{NAME}', 0) ON CONFLICT (name) DO NOTHING"),
            &format!("INSERT INTO projection_checkpoints (name, position) VALUES ('schema', {SCHEMA_VERSION}) ON CONFLICT (name) DO UPDATE SET position = {SCHEMA_VERSION}"),
        ])
        .await?;
        for projection in &projections {
            projection.reload().await?;
        }
        let (checkpoint, _) = watch::channel(0);
        Ok(Self {
            store,
            db,
            projections,
            running: Default::default(),
            checkpoint,
        })
    }

    /// The name of the read models, for metrics and the CLI.
    pub fn name(&self) -> &'static str {
        NAME
    }

    /// The position the read models' tables have reached.
    async fn stored_checkpoint(&self) -> Result<u64, ProjectionError> {
        Ok(self
            .db
            .query_value(
                "SELECT position FROM projection_checkpoints WHERE name = $1",
                vec![NAME.into()],
            )
            .await?
            .map_or(0, |v| u64::try_from(v.int()).unwrap_or(0)))
    }

    /// Folds `events` into every projection and moves the checkpoint from `from` to `last`,
    /// all in one transaction. Returns false, having applied nothing, when the checkpoint was
    /// no longer at `from` (another process applied these events first).
    async fn apply_batch(
        &self,
        events: &[Logged<'_>],
        from: u64,
        last: u64,
    ) -> Result<bool, ProjectionError> {
        let mut statements = Vec::new();
        let mut on_commit = Vec::new();
        for projection in &self.projections {
            let folded = projection.fold(events).await?;
            statements.extend(folded.statements);
            on_commit.extend(folded.on_commit);
        }
        // The checkpoint moves first, as a compare-and-set: it keeps two processes from
        // applying the same events twice.
        let guard = Statement::new(
            "UPDATE projection_checkpoints SET position = $1 WHERE name = $2 AND position = $3",
            vec![
                i64::try_from(last).unwrap_or(i64::MAX).into(),
                NAME.into(),
                i64::try_from(from).unwrap_or(i64::MAX).into(),
            ],
        );
        let committed = self.db.write_guarded(guard, statements).await?;
        if committed {
            on_commit.into_iter().for_each(|f| f());
        } else {
            self.reload().await?;
        }
        Ok(committed)
    }

    async fn reload(&self) -> Result<(), ProjectionError> {
        for projection in &self.projections {
            projection.reload().await?;
        }
        Ok(())
    }

    /// Empties every read model's tables and sets the checkpoint back to the start of the log.
    async fn reset(&self) -> Result<(), ProjectionError> {
        let guard = Statement::new(
            "UPDATE projection_checkpoints SET position = 0 WHERE name = $1",
            vec![NAME.into()],
        );
        let statements = self
            .projections
            .iter()
            .flat_map(|p| p.tables())
            .map(|t| Statement::new(format!("DELETE FROM {t}"), vec![]))
            .collect();
        self.db.write_guarded(guard, statements).await?;
        self.reload().await
    }

    /// Hears the checkpoint each time the read models move on.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.checkpoint.subscribe()
    }

    /// The position the read model has reached.
    pub fn checkpoint(&self) -> u64 {
        *self.checkpoint.borrow()
    }

    /// Applies every event after the stored checkpoint; returns the new checkpoint.
    /// `progress` hears the checkpoint after each batch.
    pub async fn catch_up_with(
        &self,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<u64, ProjectionError> {
        let _one_at_a_time = self.running.lock().await;
        let mut checkpoint = self.stored_checkpoint().await?;
        self.checkpoint.send_replace(checkpoint);
        let mut events = self.store.read_all(checkpoint, BATCH).await?;
        loop {
            let Some(last) = events.last().map(|e| e.position) else {
                return Ok(checkpoint);
            };
            let decoded = events
                .iter()
                .map(|e| {
                    Ok(Logged {
                        position: i64::try_from(e.position).unwrap_or(i64::MAX),
                        stream_id: e.stream_id.as_str(),
                        recorded_at: e.recorded_at.as_str(),
                        event: decode_logged(e)?,
                    })
                })
                .collect::<Result<Vec<_>, DecodeError>>()?;
            // Read the next page while this one is written.
            let (next, applied) = tokio::join!(
                self.store.read_all(last, BATCH),
                self.apply_batch(&decoded, checkpoint, last)
            );
            if applied? {
                checkpoint = last;
                events = next?;
            } else {
                checkpoint = self.stored_checkpoint().await?;
                events = self.store.read_all(checkpoint, BATCH).await?;
            }
            self.checkpoint.send_replace(checkpoint);
            progress(checkpoint);
        }
    }

    pub async fn catch_up(&self) -> Result<u64, ProjectionError> {
        self.catch_up_with(&|_| {}).await
    }

    /// Waits until the read models have applied the event at `position`.
    pub async fn wait_for(&self, position: u64) -> Result<(), ProjectionError> {
        let mut checkpoint = self.checkpoint.subscribe();
        let reached = tokio::time::timeout(Duration::from_secs(10), async {
            checkpoint.wait_for(|c| *c >= position).await.is_ok()
        })
        .await;
        match reached {
            Ok(true) => Ok(()),
            _ => Err(ProjectionError::Timeout),
        }
    }

    /// Follows the log until the process ends: wakes on each commit of this process, and
    /// looks for other processes' events every `OTHER_WRITERS`.
    pub async fn follow(self: Arc<Self>) {
        let mut heads = self.store.subscribe();
        loop {
            if let Err(err) = self.catch_up().await {
                tracing::error!(error = %err, model = self.name(), "read model could not catch up");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            tokio::select! {
                changed = heads.changed() => if changed.is_err() { return },
                () = tokio::time::sleep(OTHER_WRITERS) => {}
            }
        }
    }

    /// Drops the read model and replays the whole log into it.
    pub async fn rebuild_with(
        &self,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<u64, ProjectionError> {
        {
            let _one_at_a_time = self.running.lock().await;
            self.reset().await?;
            self.checkpoint.send_replace(0);
        }
        self.catch_up_with(progress).await
    }
}

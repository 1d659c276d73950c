//! Read models fed from the log in global order. Each model stores its rows and its
//! checkpoint in one transaction, so a crash neither loses nor double-applies an event, and
//! every model can be dropped and rebuilt from the log.

pub mod catalogue;
pub mod staff;

use crate::codec::{decode_logged, DecodeError};
use crate::store::{EventStore, StoreError};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

pub use catalogue::Catalogue;

pub mod db;

pub use db::ReadDb;

/// How many events one catch-up transaction applies at most.
const BATCH: u32 = 20_000;
/// Events written by another process are noticed at the latest after this long; events of
/// this process wake the projector at once.
const OTHER_WRITERS: Duration = Duration::from_millis(250);

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

/// Keeps the catalogue up to date: a catch-up subscriber that follows the log live.
pub struct Projector {
    store: Arc<dyn EventStore>,
    catalogue: Catalogue,
    running: tokio::sync::Mutex<()>,
    checkpoint: watch::Sender<u64>,
}

impl Projector {
    pub fn new(store: Arc<dyn EventStore>, catalogue: Catalogue) -> Self {
        let (checkpoint, _) = watch::channel(0);
        Self {
            store,
            catalogue,
            running: Default::default(),
            checkpoint,
        }
    }

    /// The name of the read model, for metrics and the CLI.
    pub fn name(&self) -> &'static str {
        catalogue::NAME
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
        let mut checkpoint = self.catalogue.checkpoint().await?;
        self.checkpoint.send_replace(checkpoint);
        let mut events = self.store.read_all(checkpoint, BATCH).await?;
        loop {
            let Some(last) = events.last().map(|e| e.position) else {
                return Ok(checkpoint);
            };
            let decoded = events
                .iter()
                .map(|e| {
                    Ok((
                        e.position,
                        e.stream_id.as_str(),
                        e.recorded_at.as_str(),
                        decode_logged(e)?,
                    ))
                })
                .collect::<Result<Vec<_>, DecodeError>>()?;
            // Read the next page while this one is written.
            let (next, applied) = tokio::join!(
                self.store.read_all(last, BATCH),
                self.catalogue.apply_batch(&decoded, checkpoint, last)
            );
            if applied? {
                checkpoint = last;
                events = next?;
            } else {
                checkpoint = self.catalogue.checkpoint().await?;
                events = self.store.read_all(checkpoint, BATCH).await?;
            }
            self.checkpoint.send_replace(checkpoint);
            progress(checkpoint);
        }
    }

    pub async fn catch_up(&self) -> Result<u64, ProjectionError> {
        self.catch_up_with(&|_| {}).await
    }

    /// Waits until the read model has applied the event at `position`.
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
            self.catalogue.reset().await?;
            self.checkpoint.send_replace(0);
        }
        self.catch_up_with(progress).await
    }
}

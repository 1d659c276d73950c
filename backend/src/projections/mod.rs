//! Read models fed from the log in global order. Each model stores its rows and its
//! checkpoint in one transaction, so a crash neither loses nor double-applies an event, and
//! every model can be dropped and rebuilt from the log.

pub mod catalogue;

use crate::codec::{decode, DecodeError};
use crate::store::{EventStore, StoreError};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

pub use catalogue::Catalogue;

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

/// A pool for the read models, in the same database as the log. On SQLite they are written
/// with `synchronous = NORMAL`: they can always be rebuilt from the log.
pub async fn connect_read_models(url: &str) -> Result<AnyPool, ProjectionError> {
    sqlx::any::install_default_drivers();
    let sqlite = url.starts_with("sqlite:");
    let url = if sqlite {
        let path = crate::store::sqlite_path(url);
        if let Some(dir) = std::path::Path::new(path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(|e| ProjectionError::Database(e.into()))?;
            }
        }
        format!("sqlite://{path}?mode=rwc")
    } else {
        url.to_owned()
    };
    let pool = AnyPoolOptions::new()
        .max_connections(if sqlite { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(30))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if sqlite {
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA busy_timeout = 10000").await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

/// How many events one catch-up transaction applies at most.
const BATCH: u32 = 5_000;
/// Events written by another process are noticed at the latest after this long; events of
/// this process wake the projector at once.
const OTHER_WRITERS: Duration = Duration::from_millis(250);

#[derive(Debug, thiserror::Error)]
pub enum ProjectionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("read model database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("the read model did not catch up in time")]
    Timeout,
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
        loop {
            let events = self.store.read_all(checkpoint, BATCH).await?;
            let Some(last) = events.last().map(|e| e.position) else {
                return Ok(checkpoint);
            };
            let decoded = events
                .iter()
                .map(|e| Ok((e.position, e.stream_id.as_str(), decode(e)?)))
                .collect::<Result<Vec<_>, DecodeError>>()?;
            checkpoint = if self
                .catalogue
                .apply_batch(&decoded, checkpoint, last)
                .await?
            {
                last
            } else {
                self.catalogue.checkpoint().await?
            };
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

//! Read models fed from the log in global order. Each model stores its rows and its
//! checkpoint in one transaction, so a crash neither loses nor double-applies an event.

pub mod catalogue;

use crate::codec::{decode, DecodeError};
use crate::store::{EventStore, StoreError};
use std::sync::Arc;

pub use catalogue::Catalogue;

/// How many events one catch-up transaction applies.
const BATCH: u32 = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum ProjectionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("read model database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// Brings the catalogue up to the head of the log.
pub struct Projector {
    store: Arc<dyn EventStore>,
    catalogue: Catalogue,
    running: tokio::sync::Mutex<()>,
}

impl Projector {
    pub fn new(store: Arc<dyn EventStore>, catalogue: Catalogue) -> Self {
        Self {
            store,
            catalogue,
            running: Default::default(),
        }
    }

    /// Applies every event after the stored checkpoint; returns the new checkpoint.
    pub async fn catch_up(&self) -> Result<u64, ProjectionError> {
        let _one_at_a_time = self.running.lock().await;
        let mut checkpoint = self.catalogue.checkpoint().await?;
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
        }
    }
}

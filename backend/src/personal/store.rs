//! The event store with personal data sealed on the way in and opened on the way out.

use super::fields::personal_fields;
use super::{Keyring, SEALED};
use crate::store::{
    AppendRequest, Appended, EventStore, Events, RecordedCommand, RecordedEvent, Snapshot,
    StoreError,
};
use async_trait::async_trait;
use std::sync::Arc;

/// The event store as the application sees it: personal data sealed on the way in and
/// opened on the way out. The log underneath holds only sealed data; verifying and exporting
/// read [`SealingStore::log`] directly.
pub struct SealingStore {
    log: Arc<dyn EventStore>,
    keys: Arc<Keyring>,
}

impl SealingStore {
    pub fn new(log: Arc<dyn EventStore>, keys: Arc<Keyring>) -> Self {
        Self { log, keys }
    }

    /// The log as stored (sealed), for the hash chain and the export.
    pub fn log(&self) -> Arc<dyn EventStore> {
        self.log.clone()
    }

    async fn open_all(&self, events: Vec<RecordedEvent>) -> Events {
        // Keys are used only where something is sealed: only then is the count looked at.
        if events.iter().any(|e| e.payload.contains(SEALED)) {
            self.keys.refresh().await?;
        }
        let mut opened = Vec::with_capacity(events.len());
        for event in events {
            opened.push(self.keys.open_event(event).await?);
        }
        Ok(opened)
    }
}

#[async_trait]
impl EventStore for SealingStore {
    async fn append(&self, mut request: AppendRequest) -> Result<Appended, StoreError> {
        let personal = request.commands.iter().any(|c| {
            c.events
                .iter()
                .any(|e| personal_fields(&e.event_type).is_some())
        });
        if personal {
            self.keys.refresh().await?;
        }
        for command in &mut request.commands {
            let mut sealed = Vec::with_capacity(command.events.len());
            for event in command.events.drain(..) {
                sealed.push(self.keys.seal(&request.stream_id, event).await?);
            }
            command.events = sealed;
        }
        self.log.append(request).await
    }

    async fn read_stream(&self, stream_id: &str, after_version: u64) -> Events {
        let events = self.log.read_stream(stream_id, after_version).await?;
        self.open_all(events).await
    }

    async fn read_all(&self, after: u64, limit: u32) -> Events {
        let events = self.log.read_all(after, limit).await?;
        self.open_all(events).await
    }

    async fn head(&self) -> Result<u64, StoreError> {
        self.log.head().await
    }

    async fn head_hash(&self) -> Result<Option<(u64, String)>, StoreError> {
        self.log.head_hash().await
    }

    async fn ready(&self) -> Result<u64, StoreError> {
        self.log.ready().await
    }

    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError> {
        self.log.recorded_command(command_id).await
    }

    /// Recorded events are copied as they are: already sealed, their hashes over the sealed form.
    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        self.log.import(events).await
    }

    fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.log.subscribe()
    }

    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<Snapshot>, StoreError> {
        self.log.load_snapshot(stream_id).await
    }

    async fn save_snapshot(&self, stream_id: &str, snapshot: Snapshot) -> Result<(), StoreError> {
        self.log.save_snapshot(stream_id, snapshot).await
    }
}

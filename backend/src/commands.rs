//! Runs commands against aggregates: load from the log, decide, append with the expected
//! version, and bring the read models up to date before answering.

use crate::codec::{decode, encode, DecodeError};
use crate::domain::session::{Session, SessionError, SessionServices};
use crate::projections::catalogue::session_stream;
use crate::projections::{ProjectionError, Projector};
use crate::store::{EventStore, Metadata, StoreError};
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use teilhabe_events::{SessionCommand, SessionEvent};

/// How often a command is retried after losing a race for its stream to another process.
const RETRIES: usize = 5;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Domain(#[from] SessionError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error(transparent)]
    Projection(#[from] ProjectionError),
}

pub struct CommandBus {
    store: Arc<dyn EventStore>,
    services: SessionServices,
    projector: Arc<Projector>,
    /// One lock per stream: commands on one session queue here instead of racing to a
    /// version conflict; the expected version still guards against other processes.
    stream_locks: Mutex<HashMap<String, Weak<tokio::sync::Mutex<()>>>>,
}

impl CommandBus {
    pub fn new(
        store: Arc<dyn EventStore>,
        services: SessionServices,
        projector: Arc<Projector>,
    ) -> Self {
        Self {
            store,
            services,
            projector,
            stream_locks: Mutex::default(),
        }
    }

    fn lock_for(&self, stream: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self
            .stream_locks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(lock) = locks.get(stream).and_then(Weak::upgrade) {
            return lock;
        }
        locks.retain(|_, weak| weak.strong_count() > 0);
        let lock = Arc::new(tokio::sync::Mutex::new(()));
        locks.insert(stream.to_owned(), Arc::downgrade(&lock));
        lock
    }

    /// Loads a session's current state and its stream version.
    pub async fn load(&self, session_id: &str) -> Result<(Session, u64), CommandError> {
        let stored = self.store.read_stream(&session_stream(session_id)).await?;
        let mut session = Session::default();
        let version = stored.last().map_or(0, |e| e.stream_version);
        for event in &stored {
            session.apply(decode(event)?);
        }
        Ok((session, version))
    }

    /// Executes `command` on the session `session_id`; returns the recorded events and the
    /// session's state right after them.
    pub async fn execute(
        &self,
        session_id: &str,
        command: SessionCommand,
        metadata: &Metadata,
    ) -> Result<(Vec<SessionEvent>, Session), CommandError> {
        let stream = session_stream(session_id);
        let lock = self.lock_for(&stream);
        let _queued = lock.lock().await;
        let mut attempt = 0;
        let (events, session) = loop {
            let (mut session, version) = self.load(session_id).await?;
            let sink = EventSink::default();
            session
                .handle(command.clone(), &self.services, &sink)
                .await?;
            let events = sink.collect().await;
            if events.is_empty() {
                break (events, session);
            }
            let encoded: Vec<_> = events.iter().map(encode).collect();
            match self
                .store
                .append(&stream, version, &encoded, metadata)
                .await
            {
                Ok(_) => break (events, session),
                Err(StoreError::Conflict { .. }) if attempt < RETRIES => attempt += 1,
                Err(err) => return Err(err.into()),
            }
        };
        self.projector.catch_up().await?;
        Ok((events, session))
    }
}

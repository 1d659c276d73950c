//! Runs commands against aggregates (sessions, staff accounts, ambassadors).
//!
//! Commands for one aggregate queue in that aggregate's slot. (Written for sessions, the busy
//! case; the others ride along.)
//!
//! Commands for one session queue in that session's slot. Whoever finds the slot idle drains
//! it: the queued commands are decided one after another on the session's state, kept in
//! memory between batches, and their events are appended in one write (which the store's group
//! commit merges with other sessions' writes). So a popular session takes many registrations
//! per fsync, and no version conflict reaches a user; the expected version still guards against
//! other processes, and a conflict reloads the state and decides the batch again.

use crate::codec::{decode, encode, DecodeError, EventSchema};
use crate::domain::{Rejected, Rejection};
use crate::store::{
    AppendRequest, CommandRecord, EventStore, Metadata, RecordedCommand, Snapshot, StoreError,
};
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::oneshot;

/// What the bus needs of an aggregate: its state can be snapshotted, its events are stored
/// through the codec, and its errors say how they are explained.
pub trait Stored:
    Aggregate<Event: EventSchema, Error: Rejection, Command: Clone + Send + Sync>
    + Default
    + Clone
    + Serialize
    + DeserializeOwned
    + 'static
{
}

impl<A> Stored for A where
    A: Aggregate<Event: EventSchema, Error: Rejection, Command: Clone + Send + Sync>
        + Default
        + Clone
        + Serialize
        + DeserializeOwned
        + 'static
{
}

/// The stream of aggregate `id` of type `A`: `session-…`, `account-…`, `ambassador-…`.
pub fn stream_of<A: Aggregate>(id: &str) -> String {
    format!("{}-{id}", A::TYPE)
}

/// A short stream is snapshotted each time it passes a multiple of this many events.
const SNAPSHOT_EVERY: u64 = 100;

/// The snapshot interval of a stream at `version`: [`SNAPSHOT_EVERY`] events, or an eighth of
/// the power of two at or below `version` for long streams. The interval is the same for
/// every version between two powers of two, so "the stream passed a multiple of it" happens
/// eight times per doubling: writing snapshots costs about sixteen entries of state per event
/// however long the stream, and a cold load replays at most an eighth of the stream after its
/// snapshot.
///
/// (The rule before, `max(100, version / 10)`, took the interval from the version after the
/// append: `after / (after / 10)` is always 10 and `before / (after / 10)` is 9, so past 1,000
/// events every append wrote a snapshot of the whole state, and a command cost more the
/// longer its stream: issue 19.)
fn snapshot_interval(version: u64) -> u64 {
    let magnitude = version.checked_ilog2().map_or(0, |bits| 1u64 << bits);
    SNAPSHOT_EVERY.max(magnitude / 8)
}

/// Whether an append that took a stream from `before` to `after` events passed a snapshot
/// point.
fn snapshot_due(before: u64, after: u64) -> bool {
    let interval = snapshot_interval(after);
    before / interval != after / interval
}
/// Raised whenever the shape of an aggregate changes; older snapshots are then ignored.
const SNAPSHOT_FORMAT: u32 = 3;

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredSnapshot<A> {
    format: u32,
    state: A,
}

/// The snapshot of `state` at `version`, as stored.
fn snapshot_of<A: Serialize>(state: A, version: u64) -> Result<Snapshot, serde_json::Error> {
    let stored = StoredSnapshot {
        format: SNAPSHOT_FORMAT,
        state,
    };
    Ok(Snapshot {
        version,
        state: serde_json::to_string(&stored)?,
    })
}

/// How often a batch is decided again after another process moved the stream on.
const RETRIES: usize = 10;
/// Aggregates kept in memory unless configured otherwise (`TEILHABE_AGGREGATE_CACHE`): beyond
/// this many, the idle ones are forgotten (with their cached state) and loaded again from
/// their snapshot and the events after it when next used.
pub const DEFAULT_AGGREGATE_CACHE: usize = 4096;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Domain(#[from] Rejected),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("the command was dropped before it was decided")]
    Dropped,
    /// The command id (an idempotency key) was recorded for another request.
    #[error("the idempotency key was used for another request")]
    KeyReused,
}

/// What the `commands` table keeps as a command's answer: the digest of the request that
/// carried its idempotency key (if any) on the first line, then the answer.
fn stored_response(metadata: &Metadata, response: &str) -> String {
    match &metadata.request_digest {
        Some(digest) => format!("{DIGEST_PREFIX}{digest}\n{response}"),
        None => response.to_owned(),
    }
}

const DIGEST_PREFIX: &str = "request-sha256:";

/// The answer recorded for a command id, if `metadata` comes from the same request as the one
/// recorded; a different request with the same key is refused.
fn repeated_answer(
    metadata: &Metadata,
    recorded: RecordedCommand,
) -> Result<Outcome, CommandError> {
    let (digest, response) = match recorded.response.strip_prefix(DIGEST_PREFIX) {
        Some(rest) => match rest.split_once('\n') {
            Some((digest, response)) => (Some(digest), response.to_owned()),
            None => (Some(rest), String::new()),
        },
        None => (None, recorded.response),
    };
    if let (Some(recorded), Some(now)) = (digest, metadata.request_digest.as_deref()) {
        if recorded != now {
            return Err(CommandError::KeyReused);
        }
    }
    Ok(Outcome {
        response,
        position: recorded.position,
        repeated: true,
    })
}

/// Builds the answer to a command from its events and the state after them; stored with the
/// command id and repeated if the same id comes again.
pub type Respond<A> = Arc<dyn Fn(&[<A as Aggregate>::Event], &A) -> String + Send + Sync>;

/// The answer of a command whose caller reads the read models afterwards: none.
pub fn no_answer<A: Aggregate>() -> Respond<A> {
    Arc::new(|_, _| String::new())
}

/// What became of a command.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The answer built by the command's `Respond` (or recorded for it earlier).
    pub response: String,
    /// Global position of the log once the command was recorded; read models that reached it
    /// show the command's effect.
    pub position: u64,
    /// True when the command id had been recorded before and nothing new was written.
    pub repeated: bool,
}

struct Pending<A: Aggregate> {
    command: A::Command,
    metadata: Metadata,
    respond: Respond<A>,
    reply: oneshot::Sender<Result<Outcome, CommandError>>,
}

struct Slot<A: Aggregate> {
    queue: Mutex<Queue<A>>,
    /// The aggregate's state and stream version after the last batch (None until loaded, or
    /// after a failed write).
    state: Mutex<Option<(A, u64)>>,
}

impl<A: Aggregate> Default for Slot<A> {
    fn default() -> Self {
        Self {
            queue: Mutex::new(Queue {
                pending: Vec::new(),
                draining: false,
            }),
            state: Mutex::new(None),
        }
    }
}

struct Queue<A: Aggregate> {
    pending: Vec<Pending<A>>,
    draining: bool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct CommandBus<A: Aggregate> {
    store: Arc<dyn EventStore>,
    services: A::Services,
    slots: Mutex<HashMap<String, Arc<Slot<A>>>>,
    /// Idle slots beyond this many are forgotten.
    max_idle: usize,
    /// Batches decided on a state held in memory, and on one loaded from the store.
    hits: AtomicU64,
    misses: AtomicU64,
}

impl<A: Stored> CommandBus<A> {
    pub fn new(store: Arc<dyn EventStore>, services: A::Services) -> Self {
        Self {
            store,
            services,
            slots: Mutex::default(),
            max_idle: DEFAULT_AGGREGATE_CACHE,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Keeps at most `max_idle` idle aggregates in memory (the busy ones stay regardless).
    pub fn with_cache(mut self, max_idle: usize) -> Self {
        self.max_idle = max_idle;
        self
    }

    /// The aggregates held and how often a command found its aggregate held, for `/metrics`.
    pub fn cache_stats(&self, name: &'static str) -> crate::cache::CacheStats {
        crate::cache::CacheStats {
            name,
            entries: lock(&self.slots).len(),
            capacity: self.max_idle,
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }

    fn slot(&self, session_id: &str) -> Arc<Slot<A>> {
        let mut slots = lock(&self.slots);
        if let Some(slot) = slots.get(session_id) {
            return slot.clone();
        }
        if slots.len() >= self.max_idle {
            slots.retain(|_, slot| Arc::strong_count(slot) > 1);
        }
        let slot = Arc::new(Slot::default());
        slots.insert(session_id.to_owned(), slot.clone());
        slot
    }

    /// Loads a session's current state and its stream version: from its latest snapshot, if
    /// one fits, and the events after it.
    pub async fn load(&self, session_id: &str) -> Result<(A, u64), CommandError> {
        let stream = stream_of::<A>(session_id);
        let snapshot = self
            .store
            .load_snapshot(&stream)
            .await?
            .and_then(|snapshot| {
                let stored: StoredSnapshot<A> = serde_json::from_str(&snapshot.state).ok()?;
                (stored.format == SNAPSHOT_FORMAT).then_some((stored.state, snapshot.version))
            });
        let (mut session, mut version) = snapshot.unwrap_or_default();
        for event in &self.store.read_stream(&stream, version).await? {
            session.apply(decode::<A::Event>(event)?);
            version = event.stream_version;
        }
        Ok((session, version))
    }

    /// Loads a session and stores a snapshot of it now; returns the snapshot's version.
    pub async fn snapshot_now(&self, session_id: &str) -> Result<u64, CommandError> {
        let (session, version) = self.load(session_id).await?;
        let snapshot =
            snapshot_of(session, version).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.store
            .save_snapshot(&stream_of::<A>(session_id), snapshot)
            .await?;
        Ok(version)
    }

    /// Snapshots the session when its stream passed a snapshot point ([`snapshot_interval`]),
    /// so the cost of writing snapshots stays a small, fixed share of the cost of the events.
    fn snapshot_if_due(&self, session_id: &str, session: &A, before: u64, after: u64) {
        if !snapshot_due(before, after) {
            return;
        }
        let Ok(snapshot) = snapshot_of(session, after) else {
            return;
        };
        let (store, stream) = (self.store.clone(), stream_of::<A>(session_id));
        tokio::spawn(async move {
            if let Err(err) = store.save_snapshot(&stream, snapshot).await {
                tracing::warn!(error = %err, "snapshot not saved");
            }
        });
    }

    /// Executes `command` on the session `session_id`. When `metadata.command_id` was recorded
    /// before, nothing is written and the recorded answer is returned.
    pub async fn execute(
        self: &Arc<Self>,
        session_id: &str,
        command: A::Command,
        metadata: Metadata,
        respond: Respond<A>,
    ) -> Result<Outcome, CommandError> {
        if let Some(recorded) = self.store.recorded_command(&metadata.command_id).await? {
            return repeated_answer(&metadata, recorded);
        }
        let (reply, answer) = oneshot::channel();
        let slot = self.slot(session_id);
        let lead = {
            let mut queue = lock(&slot.queue);
            queue.pending.push(Pending {
                command,
                metadata,
                respond,
                reply,
            });
            !std::mem::replace(&mut queue.draining, true)
        };
        if lead {
            let bus = self.clone();
            let id = session_id.to_owned();
            tokio::spawn(async move { bus.drain(&id, &slot).await });
        }
        answer.await.map_err(|_| CommandError::Dropped)?
    }

    async fn drain(&self, session_id: &str, slot: &Slot<A>) {
        // Should deciding ever panic, the slot must not stay marked as drained forever.
        struct Unmark<'a, A: Aggregate>(&'a Slot<A>);
        impl<A: Aggregate> Drop for Unmark<'_, A> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    lock(&self.0.queue).draining = false;
                }
            }
        }
        let _unmark = Unmark(slot);
        loop {
            let batch = {
                let mut queue = lock(&slot.queue);
                if queue.pending.is_empty() {
                    queue.draining = false;
                    return;
                }
                std::mem::take(&mut queue.pending)
            };
            self.run_batch(session_id, slot, batch).await;
        }
    }

    /// Decides every command of the batch in order and records them in one append.
    async fn run_batch(&self, session_id: &str, slot: &Slot<A>, batch: Vec<Pending<A>>) {
        let mut attempt = 0;
        let mut batch = batch;
        loop {
            let cached = lock(&slot.state).take();
            let counter = if cached.is_some() {
                &self.hits
            } else {
                &self.misses
            };
            counter.fetch_add(1, Ordering::Relaxed);
            let (mut session, version) = match cached {
                Some(state) => state,
                None => match self.load(session_id).await {
                    Ok(state) => state,
                    Err(err) => return fail_all(batch, &err),
                },
            };
            if attempt > 0 {
                // After a conflict, a command may have been recorded by another process.
                batch = match self.answer_repeats(batch).await {
                    Ok(rest) => rest,
                    Err((rest, err)) => return fail_all(rest, &err),
                };
            }
            let mut decisions = Vec::with_capacity(batch.len());
            let mut records = Vec::new();
            let mut first_with_id: HashMap<&str, usize> = HashMap::new();
            for (index, pending) in batch.iter().enumerate() {
                // The same command id twice in one batch (a client retrying at once): decide it
                // once and give every copy the same answer.
                if let Some(first) = first_with_id.get(pending.metadata.command_id.as_str()) {
                    if batch[*first].metadata.request_digest != pending.metadata.request_digest {
                        decisions.push(Decision::KeyReused);
                    } else {
                        decisions.push(Decision::SameAs(*first));
                    }
                    continue;
                }
                first_with_id.insert(&pending.metadata.command_id, index);
                let sink = EventSink::default();
                let decided = match session
                    .handle(pending.command.clone(), &self.services, &sink)
                    .await
                {
                    Ok(()) => {
                        let events: Vec<A::Event> = sink.collect().await;
                        let response = (pending.respond)(&events, &session);
                        records.push(CommandRecord {
                            metadata: pending.metadata.clone(),
                            events: events.iter().map(encode).collect(),
                            response: Some(stored_response(&pending.metadata, &response)),
                        });
                        Ok(response)
                    }
                    Err(err) => Err(Rejected::from(&err)),
                };
                decisions.push(Decision::Decided(decided));
            }
            if records.is_empty() {
                *lock(&slot.state) = Some((session, version));
                let position = self.store.head().await.unwrap_or_default();
                return answer_all(batch, decisions, position);
            }
            let written: u64 = records.iter().map(|r| r.events.len() as u64).sum();
            let request = AppendRequest {
                stream_id: stream_of::<A>(session_id),
                expected_version: version,
                commands: records,
            };
            match self.store.append(request).await {
                Ok(appended) => {
                    self.snapshot_if_due(session_id, &session, version, version + written);
                    *lock(&slot.state) = Some((session, version + written));
                    return answer_all(batch, decisions, appended.last_position);
                }
                Err(StoreError::Conflict { .. } | StoreError::DuplicateCommand(_))
                    if attempt < RETRIES =>
                {
                    attempt += 1;
                }
                Err(err) => return fail_all(batch, &CommandError::Store(err)),
            }
        }
    }

    /// Answers the commands whose ids were recorded meanwhile; returns the others.
    #[allow(clippy::type_complexity)]
    async fn answer_repeats(
        &self,
        batch: Vec<Pending<A>>,
    ) -> Result<Vec<Pending<A>>, (Vec<Pending<A>>, CommandError)> {
        let mut rest = Vec::with_capacity(batch.len());
        let mut batch = batch.into_iter();
        while let Some(pending) = batch.next() {
            match self
                .store
                .recorded_command(&pending.metadata.command_id)
                .await
            {
                Ok(Some(recorded)) => {
                    let answer = repeated_answer(&pending.metadata, recorded);
                    let _ = pending.reply.send(answer);
                }
                Ok(None) => rest.push(pending),
                Err(err) => {
                    rest.push(pending);
                    rest.extend(batch);
                    return Err((rest, err.into()));
                }
            }
        }
        Ok(rest)
    }
}

/// What the batch decided for one command.
enum Decision {
    Decided(Result<String, Rejected>),
    /// A copy of the command at this index in the batch (same command id).
    SameAs(usize),
    /// The same command id as an earlier command of the batch, from another request.
    KeyReused,
}

fn answer_all<A: Aggregate>(batch: Vec<Pending<A>>, decisions: Vec<Decision>, position: u64) {
    let outcomes: Vec<Result<Outcome, CommandError>> = decisions
        .iter()
        .map(|decision| {
            let (decided, repeated) = match decision {
                Decision::Decided(decided) => (decided, false),
                Decision::KeyReused => return Err(CommandError::KeyReused),
                Decision::SameAs(first) => match &decisions[*first] {
                    Decision::Decided(decided) => (decided, true),
                    Decision::SameAs(_) | Decision::KeyReused => {
                        unreachable!("a copy always points at a decided command")
                    }
                },
            };
            decided
                .clone()
                .map(|response| Outcome {
                    response,
                    position,
                    repeated,
                })
                .map_err(CommandError::Domain)
        })
        .collect();
    for (pending, outcome) in batch.into_iter().zip(outcomes) {
        let _ = pending.reply.send(outcome);
    }
}

fn fail_all<A: Aggregate>(batch: Vec<Pending<A>>, err: &CommandError) {
    tracing::error!(error = %err, commands = batch.len(), "command batch failed");
    for pending in batch {
        let copy = match err {
            CommandError::Domain(e) => CommandError::Domain(e.clone()),
            CommandError::Store(e) if e.is_unavailable() => {
                CommandError::Store(StoreError::Unavailable(e.to_string()))
            }
            _ => CommandError::Store(StoreError::Corrupt(err.to_string())),
        };
        let _ = pending.reply.send(Err(copy));
    }
}

#[cfg(test)]
mod tests;

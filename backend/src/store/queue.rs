//! The queue in front of a backend's single log writer, the same for every SQL backend: callers
//! enqueue appends and imports and wait for their answer; the writer takes whatever is waiting
//! (group commit) and answers each caller once its transaction is committed.

use super::{AppendRequest, Appended, RecordedEvent, StoreError};
use tokio::sync::{mpsc, oneshot, watch};

/// At most this many appends share one transaction.
const MAX_BATCH: usize = 1024;

/// Where the answer to an append goes.
pub type AppendReply = oneshot::Sender<Result<Appended, StoreError>>;
/// Where the answer to an import goes.
pub type ImportReply = oneshot::Sender<Result<(), StoreError>>;

pub enum Job {
    Append(AppendRequest, AppendReply),
    Import(Vec<RecordedEvent>, ImportReply),
}

/// The callers' end of the queue; cheap to clone.
#[derive(Clone)]
pub struct Writes(mpsc::Sender<Job>);

/// A new queue: the callers' end and the writer's end.
pub fn channel() -> (Writes, mpsc::Receiver<Job>) {
    let (jobs, queue) = mpsc::channel(4 * MAX_BATCH);
    (Writes(jobs), queue)
}

impl Writes {
    /// Enqueues an append and waits until it is committed (or refused).
    pub async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.0
            .send(Job::Append(request, reply))
            .await
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }

    /// Enqueues an import and waits until it is committed (or refused).
    pub async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        let (reply, answer) = oneshot::channel();
        self.0
            .send(Job::Import(events.to_vec(), reply))
            .await
            .map_err(|_| StoreError::Closed)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }
}

/// What the writer takes in one round: the appends for one transaction, and any imports
/// (large; each gets a transaction of its own).
pub struct Round {
    pub appends: Vec<(AppendRequest, AppendReply)>,
    pub imports: Vec<(Vec<RecordedEvent>, ImportReply)>,
}

impl Round {
    /// `first` and everything else waiting now, up to `MAX_BATCH` appends.
    pub fn gather(first: Job, queue: &mut mpsc::Receiver<Job>) -> Self {
        let mut round = Round {
            appends: Vec::new(),
            imports: Vec::new(),
        };
        let mut pending = Some(first);
        while let Some(job) = pending.take() {
            match job {
                Job::Append(request, reply) => round.appends.push((request, reply)),
                Job::Import(events, reply) => round.imports.push((events, reply)),
            }
            if round.appends.len() < MAX_BATCH {
                pending = queue.try_recv().ok();
            }
        }
        round
    }

    pub fn requests(&self) -> Vec<&AppendRequest> {
        self.appends.iter().map(|(r, _)| r).collect()
    }

    /// Answers the appends with the outcome of their transaction and moves the head.
    pub fn answer(
        self,
        outcome: Result<(Vec<Result<Appended, StoreError>>, u64), StoreError>,
        head: &watch::Sender<u64>,
    ) {
        match outcome {
            Ok((results, position)) => {
                head.send_replace(position);
                for ((_, reply), result) in self.appends.into_iter().zip(results) {
                    let _ = reply.send(result);
                }
            }
            Err(err) => {
                tracing::error!(error = %err, batch = self.appends.len(), "append batch failed");
                for (_, reply) in self.appends {
                    let failed = if err.is_unavailable() {
                        StoreError::Unavailable(err.to_string())
                    } else {
                        StoreError::Corrupt(format!("append failed: {err}"))
                    };
                    let _ = reply.send(Err(failed));
                }
            }
        }
    }
}

/// Answers an import with the outcome of its transaction and moves the head.
pub fn answer_import(
    reply: ImportReply,
    outcome: Result<u64, StoreError>,
    head: &watch::Sender<u64>,
) {
    if let Ok(position) = &outcome {
        head.send_replace(*position);
    }
    let _ = reply.send(outcome.map(|_| ()));
}

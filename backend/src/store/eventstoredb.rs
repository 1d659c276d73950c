//! The event store on EventStoreDB / KurrentDB, through the `eventstore` crate (cargo feature
//! `eventstoredb`). No server can be installed on our build machines, so this adapter is
//! written against the crate's documented API and its contract tests run only where
//! `EVENTSTORE_URL` names a server.
//!
//! Mapping: the whole Teilhabe log is one EventStoreDB stream, `teilhabe-log`. Its revision r
//! is global position r + 1, so positions are gap-free and in commit order, and every append
//! is made with the expected revision of the log's head: EventStoreDB's optimistic concurrency
//! on that stream serialises writers from any number of processes, as the head row lock does on
//! SQL. Teilhabe's own columns (stream id and version, schema version, metadata, time, hash,
//! command id and answer) travel in each event's custom metadata. Per-stream versions and
//! recorded command ids are indexed in memory, built from the log on start and caught up
//! before every write. Snapshots live in one stream per aggregate with only its last event kept
//! in view.

use super::plan::{self, Head, Planned};
use super::{
    hash, AppendRequest, Appended, EventStore, Events, RecordedCommand, RecordedEvent, Snapshot,
    StoreError,
};
use async_trait::async_trait;
use eventstore::{
    AppendToStreamOptions, Client, ClientSettings, EventData, ExpectedRevision, ReadStreamOptions,
    StreamPosition,
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::{watch, Mutex};

/// The stream that holds the log, unless a test names another.
pub const LOG: &str = "teilhabe-log";
/// At most this many attempts when another process appended between catch-up and write.
const ATTEMPTS: usize = 20;

/// Teilhabe's columns of an event, carried as EventStoreDB custom metadata.
#[derive(Serialize, Deserialize)]
struct Columns {
    stream_id: String,
    stream_version: u64,
    schema_version: u32,
    metadata: String,
    recorded_at: String,
    hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    command_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    response: Option<String>,
}

#[derive(Default)]
struct Index {
    head: Option<Head>,
    /// Global positions of each stream's events, in order.
    streams: HashMap<String, Vec<u64>>,
    commands: HashMap<String, RecordedCommand>,
}

/// The EventStoreDB event store.
#[derive(Clone)]
pub struct EventStoreDb {
    client: Client,
    /// The stream holding the log; snapshot streams are named after it.
    log: String,
    index: Arc<Mutex<Index>>,
    head: Arc<watch::Sender<u64>>,
}

fn esdb(err: eventstore::Error) -> StoreError {
    StoreError::Corrupt(format!("EventStoreDB: {err}"))
}

fn to_recorded(event: &eventstore::RecordedEvent) -> Result<(RecordedEvent, Columns), StoreError> {
    let columns: Columns = serde_json::from_slice(&event.custom_metadata).map_err(|e| {
        StoreError::Corrupt(format!(
            "custom metadata at revision {}: {e}",
            event.revision
        ))
    })?;
    let recorded = RecordedEvent {
        position: event.revision + 1,
        stream_id: columns.stream_id.clone(),
        stream_version: columns.stream_version,
        event_type: event.event_type.clone(),
        schema_version: columns.schema_version,
        payload: String::from_utf8_lossy(&event.data).into_owned(),
        metadata: columns.metadata.clone(),
        recorded_at: columns.recorded_at.clone(),
        hash: columns.hash.clone(),
    };
    Ok((recorded, columns))
}

fn to_event_data(
    event: &RecordedEvent,
    command: Option<&plan::CommandRow>,
) -> Result<EventData, StoreError> {
    let columns = Columns {
        stream_id: event.stream_id.clone(),
        stream_version: event.stream_version,
        schema_version: event.schema_version,
        metadata: event.metadata.clone(),
        recorded_at: event.recorded_at.clone(),
        hash: event.hash.clone(),
        command_id: command.map(|c| c.command_id.clone()),
        response: command.and_then(|c| c.response.clone()),
    };
    let payload: serde_json::Value =
        serde_json::from_str(&event.payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    EventData::json(event.event_type.clone(), &payload)
        .and_then(|data| data.metadata_as_json(&columns))
        .map(|data| data.id(uuid::Uuid::new_v4()))
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl EventStoreDb {
    /// Connects to the server named by an `esdb://` connection string and indexes the log.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_to_log(url, LOG).await
    }

    /// Like [`EventStoreDb::connect`], with the log in the stream `log` (tests use a fresh one).
    pub async fn connect_to_log(url: &str, log: &str) -> Result<Self, StoreError> {
        let settings: ClientSettings = url
            .parse()
            .map_err(|e| StoreError::UnsupportedUrl(format!("{url}: {e}")))?;
        let client = Client::new(settings).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let store = Self {
            client,
            log: log.to_owned(),
            index: Arc::default(),
            head: Arc::new(watch::channel(0).0),
        };
        {
            let mut index = store.index.lock().await;
            store.catch_up(&mut index).await?;
        }
        Ok(store)
    }

    /// Reads the log from `after` (a global position) onwards.
    async fn read_log(
        &self,
        after: u64,
        limit: usize,
    ) -> Result<Vec<(RecordedEvent, Columns)>, StoreError> {
        let options = ReadStreamOptions::default()
            .forwards()
            .position(StreamPosition::Position(after))
            .max_count(limit);
        let mut stream = match self.client.read_stream(self.log.as_str(), &options).await {
            Ok(stream) => stream,
            Err(eventstore::Error::ResourceNotFound) => return Ok(Vec::new()),
            Err(err) => return Err(esdb(err)),
        };
        let mut out = Vec::new();
        loop {
            match stream.next().await {
                Ok(Some(resolved)) => out.push(to_recorded(resolved.get_original_event())?),
                Ok(None) => return Ok(out),
                Err(eventstore::Error::ResourceNotFound) => return Ok(out),
                Err(err) => return Err(esdb(err)),
            }
        }
    }

    /// Brings the in-memory index up to the log's end (other processes may have written).
    async fn catch_up(&self, index: &mut Index) -> Result<(), StoreError> {
        loop {
            let after = index.head.map_or(0, |h| h.position);
            let page = self.read_log(after, 10_000).await?;
            if page.is_empty() {
                self.head.send_replace(after);
                return Ok(());
            }
            for (event, columns) in page {
                let hash = hash::from_hex(&event.hash)
                    .ok_or_else(|| StoreError::Corrupt("hash".into()))?;
                index
                    .streams
                    .entry(event.stream_id.clone())
                    .or_default()
                    .push(event.position);
                if let Some(id) = columns.command_id {
                    index.commands.insert(
                        id,
                        RecordedCommand {
                            position: event.position,
                            response: columns.response.unwrap_or_default(),
                        },
                    );
                }
                index.head = Some(Head {
                    position: event.position,
                    hash,
                });
            }
        }
    }

    /// Appends events at the log's head, with EventStoreDB checking the head did not move.
    async fn write(&self, head: Head, events: Vec<EventData>) -> Result<bool, StoreError> {
        let expected = match head.position {
            0 => ExpectedRevision::NoStream,
            p => ExpectedRevision::Exact(p - 1),
        };
        let options = AppendToStreamOptions::default().expected_revision(expected);
        match self
            .client
            .append_to_stream(self.log.as_str(), &options, events)
            .await
        {
            Ok(_) => Ok(true),
            Err(eventstore::Error::WrongExpectedVersion { .. }) => Ok(false),
            Err(err) => Err(esdb(err)),
        }
    }
}

#[async_trait]
impl EventStore for EventStoreDb {
    async fn append(&self, request: AppendRequest) -> Result<Appended, StoreError> {
        let mut index = self.index.lock().await;
        for _ in 0..ATTEMPTS {
            self.catch_up(&mut index).await?;
            let head = index.head.unwrap_or(Head {
                position: 0,
                hash: hash::GENESIS,
            });
            let versions: HashMap<String, u64> = index
                .streams
                .get(&request.stream_id)
                .map(|p| (request.stream_id.clone(), p.len() as u64))
                .into_iter()
                .collect();
            let recorded: HashSet<String> = request
                .commands
                .iter()
                .map(|c| c.metadata.command_id.clone())
                .filter(|id| index.commands.contains_key(id))
                .collect();
            let Planned {
                events,
                commands,
                mut results,
                ..
            } = plan::plan(head, &versions, &recorded, &[&request], &plan::now_stamp());
            let result = results.pop().unwrap_or(Err(StoreError::Closed))?;
            let data = events
                .iter()
                .map(|e| to_event_data(e, commands.iter().find(|c| c.position == e.position)))
                .collect::<Result<Vec<_>, _>>()?;
            if self.write(head, data).await? {
                self.catch_up(&mut index).await?;
                return Ok(result);
            }
        }
        Err(StoreError::Conflict {
            stream: self.log.clone(),
            expected: 0,
            actual: 0,
        })
    }

    async fn read_stream(&self, stream_id: &str, after_version: u64) -> Events {
        let positions: Vec<u64> = {
            let mut index = self.index.lock().await;
            self.catch_up(&mut index).await?;
            index.streams.get(stream_id).cloned().unwrap_or_default()
        };
        let mut out = Vec::new();
        for position in positions
            .into_iter()
            .skip(usize::try_from(after_version).unwrap_or(usize::MAX))
        {
            if let Some((event, _)) = self.read_log(position - 1, 1).await?.into_iter().next() {
                out.push(event);
            }
        }
        Ok(out)
    }

    async fn read_all(&self, after: u64, limit: u32) -> Events {
        let page = self
            .read_log(after, usize::try_from(limit).unwrap_or(usize::MAX))
            .await?;
        Ok(page.into_iter().map(|(event, _)| event).collect())
    }

    async fn head(&self) -> Result<u64, StoreError> {
        let mut index = self.index.lock().await;
        self.catch_up(&mut index).await?;
        Ok(index.head.map_or(0, |h| h.position))
    }

    async fn recorded_command(
        &self,
        command_id: &str,
    ) -> Result<Option<RecordedCommand>, StoreError> {
        let mut index = self.index.lock().await;
        self.catch_up(&mut index).await?;
        Ok(index.commands.get(command_id).cloned())
    }

    async fn import(&self, events: &[RecordedEvent]) -> Result<(), StoreError> {
        let mut index = self.index.lock().await;
        self.catch_up(&mut index).await?;
        let head = index.head.unwrap_or(Head {
            position: 0,
            hash: hash::GENESIS,
        });
        plan::check_import(head, events)?;
        let data = events
            .iter()
            .map(|e| to_event_data(e, None))
            .collect::<Result<Vec<_>, _>>()?;
        if !self.write(head, data).await? {
            return Err(StoreError::Corrupt("the log moved during an import".into()));
        }
        self.catch_up(&mut index).await
    }

    fn subscribe(&self) -> watch::Receiver<u64> {
        self.head.subscribe()
    }

    async fn load_snapshot(&self, stream_id: &str) -> Result<Option<Snapshot>, StoreError> {
        let options = ReadStreamOptions::default()
            .backwards()
            .position(StreamPosition::End)
            .max_count(1);
        let mut stream = match self
            .client
            .read_stream(format!("{}-snapshot-{stream_id}", self.log), &options)
            .await
        {
            Ok(stream) => stream,
            Err(eventstore::Error::ResourceNotFound) => return Ok(None),
            Err(err) => return Err(esdb(err)),
        };
        match stream.next().await {
            Ok(Some(resolved)) => {
                let event = resolved.get_original_event();
                // Stored as the pair `[version, state]`.
                let (version, state): (u64, String) = serde_json::from_slice(&event.data)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok(Some(Snapshot { version, state }))
            }
            Ok(None) | Err(eventstore::Error::ResourceNotFound) => Ok(None),
            Err(err) => Err(esdb(err)),
        }
    }

    async fn save_snapshot(&self, stream_id: &str, snapshot: Snapshot) -> Result<(), StoreError> {
        if self
            .load_snapshot(stream_id)
            .await?
            .is_some_and(|kept| kept.version >= snapshot.version)
        {
            return Ok(());
        }
        let data = EventData::json("Snapshot", &(snapshot.version, snapshot.state))
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.client
            .append_to_stream(
                format!("{}-snapshot-{stream_id}", self.log),
                &AppendToStreamOptions::default(),
                data,
            )
            .await
            .map_err(esdb)?;
        Ok(())
    }
}

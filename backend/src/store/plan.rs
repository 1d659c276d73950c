//! The part of an append that is the same on every backend: given the head, the streams'
//! versions and the command ids already recorded, decide which appends go ahead and build
//! their rows, positions and chained hashes. The backends only read those facts and write the
//! rows, inside one transaction.

use super::hash;
use super::{AppendRequest, Appended, RecordedEvent, StoreError};
use std::collections::{HashMap, HashSet};

/// The last event of the log: its position and hash (genesis for an empty log).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    pub position: u64,
    pub hash: [u8; 32],
}

/// A row of the `commands` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandRow {
    pub command_id: String,
    pub stream_id: String,
    pub position: u64,
    pub response: Option<String>,
}

/// What a batch of appends writes, and what each append is answered.
#[derive(Debug)]
pub struct Planned {
    pub events: Vec<RecordedEvent>,
    pub commands: Vec<CommandRow>,
    pub results: Vec<Result<Appended, StoreError>>,
    pub head: Head,
}

/// The streams and command ids a batch touches, for the backend to look up.
pub fn lookups(requests: &[&AppendRequest]) -> (Vec<String>, Vec<String>) {
    let mut streams: Vec<String> = requests.iter().map(|r| r.stream_id.clone()).collect();
    streams.sort();
    streams.dedup();
    let ids = requests
        .iter()
        .flat_map(|r| r.commands.iter().map(|c| c.metadata.command_id.clone()))
        .collect();
    (streams, ids)
}

/// Decides a batch. `versions` holds the current version of every stream in the batch (missing
/// means 0); `recorded` the command ids found in the log.
pub fn plan(
    head: Head,
    versions: &HashMap<String, u64>,
    recorded: &HashSet<String>,
    requests: &[&AppendRequest],
    recorded_at: &str,
) -> Planned {
    let mut position = head.position;
    let mut previous = head.hash;
    let mut current: HashMap<&str, u64> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut events = Vec::new();
    let mut commands = Vec::new();
    let mut results = Vec::with_capacity(requests.len());
    for request in requests {
        let stream = request.stream_id.as_str();
        let actual = current
            .get(stream)
            .copied()
            .unwrap_or_else(|| versions.get(stream).copied().unwrap_or(0));
        if actual != request.expected_version {
            results.push(Err(StoreError::Conflict {
                stream: stream.to_owned(),
                expected: request.expected_version,
                actual,
            }));
            continue;
        }
        let duplicate = request.commands.iter().find(|c| {
            let id = c.metadata.command_id.as_str();
            recorded.contains(id) || seen.contains(id)
        });
        if let Some(command) = duplicate {
            results.push(Err(StoreError::DuplicateCommand(
                command.metadata.command_id.clone(),
            )));
            continue;
        }
        let mut version = actual;
        for command in &request.commands {
            seen.insert(&command.metadata.command_id);
            // Metadata has only string fields: serialising it cannot fail.
            let metadata = serde_json::to_string(&command.metadata).unwrap_or_default();
            for event in &command.events {
                position += 1;
                version += 1;
                let mut row = RecordedEvent {
                    position,
                    stream_id: request.stream_id.clone(),
                    stream_version: version,
                    event_type: event.event_type.clone(),
                    schema_version: event.schema_version,
                    payload: event.payload.clone(),
                    metadata: metadata.clone(),
                    recorded_at: recorded_at.to_owned(),
                    hash: String::new(),
                };
                previous = hash::chain(&previous, &row);
                row.hash = hash::to_hex(&previous);
                events.push(row);
            }
            commands.push(CommandRow {
                command_id: command.metadata.command_id.clone(),
                stream_id: request.stream_id.clone(),
                position,
                response: command.response.clone(),
            });
        }
        current.insert(stream, version);
        results.push(Ok(Appended {
            last_position: position,
            stream_version: version,
        }));
    }
    Planned {
        events,
        commands,
        results,
        head: Head {
            position,
            hash: previous,
        },
    }
}

/// Checks that `events` continue the log at `head` (positions and hash chain); returns the
/// new head.
pub fn check_import(head: Head, events: &[RecordedEvent]) -> Result<Head, StoreError> {
    let mut head = head;
    for event in events {
        if event.position != head.position + 1 {
            return Err(StoreError::Corrupt(format!(
                "imported event at position {} does not follow the head at {}",
                event.position, head.position
            )));
        }
        let expected = hash::chain(&head.hash, event);
        if hash::to_hex(&expected) != event.hash {
            return Err(StoreError::Corrupt(format!(
                "imported event at position {} does not continue the hash chain",
                event.position
            )));
        }
        head = Head {
            position: event.position,
            hash: expected,
        };
    }
    Ok(head)
}

/// The time stamp every event of a batch gets: RFC 3339, UTC, microseconds.
pub fn now_stamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// The head as the `log_head` row holds it: the position, and the hash in hex.
pub fn head_of(position: i64, hash_hex: &str) -> Result<Head, StoreError> {
    let hash = hash::from_hex(hash_hex).ok_or_else(|| StoreError::Corrupt("head hash".into()))?;
    Ok(Head {
        position: to_u64(position),
        hash,
    })
}

/// A count or position as the SQL databases keep it (`BIGINT`).
pub fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A count or position read from an SQL database (`BIGINT`).
pub fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or_default()
}

/// An event from a row of the `events` table, its columns in the order of the table, read
/// with `int` (the `BIGINT`s) and `text` (the rest).
pub fn event_from_row<E>(
    int: impl Fn(usize) -> Result<i64, E>,
    text: impl Fn(usize) -> Result<String, E>,
) -> Result<RecordedEvent, E> {
    Ok(RecordedEvent {
        position: to_u64(int(0)?),
        stream_id: text(1)?,
        stream_version: to_u64(int(2)?),
        event_type: text(3)?,
        schema_version: u32::try_from(int(4)?).unwrap_or(u32::MAX),
        payload: text(5)?,
        metadata: text(6)?,
        recorded_at: text(7)?,
        hash: text(8)?,
    })
}

/// The statements that create the log; the same text on SQLite and PostgreSQL.
pub const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS events (
        position BIGINT PRIMARY KEY,
        stream_id TEXT NOT NULL,
        stream_version BIGINT NOT NULL,
        event_type TEXT NOT NULL,
        schema_version BIGINT NOT NULL,
        payload TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
    )",
    // The head of the log: its last position and hash. Every write transaction locks this row
    // first, which serialises writers across processes.
    "CREATE TABLE IF NOT EXISTS log_head (id BIGINT PRIMARY KEY, position BIGINT NOT NULL, hash TEXT NOT NULL)",
    "INSERT INTO log_head (id, position, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000') ON CONFLICT (id) DO NOTHING",
    // Every recorded command id, with the answer to repeat if it comes again.
    "CREATE TABLE IF NOT EXISTS commands (command_id TEXT PRIMARY KEY, stream_id TEXT NOT NULL, position BIGINT NOT NULL, response TEXT)",
    // Aggregate snapshots: a cache beside the log, never a source of truth.
    "CREATE TABLE IF NOT EXISTS snapshots (stream_id TEXT PRIMARY KEY, version BIGINT NOT NULL, state TEXT NOT NULL)",
];

pub const READ_SNAPSHOT: &str = "SELECT version, state FROM snapshots WHERE stream_id = $1";
pub const SAVE_SNAPSHOT: &str =
    "INSERT INTO snapshots (stream_id, version, state) VALUES ($1, $2, $3)
     ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, state = excluded.state
     WHERE excluded.version > snapshots.version";

/// Shared SQL text (both dialects accept `$n` parameters).
pub const LOCK_HEAD: &str =
    "UPDATE log_head SET position = position WHERE id = 1 RETURNING position, hash";
pub const SET_HEAD: &str = "UPDATE log_head SET position = $1, hash = $2 WHERE id = 1";
pub const STREAM_VERSION: &str =
    "SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream_id = $1";
pub const COMMAND_EXISTS: &str = "SELECT 1 FROM commands WHERE command_id = $1";
pub const INSERT_EVENT: &str = "INSERT INTO events (position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
pub const INSERT_COMMAND: &str =
    "INSERT INTO commands (command_id, stream_id, position, response) VALUES ($1, $2, $3, $4)";
pub const READ_STREAM: &str = "SELECT position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at, hash FROM events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version";
pub const READ_ALL: &str = "SELECT position, stream_id, stream_version, event_type, schema_version, payload, metadata, recorded_at, hash FROM events WHERE position > $1 ORDER BY position LIMIT $2";
pub const READ_HEAD: &str = "SELECT position FROM log_head WHERE id = 1";
pub const READ_HEAD_HASH: &str = "SELECT position, hash FROM log_head WHERE id = 1";
pub const READ_COMMAND: &str = "SELECT position, response FROM commands WHERE command_id = $1";

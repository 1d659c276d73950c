//! Walks the hash chain of the whole log and names every place where it breaks.
//!
//! Each event is checked against its predecessor's stored hash (so one edited event is one
//! break, not a cascade) and against the recomputed chain (so an edited hash field does not
//! make its successor look edited too). A gap in the positions, also at the end (the log head
//! records the last position), is a missing event; the event after a gap cannot be checked
//! against its lost predecessor and starts the chain anew.

use super::hash::{self, GENESIS};
use super::{EventStore, StoreError};

/// How reading the log in pages of this many events.
const PAGE: u32 = 10_000;

/// How the chain breaks at one position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakKind {
    /// The stored event's contents (or its stored hash) do not match the chain.
    Edited,
    /// No event is stored at this position.
    Missing,
    /// An event is stored out of order (its position was already passed).
    Reordered,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Break {
    pub position: u64,
    pub kind: BreakKind,
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            BreakKind::Edited => "edited: its contents or hash do not match the chain",
            BreakKind::Missing => "missing: no event is stored there",
            BreakKind::Reordered => "reordered: stored out of order",
        };
        write!(f, "position {}: {what}", self.position)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Intact {
        events: u64,
        head_hash: String,
    },
    /// Every break found, in order of position.
    Broken {
        events: u64,
        breaks: Vec<Break>,
    },
}

/// Checks that `event` is the one expected at `expected_position` after the hash `previous`;
/// returns its hash, or why it breaks the chain.
pub fn check_next(
    previous: &[u8; 32],
    expected_position: u64,
    event: &super::RecordedEvent,
) -> Result<[u8; 32], String> {
    if event.position != expected_position {
        return Err(format!(
            "event missing: the next stored event is at {}",
            event.position
        ));
    }
    let computed = hash::chain(previous, event);
    if hash::to_hex(&computed) != event.hash {
        return Err("stored hash does not match the event's contents and its predecessor".into());
    }
    Ok(computed)
}

/// Recomputes every hash from the first event on; `progress` hears the position reached.
pub async fn verify_log(
    store: &dyn EventStore,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Verdict, StoreError> {
    let head = store.head().await?;
    let mut breaks = Vec::new();
    let mut expected = 1;
    // The predecessor's stored hash and the recomputed one (None after a gap).
    let mut stored_previous: Option<[u8; 32]> = Some(GENESIS);
    let mut true_previous: Option<[u8; 32]> = Some(GENESIS);
    let mut events = 0;
    let mut after = 0;
    loop {
        let page = store.read_all(after, PAGE).await?;
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        for event in &page {
            events += 1;
            if event.position < expected {
                breaks.push(Break {
                    position: event.position,
                    kind: BreakKind::Reordered,
                });
                continue;
            }
            while expected < event.position {
                breaks.push(Break {
                    position: expected,
                    kind: BreakKind::Missing,
                });
                expected += 1;
                stored_previous = None;
                true_previous = None;
            }
            let candidates = [stored_previous, true_previous];
            let checkable = candidates.iter().any(Option::is_some);
            let fits = candidates
                .iter()
                .flatten()
                .any(|p| hash::to_hex(&hash::chain(p, event)) == event.hash);
            if checkable && !fits {
                breaks.push(Break {
                    position: event.position,
                    kind: BreakKind::Edited,
                });
            }
            let stored = hash::from_hex(&event.hash);
            true_previous = match true_previous {
                Some(p) => Some(hash::chain(&p, event)),
                None => stored,
            };
            stored_previous = stored;
            expected += 1;
        }
        after = last;
        progress(last);
    }
    while expected <= head {
        breaks.push(Break {
            position: expected,
            kind: BreakKind::Missing,
        });
        expected += 1;
    }
    if breaks.is_empty() {
        Ok(Verdict::Intact {
            events,
            head_hash: hash::to_hex(&true_previous.unwrap_or(GENESIS)),
        })
    } else {
        breaks.sort_by_key(|b| b.position);
        Ok(Verdict::Broken { events, breaks })
    }
}

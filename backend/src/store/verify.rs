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
    /// The event at a position an anchor names has another hash than the anchor.
    AnchorDiffers,
    /// The log ends before a position an anchor names: its tail was cut off.
    Truncated,
    /// The log head's recorded hash is not the last event's.
    HeadDiffers,
}

impl BreakKind {
    /// The kind as the auditors' API names it.
    pub fn slug(self) -> &'static str {
        match self {
            BreakKind::Edited => "edited",
            BreakKind::Missing => "missing",
            BreakKind::Reordered => "reordered",
            BreakKind::AnchorDiffers => "anchor-differs",
            BreakKind::Truncated => "truncated",
            BreakKind::HeadDiffers => "head-differs",
        }
    }
}

/// A position and the hash the event there had when someone saw it (a printed report, an
/// earlier check): the log must still reach the position, with that hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub position: u64,
    pub hash: String,
}

impl std::str::FromStr for Anchor {
    type Err = String;

    /// `POSITION:HASH`, the hash as 64 hex digits.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (position, hash) = text
            .split_once(':')
            .ok_or_else(|| format!("{text:?}: expected POSITION:HASH"))?;
        let position: u64 = position
            .trim()
            .parse()
            .map_err(|_| format!("{text:?}: the position is not a number"))?;
        let hash = hash.trim().to_ascii_lowercase();
        if position == 0 || super::hash::from_hex(&hash).is_none() {
            return Err(format!(
                "{text:?}: expected a position from 1 and a hash of 64 hex digits"
            ));
        }
        Ok(Anchor { position, hash })
    }
}

impl std::fmt::Display for Anchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.position, self.hash)
    }
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
            BreakKind::AnchorDiffers => "another hash than the anchor names",
            BreakKind::Truncated => "cut off: the log ends before this anchored position",
            BreakKind::HeadDiffers => "the log head's hash is not this event's",
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
    verify_anchored(store, &[], progress).await
}

/// [`verify_log`], and every anchor must still hold: the log reaches its position and the
/// event there has its hash. A log whose tail was cut off (events deleted, the head moved
/// back) is whole in itself; only an anchor beyond the cut shows it.
pub async fn verify_anchored(
    store: &dyn EventStore,
    anchors: &[Anchor],
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Verdict, StoreError> {
    let head = store.head().await?;
    let head_hash = store.head_hash().await?;
    let mut walk = Walk::new(anchors);
    let mut after = 0;
    loop {
        let page = store.read_all(after, PAGE).await?;
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        for event in &page {
            walk.event(event);
        }
        after = last;
        progress(last);
    }
    Ok(walk.finish(head, head_hash))
}

/// The chain check over events in stored order, from wherever they come (the store, or an
/// export read back from its file).
pub struct Walk<'a> {
    anchored: std::collections::BTreeMap<u64, &'a str>,
    breaks: Vec<Break>,
    expected: u64,
    // The predecessor's stored hash and the recomputed one (None after a gap).
    stored_previous: Option<[u8; 32]>,
    true_previous: Option<[u8; 32]>,
    events: u64,
    last_seen: u64,
}

impl<'a> Walk<'a> {
    pub fn new(anchors: &'a [Anchor]) -> Self {
        Self {
            anchored: anchors
                .iter()
                .map(|a| (a.position, a.hash.as_str()))
                .collect(),
            breaks: Vec::new(),
            expected: 1,
            stored_previous: Some(GENESIS),
            true_previous: Some(GENESIS),
            events: 0,
            last_seen: 0,
        }
    }

    /// Checks the next event as stored.
    pub fn event(&mut self, event: &super::RecordedEvent) {
        self.events += 1;
        if event.position < self.expected {
            self.breaks.push(Break {
                position: event.position,
                kind: BreakKind::Reordered,
            });
            return;
        }
        while self.expected < event.position {
            self.breaks.push(Break {
                position: self.expected,
                kind: BreakKind::Missing,
            });
            self.expected += 1;
            self.stored_previous = None;
            self.true_previous = None;
        }
        let candidates = [self.stored_previous, self.true_previous];
        let checkable = candidates.iter().any(Option::is_some);
        let fits = candidates
            .iter()
            .flatten()
            .any(|p| hash::to_hex(&hash::chain(p, event)) == event.hash);
        if checkable && !fits {
            self.breaks.push(Break {
                position: event.position,
                kind: BreakKind::Edited,
            });
        }
        if self
            .anchored
            .get(&event.position)
            .is_some_and(|hash| *hash != event.hash)
        {
            self.breaks.push(Break {
                position: event.position,
                kind: BreakKind::AnchorDiffers,
            });
        }
        self.last_seen = event.position;
        let stored = hash::from_hex(&event.hash);
        self.true_previous = match self.true_previous {
            Some(p) => Some(hash::chain(&p, event)),
            None => stored,
        };
        self.stored_previous = stored;
        self.expected += 1;
    }

    /// The verdict, given the head the log records (position, and with it its hash where the
    /// backend keeps one): events missing up to it, anchors beyond the end, a head whose hash
    /// is not the last event's.
    pub fn finish(mut self, head: u64, head_hash: Option<(u64, String)>) -> Verdict {
        while self.expected <= head {
            self.breaks.push(Break {
                position: self.expected,
                kind: BreakKind::Missing,
            });
            self.expected += 1;
        }
        let end = self.last_seen.max(head);
        for position in self.anchored.keys().filter(|p| **p > end) {
            self.breaks.push(Break {
                position: *position,
                kind: BreakKind::Truncated,
            });
        }
        // The head as recorded must name the last event and its hash (read together, so a
        // write meanwhile shows as another position, not as a difference).
        if let (Some((position, recorded)), Some(last)) = (head_hash, self.stored_previous) {
            if position == self.last_seen && recorded != hash::to_hex(&last) {
                self.breaks.push(Break {
                    position,
                    kind: BreakKind::HeadDiffers,
                });
            }
        }
        if self.breaks.is_empty() {
            Verdict::Intact {
                events: self.events,
                head_hash: hash::to_hex(&self.true_previous.unwrap_or(GENESIS)),
            }
        } else {
            self.breaks.sort_by_key(|b| b.position);
            Verdict::Broken {
                events: self.events,
                breaks: self.breaks,
            }
        }
    }
}

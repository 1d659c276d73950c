//! Walks the hash chain of the whole log and reports whether it is intact.

use super::hash::{self, GENESIS};
use super::{EventStore, StoreError};

/// How reading the log in pages of this many events.
const PAGE: u32 = 10_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Intact {
        events: u64,
        head_hash: String,
    },
    /// The first event whose stored hash or position does not fit the chain.
    Broken {
        position: u64,
        reason: String,
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
        return Err(
            "stored hash does not match the event's contents and its predecessor".into(),
        );
    }
    Ok(computed)
}

/// Recomputes every hash from the first event on; `progress` hears the position reached.
pub async fn verify_log(
    store: &dyn EventStore,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Verdict, StoreError> {
    let mut previous = GENESIS;
    let mut expected_position = 1;
    loop {
        let page = store.read_all(expected_position - 1, PAGE).await?;
        if page.is_empty() {
            return Ok(Verdict::Intact {
                events: expected_position - 1,
                head_hash: hash::to_hex(&previous),
            });
        }
        for event in &page {
            match check_next(&previous, expected_position, event) {
                Ok(computed) => previous = computed,
                Err(reason) => {
                    return Ok(Verdict::Broken {
                        position: expected_position,
                        reason,
                    })
                }
            }
            expected_position += 1;
        }
        progress(expected_position - 1);
    }
}

//! Counting per key within a fixed window: failed logins per account and per address, failed
//! booking-code lookups and registrations per address. In memory: a restart forgives, which
//! is acceptable for limits measured in minutes and hours.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tokio::sync::Notify;

/// At most `limit` counted events per key in each window of `window_seconds`; 0 means no limit.
#[derive(Clone)]
pub struct WindowLimit {
    limit: u32,
    window_seconds: i64,
    counts: Arc<Mutex<Keys>>,
    /// The most keys kept; beyond, the oldest window is dropped (that key is forgiven).
    max_keys: usize,
    /// Woken whenever a reservation is settled.
    settled: Arc<Notify>,
}

/// One key's window.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Events counted in the window.
    count: u32,
    /// When the window began.
    start: i64,
    /// Reservations not yet settled (they may or may not count).
    pending: u32,
}

/// The keys and their windows, with the windows in the order they began: expired windows
/// are dropped from the front as time passes, each once, so counting never scans the map.
#[derive(Default)]
struct Keys {
    map: HashMap<Arc<str>, Entry>,
    /// (start, key) of each window begun, oldest first; an item whose key has begun a newer
    /// window since is stale and skipped.
    order: VecDeque<(i64, Arc<str>)>,
}

/// The most keys a limit keeps unless told otherwise (`TEILHABE_LIMIT_KEYS`).
pub const DEFAULT_MAX_KEYS: usize = 100_000;

/// How long a reservation waits for others of its key to be settled.
const RESERVATION_WAIT: Duration = Duration::from_secs(5);

impl WindowLimit {
    pub fn new(limit: u32, window_seconds: i64) -> Self {
        Self {
            limit,
            window_seconds,
            counts: Arc::default(),
            max_keys: DEFAULT_MAX_KEYS,
            settled: Arc::default(),
        }
    }

    /// The same limit keeping at most `max_keys` keys (at least 1).
    pub fn with_max_keys(mut self, max_keys: usize) -> Self {
        self.max_keys = max_keys.max(1);
        self
    }

    /// The entry of `key` in its current window. Expired windows at the front of the order
    /// are dropped first; a new key when the map is full drops the oldest windows, live or not.
    fn entry<'a>(&self, keys: &'a mut Keys, key: &str, now: i64) -> &'a mut Entry {
        let window = self.window_seconds;
        while let Some((start, _)) = keys.order.front() {
            let expired = now - *start >= window;
            let full = keys.map.len() >= self.max_keys && !keys.map.contains_key(key);
            if !expired && !full {
                break;
            }
            let Some((start, old)) = keys.order.pop_front() else {
                break;
            };
            // Only when this item is the key's current window (not a stale one).
            if keys.map.get(&old).is_some_and(|e| e.start == start) {
                keys.map.remove(&old);
                if !expired {
                    tracing::debug!("limit keys full: the oldest window was dropped");
                }
            }
        }
        let stored: Arc<str> = match keys.map.get_key_value(key) {
            Some((stored, _)) => stored.clone(),
            None => {
                let stored: Arc<str> = Arc::from(key);
                keys.order.push_back((now, stored.clone()));
                stored
            }
        };
        let entry = keys.map.entry(stored.clone()).or_insert(Entry {
            count: 0,
            start: now,
            pending: 0,
        });
        if now - entry.start >= window {
            entry.count = 0;
            entry.start = now;
            keys.order.push_back((now, stored));
        }
        entry
    }

    /// Counts one event and says whether it was still allowed: the check and the count happen
    /// under one lock, so a burst of parallel requests cannot all pass the check before any
    /// of them is counted. A refused event is not counted.
    pub fn try_count(&self, key: &str, now: i64) -> bool {
        if self.limit == 0 {
            return true;
        }
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        let entry = self.entry(&mut counts, key, now);
        if entry.count >= self.limit {
            return false;
        }
        entry.count += 1;
        true
    }

    /// Reserves an event that may turn out to count (a look-up that may miss): `None` when
    /// `key` has used up its allowance. Counted events and open reservations together never
    /// exceed the allowance, so a burst of parallel requests gets no more than it; when they
    /// would, the reservation waits (a few seconds at most) for the open ones to be settled.
    pub async fn reserve(&self, key: &str, now: i64) -> Option<Reservation> {
        if self.limit == 0 {
            return Some(Reservation {
                limit: None,
                key: String::new(),
            });
        }
        loop {
            let settled = self.settled.notified();
            tokio::pin!(settled);
            settled.as_mut().enable();
            {
                let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
                let entry = self.entry(&mut counts, key, now);
                if entry.count >= self.limit {
                    return None;
                }
                if entry.count + entry.pending < self.limit {
                    entry.pending += 1;
                    return Some(Reservation {
                        limit: Some(self.clone()),
                        key: key.to_owned(),
                    });
                }
            }
            tokio::time::timeout(RESERVATION_WAIT, settled).await.ok()?;
        }
    }

    fn settle(&self, key: &str, counted: bool) {
        {
            let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(entry) = counts.map.get_mut(key) {
                entry.pending = entry.pending.saturating_sub(1);
                if counted {
                    entry.count += 1;
                }
            }
        }
        self.settled.notify_waiters();
    }

    /// Takes back one event counted for `key` in the current window (a reservation that
    /// turned out not to count, such as a login that succeeded).
    pub fn refund(&self, key: &str) {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = counts.map.get_mut(key) {
            entry.count = entry.count.saturating_sub(1);
        }
    }

    /// How many keys are kept.
    pub fn keys(&self) -> usize {
        self.counts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .map
            .len()
    }

    pub fn forget(&self, key: &str) {
        self.counts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .map
            .remove(key);
    }
}

/// An event reserved with [`WindowLimit::reserve`]: it counts unless [`Reservation::free`]
/// says it does not (also when the request goes away before it is settled).
pub struct Reservation {
    limit: Option<WindowLimit>,
    key: String,
}

impl Reservation {
    /// The reserved event does not count (the code was found).
    pub fn free(mut self) {
        if let Some(limit) = self.limit.take() {
            limit.settle(&self.key, false);
        }
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if let Some(limit) = self.limit.take() {
            limit.settle(&self.key, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allowance_returns_with_the_next_window() {
        let limit = WindowLimit::new(2, 60);
        assert!(limit.try_count("a", 0));
        assert!(limit.try_count("a", 10));
        assert!(!limit.try_count("a", 20));
        assert!(
            limit.try_count("b", 20),
            "another key has its own allowance"
        );
        assert!(limit.try_count("a", 60), "a new window");
    }

    #[tokio::test]
    async fn reservations_never_exceed_the_allowance_and_freed_ones_do_not_count() {
        let limit = WindowLimit::new(2, 60);
        let a = limit.reserve("k", 0).await.expect("first");
        let b = limit.reserve("k", 0).await.expect("second");
        let waiting = tokio::spawn({
            let limit = limit.clone();
            async move { limit.reserve("k", 0).await.is_some() }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiting.is_finished(), "a third waits while two are open");
        a.free();
        assert!(waiting.await.unwrap(), "a freed reservation makes room");
        drop(b);
        assert!(
            limit.reserve("k", 0).await.is_none(),
            "two counted: used up"
        );
    }

    #[test]
    fn many_distinct_keys_stay_bounded_and_cheap_to_count() {
        let limit = WindowLimit::new(5, 3600);
        let started = std::time::Instant::now();
        for i in 0..110_000 {
            assert!(limit.try_count(&format!("address-{i}"), 0));
        }
        let elapsed = started.elapsed();
        assert!(limit.keys() <= 100_000, "{} keys kept", limit.keys());
        assert!(
            elapsed < Duration::from_secs(5),
            "110,000 counts took {elapsed:?}"
        );
    }

    #[test]
    fn a_full_map_forgets_the_oldest_window_first() {
        let limit = WindowLimit::new(1, 60).with_max_keys(2);
        assert!(limit.try_count("a", 0));
        assert!(limit.try_count("b", 1));
        assert!(!limit.try_count("b", 2), "b used up");
        assert!(
            limit.try_count("c", 3),
            "a new key pushes out the oldest (a)"
        );
        assert_eq!(limit.keys(), 2);
        assert!(!limit.try_count("b", 4), "b is still remembered");
        assert!(limit.try_count("a", 5), "a was forgotten");
    }

    #[test]
    fn a_refund_gives_one_back() {
        let limit = WindowLimit::new(1, 60);
        assert!(limit.try_count("a", 0));
        assert!(!limit.try_count("a", 1));
        limit.refund("a");
        assert!(limit.try_count("a", 2));
    }

    #[test]
    fn zero_means_no_limit() {
        let limit = WindowLimit::new(0, 60);
        assert!((0..1000).all(|i| limit.try_count("a", i)));
    }
}

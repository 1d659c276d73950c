//! Counting per key within a fixed window: failed logins per account and per address, failed
//! booking-code lookups and registrations per address. In memory: a restart forgives, which
//! is acceptable for limits measured in minutes and hours.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tokio::sync::Notify;

/// At most `limit` counted events per key in each window of `window_seconds`; 0 means no limit.
#[derive(Clone)]
pub struct WindowLimit {
    limit: u32,
    window_seconds: i64,
    counts: Arc<Mutex<HashMap<String, Entry>>>,
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

/// Keys beyond this many are pruned of expired windows.
const PRUNE_ABOVE: usize = 100_000;

/// How long a reservation waits for others of its key to be settled.
const RESERVATION_WAIT: Duration = Duration::from_secs(5);

impl WindowLimit {
    pub fn new(limit: u32, window_seconds: i64) -> Self {
        Self {
            limit,
            window_seconds,
            counts: Arc::default(),
            settled: Arc::default(),
        }
    }

    /// The entry of `key` in its current window.
    fn entry<'a>(
        &self,
        counts: &'a mut HashMap<String, Entry>,
        key: &str,
        now: i64,
    ) -> &'a mut Entry {
        if counts.len() > PRUNE_ABOVE {
            let window = self.window_seconds;
            counts.retain(|_, e| e.pending > 0 || now - e.start < window);
        }
        let entry = counts.entry(key.to_owned()).or_insert(Entry {
            count: 0,
            start: now,
            pending: 0,
        });
        if now - entry.start >= self.window_seconds {
            entry.count = 0;
            entry.start = now;
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
            if let Some(entry) = counts.get_mut(key) {
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
        if let Some(entry) = counts.get_mut(key) {
            entry.count = entry.count.saturating_sub(1);
        }
    }

    pub fn forget(&self, key: &str) {
        self.counts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
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

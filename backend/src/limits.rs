//! Counting per key within a fixed window: failed logins per account and per address, failed
//! booking-code lookups and registrations per address. In memory: a restart forgives, which
//! is acceptable for limits measured in minutes and hours.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// At most `limit` counted events per key in each window of `window_seconds`; 0 means no limit.
#[derive(Clone)]
pub struct WindowLimit {
    limit: u32,
    window_seconds: i64,
    counts: Arc<Mutex<HashMap<String, (u32, i64)>>>,
}

/// Keys beyond this many are pruned of expired windows.
const PRUNE_ABOVE: usize = 100_000;

impl WindowLimit {
    pub fn new(limit: u32, window_seconds: i64) -> Self {
        Self {
            limit,
            window_seconds,
            counts: Arc::default(),
        }
    }

    /// True when `key` has used up its allowance in the current window.
    pub fn exhausted(&self, key: &str, now: i64) -> bool {
        if self.limit == 0 {
            return false;
        }
        let counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        counts
            .get(key)
            .is_some_and(|(n, start)| now - start < self.window_seconds && *n >= self.limit)
    }

    /// Counts one event for `key`.
    pub fn count(&self, key: &str, now: i64) {
        if self.limit == 0 {
            return;
        }
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if counts.len() > PRUNE_ABOVE {
            let window = self.window_seconds;
            counts.retain(|_, (_, start)| now - *start < window);
        }
        let entry = counts.entry(key.to_owned()).or_insert((0, now));
        if now - entry.1 >= self.window_seconds {
            *entry = (0, now);
        }
        entry.0 += 1;
    }

    /// Counts one event and says whether it was still allowed: the check and the count happen
    /// under one lock, so a burst of parallel requests cannot all pass the check before any
    /// of them is counted. A refused event is not counted.
    pub fn try_count(&self, key: &str, now: i64) -> bool {
        if self.limit == 0 {
            return true;
        }
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if counts.len() > PRUNE_ABOVE {
            let window = self.window_seconds;
            counts.retain(|_, (_, start)| now - *start < window);
        }
        let entry = counts.entry(key.to_owned()).or_insert((0, now));
        if now - entry.1 >= self.window_seconds {
            *entry = (0, now);
        }
        if entry.0 >= self.limit {
            return false;
        }
        entry.0 += 1;
        true
    }

    /// Takes back one event counted for `key` in the current window (a reservation that
    /// turned out not to count, such as a login that succeeded).
    pub fn refund(&self, key: &str) {
        let mut counts = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(entry) = counts.get_mut(key) {
            entry.0 = entry.0.saturating_sub(1);
        }
    }

    pub fn forget(&self, key: &str) {
        self.counts
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(key);
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

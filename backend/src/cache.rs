//! Caches bounded by the configuration, not by history: the least recently used entry goes
//! when one more would not fit, and whoever asks falls back to the database on a miss. Each
//! counts its hits and misses for `/metrics`.

use hashlink::LruCache;
use std::borrow::Borrow;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A map of at most `capacity` entries (0: nothing is kept).
pub struct BoundedCache<K: Hash + Eq, V> {
    name: &'static str,
    entries: Mutex<LruCache<K, V>>,
    capacity: usize,
    hits: AtomicU64,
    misses: AtomicU64,
}

/// What `/metrics` shows of a cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheStats {
    pub name: &'static str,
    pub entries: usize,
    pub capacity: usize,
    pub hits: u64,
    pub misses: u64,
}

impl<K: Hash + Eq, V: Clone> BoundedCache<K, V> {
    pub fn new(name: &'static str, capacity: usize) -> Self {
        Self {
            name,
            // The map grows as entries come, up to the capacity: no memory is reserved ahead.
            entries: Mutex::new(LruCache::new(capacity.max(1))),
            capacity,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    fn lock(&self) -> MutexGuard<'_, LruCache<K, V>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry for `key` (now the most recently used), counted as a hit or a miss.
    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let found = self.lock().get(key).cloned();
        let counter = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }

    /// Keeps `value` for `key`, forgetting the least recently used entry if the cache is full.
    pub fn insert(&self, key: K, value: V) {
        if self.capacity > 0 {
            self.lock().insert(key, value);
        }
    }

    /// Runs `f` on the entries under the cache's lock (for changes that must not interleave
    /// with other inserts).
    pub fn with<T>(&self, f: impl FnOnce(&mut Entries<'_, K, V>) -> T) -> T {
        let mut guard = self.lock();
        f(&mut Entries {
            map: &mut guard,
            capacity: self.capacity,
        })
    }

    pub fn stats(&self) -> CacheStats {
        CacheStats {
            name: self.name,
            entries: self.lock().len(),
            capacity: self.capacity,
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }
}

/// The entries of a [`BoundedCache`] while its lock is held.
pub struct Entries<'a, K: Hash + Eq, V> {
    map: &'a mut LruCache<K, V>,
    capacity: usize,
}

impl<K: Hash + Eq, V> Entries<'_, K, V> {
    pub fn insert(&mut self, key: K, value: V) {
        if self.capacity > 0 {
            self.map.insert(key, value);
        }
    }

    /// Replaces the entry for `key` if there is one, without making it more recently used.
    pub fn replace<Q>(&mut self, key: &Q, value: V) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        match self.map.peek_mut(key) {
            Some(entry) => {
                *entry = value;
                true
            }
            None => false,
        }
    }
}

/// A metric family: its name, type, help text and the value it takes from a cache.
type Family = (
    &'static str,
    &'static str,
    &'static str,
    fn(&CacheStats) -> u64,
);

/// Prometheus text for the caches: entries, capacity, hits and misses per cache.
pub fn metrics_text(caches: &[CacheStats]) -> String {
    let mut out = String::new();
    let families: [Family; 4] = [
        (
            "teilhabe_cache_entries",
            "gauge",
            "Entries a cache holds now.",
            |c| c.entries as u64,
        ),
        (
            "teilhabe_cache_capacity",
            "gauge",
            "Entries a cache holds at most (configured).",
            |c| c.capacity as u64,
        ),
        (
            "teilhabe_cache_hits_total",
            "counter",
            "Lookups a cache answered since start.",
            |c| c.hits,
        ),
        (
            "teilhabe_cache_misses_total",
            "counter",
            "Lookups a cache did not answer (the database did) since start.",
            |c| c.misses,
        ),
    ];
    for (name, kind, help, value) in families {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} {kind}\n"));
        for cache in caches {
            out.push_str(&format!(
                "{name}{{cache=\"{}\"}} {}\n",
                cache.name,
                value(cache)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_cache_forgets_the_least_recently_used_entry() {
        // Given a cache of two entries, the first of them used again
        let cache = BoundedCache::new("test", 2);
        cache.insert("a", 1);
        cache.insert("b", 2);
        assert_eq!(cache.get("a"), Some(1));
        // When a third comes
        cache.insert("c", 3);
        // Then the one not used since goes, and the cache stays at its size
        assert_eq!(cache.get("b"), None);
        assert_eq!(cache.get("a"), Some(1));
        assert_eq!(cache.get("c"), Some(3));
        let stats = cache.stats();
        assert_eq!((stats.entries, stats.capacity), (2, 2));
        assert_eq!((stats.hits, stats.misses), (3, 1));
    }

    #[test]
    fn a_cache_of_size_zero_keeps_nothing() {
        // Given a cache configured to size 0
        let cache = BoundedCache::new("off", 0);
        // When an entry is put in
        cache.insert("a", 1);
        cache.with(|entries| entries.insert("b", 2));
        // Then nothing is kept: every lookup goes to the database
        assert_eq!(cache.get("a"), None);
        assert_eq!(cache.get("b"), None);
        assert_eq!(cache.stats().entries, 0);
    }

    #[test]
    fn replacing_touches_only_entries_already_held() {
        // Given a cache holding "a"
        let cache = BoundedCache::new("test", 4);
        cache.insert("a", 1);
        // When "a" and "b" are replaced
        let (a, b) = cache.with(|entries| (entries.replace("a", 10), entries.replace("b", 20)));
        // Then "a" changed and "b" was not added
        assert!(a && !b);
        assert_eq!(cache.get("a"), Some(10));
        assert_eq!(cache.get("b"), None);
    }

    #[test]
    fn metrics_name_each_cache() {
        // Given the stats of one cache
        let stats = CacheStats {
            name: "keys",
            entries: 3,
            capacity: 10,
            hits: 7,
            misses: 2,
        };
        // When they are written for /metrics
        let text = metrics_text(&[stats]);
        // Then each family carries the cache's name and value
        assert!(text.contains("teilhabe_cache_entries{cache=\"keys\"} 3\n"));
        assert!(text.contains("teilhabe_cache_capacity{cache=\"keys\"} 10\n"));
        assert!(text.contains("teilhabe_cache_hits_total{cache=\"keys\"} 7\n"));
        assert!(text.contains("teilhabe_cache_misses_total{cache=\"keys\"} 2\n"));
    }
}

//! The per-person keys: in the `personal_keys` table outside the log, the most recently used
//! cached in memory (as many as configured), deleted on erasure, copied with backups.

use super::booking_codes::CodeCloak;
use super::{KeyringError, Subject, SCHEMA};
use crate::cache::{BoundedCache, CacheStats};
use crate::projections::db::{ReadDb, Statement, Value as DbValue};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chacha20poly1305::{ChaCha20Poly1305, Key, KeyInit};
use rand::RngCore;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The name of the installation's secret that booking codes are hidden with in the log.
const BOOKING_CODE_SECRET: &str = "code-cloak-secret";

/// A person's key, or the fact that it was deleted.
#[derive(Clone)]
pub(super) enum Entry {
    Key(Arc<ChaCha20Poly1305>),
    Erased,
}

/// How many keys the server keeps in memory unless configured otherwise
/// (`TEILHABE_KEY_CACHE`): a few hundred bytes each.
pub const DEFAULT_KEY_CACHE: usize = 20_000;

/// The per-person keys: held in the database outside the log, the most recently used cached
/// in memory.
pub struct Keyring {
    db: ReadDb,
    /// How booking codes are hidden in the stored log (with the installation's secret).
    pub(super) codes: CodeCloak,
    /// Keys and erasures by subject; a subject not here is looked up in the table. An entry
    /// may be a key another process erased meanwhile: [`Keyring::refresh`] turns those into
    /// erasures before keys are used.
    cache: BoundedCache<String, Entry>,
    /// Keys [`Keyring::seal_generated`] made that [`Keyring::save_new`] has not written yet:
    /// held apart from the cache, which may drop them before they are in the table.
    generated: Mutex<HashMap<String, Arc<ChaCha20Poly1305>>>,
    /// New keys waiting to be written, with their sequence numbers: concurrent registrations
    /// share one durable commit (group commit) instead of waiting for the disk one by one.
    pending: Mutex<Vec<(u64, String, String)>>,
    next_seq: AtomicU64,
    written_upto: AtomicU64,
    writing: tokio::sync::Mutex<()>,
    /// The count of erasures in the table when this process last looked.
    erasures_seen: AtomicI64,
}

impl Keyring {
    /// Opens the key table (creating it), keeping the default number of keys in memory.
    pub async fn open(db: ReadDb) -> Result<Arc<Self>, KeyringError> {
        Self::open_with(db, DEFAULT_KEY_CACHE).await
    }

    /// Opens the key table (creating it), keeping at most `cached` keys in memory; the others
    /// are read from the table when needed.
    pub async fn open_with(db: ReadDb, cached: usize) -> Result<Arc<Self>, KeyringError> {
        db.execute_all(SCHEMA).await?;
        // Read before the keys: an erasure in between is picked up at the first refresh.
        let erasures = erasure_count(&db).await?;
        // Erasures recorded under another spelling of their subject than the key's own (every
        // booking erased before subjects had one form): the key they meant is erased now.
        // Keys were always written under their subject's one form; only erasures are looked at.
        let misspelt: Vec<(String, Subject)> = db
            .query(
                "SELECT subject FROM personal_keys WHERE key IS NULL",
                vec![],
            )
            .await?
            .iter()
            .map(|row| (row[0].text().to_owned(), Subject::parse(row[0].text())))
            .filter(|(written, subject)| subject.as_str() != written)
            .collect();
        db.execute_all(&[crate::auth::INSTALLATION_SCHEMA]).await?;
        let secret = crate::auth::installation_secret(&db, BOOKING_CODE_SECRET).await?;
        let keyring = Arc::new(Self {
            codes: CodeCloak::new(secret.as_bytes()),
            db,
            cache: BoundedCache::new("keys", cached),
            generated: Mutex::default(),
            pending: Mutex::new(Vec::new()),
            next_seq: AtomicU64::new(0),
            written_upto: AtomicU64::new(0),
            writing: tokio::sync::Mutex::new(()),
            erasures_seen: AtomicI64::new(erasures),
        });
        let mut repaired = 0;
        for (written, subject) in &misspelt {
            if keyring.db_holds_key(subject).await? {
                repaired += 1;
            }
            // The erasure moves to the key's own name; the misspelt row goes (once).
            keyring.erase(subject).await?;
            keyring
                .db
                .execute_durable(Statement::new(
                    "DELETE FROM personal_keys WHERE subject = $1",
                    vec![written.as_str().into()],
                ))
                .await?;
        }
        if !misspelt.is_empty() {
            tracing::warn!(
                erasures = misspelt.len(),
                keys_deleted = repaired,
                "moved erasures recorded under another spelling of their subject"
            );
        }
        Ok(keyring)
    }

    /// Opens the key table holding every key in memory, as [`Keyring::seal_generated`] needs
    /// when it adds to a log (a generated history may name a person already in the table):
    /// for the command line, not the server.
    pub async fn open_holding_all(db: ReadDb) -> Result<Arc<Self>, KeyringError> {
        let keyring = Self::open_with(db, usize::MAX).await?;
        let rows = keyring
            .db
            .query("SELECT subject, key FROM personal_keys", vec![])
            .await?;
        keyring.cache.with(|entries| {
            for row in rows {
                let written = row[0].text();
                entries.insert(
                    Subject::parse(written).as_str().to_owned(),
                    entry_of(written, &row[1])?,
                );
            }
            Ok::<_, KeyringError>(())
        })?;
        Ok(keyring)
    }

    /// The key cache's size and hit rate, for `/metrics`.
    pub fn cache_stats(&self) -> CacheStats {
        self.cache.stats()
    }

    /// Forgets the keys erased since this process last looked (by another server on the same
    /// database, or the command line): one look at the count of erasures, and only when it
    /// moved a look at which keys are gone. Called before keys are used.
    pub async fn refresh(&self) -> Result<(), KeyringError> {
        let count = erasure_count(&self.db).await?;
        if count == self.erasures_seen.load(Ordering::SeqCst) {
            return Ok(());
        }
        let rows = self
            .db
            .query(
                "SELECT subject FROM personal_keys WHERE key IS NULL",
                vec![],
            )
            .await?;
        // Only the keys held here need forgetting: the others are read from the table, where
        // they are gone. Under the cache's lock, so that a key read from the table before the
        // erasure is not cached after this (see `stored`).
        self.cache.with(|entries| {
            for row in rows {
                entries.replace(Subject::parse(row[0].text()).as_str(), Entry::Erased);
            }
            self.erasures_seen.fetch_max(count, Ordering::SeqCst);
        });
        Ok(())
    }

    /// Whether the table holds a key for `subject` (not the cache: for repairs).
    async fn db_holds_key(&self, subject: &Subject) -> Result<bool, KeyringError> {
        let rows = self
            .db
            .query(
                "SELECT key FROM personal_keys WHERE subject = $1 AND key IS NOT NULL",
                vec![subject.as_str().into()],
            )
            .await?;
        Ok(!rows.is_empty())
    }

    pub(super) fn cached(&self, subject: &Subject) -> Option<Entry> {
        self.cache.get(subject.as_str())
    }

    /// The subject's entry as stored (another instance may have written it), if any.
    async fn stored(&self, subject: &Subject) -> Result<Option<Entry>, KeyringError> {
        let seen = self.erasures_seen.load(Ordering::SeqCst);
        let rows = self
            .db
            .query(
                "SELECT key FROM personal_keys WHERE subject = $1",
                vec![subject.as_str().into()],
            )
            .await?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let entry = entry_of(subject.as_str(), &row[0])?;
        self.cache.with(|entries| {
            // A key read before a refresh that came meanwhile may have been erased since: it
            // is used this once (it was read before the erasure), not kept.
            if matches!(entry, Entry::Erased) || self.erasures_seen.load(Ordering::SeqCst) == seen {
                entries.insert(subject.as_str().to_owned(), entry.clone());
            }
        });
        Ok(Some(entry))
    }

    /// The subject's entry: from memory, else from the table (where every key is; another
    /// instance may have written it).
    pub(super) async fn entry(&self, subject: &Subject) -> Result<Option<Entry>, KeyringError> {
        match self.cached(subject) {
            Some(entry) => Ok(Some(entry)),
            None => self.stored(subject).await,
        }
    }

    /// The key to seal the subject's data with: theirs, a new one, or none once erased.
    pub(super) async fn sealing_entry(&self, subject: &Subject) -> Result<Entry, KeyringError> {
        if let Some(entry) = self.entry(subject).await? {
            return Ok(entry);
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        // Durable before any event sealed with it is: a lost key would lose the data.
        self.write_new_key(subject, BASE64.encode(key)).await?;
        // Whoever inserted first (another instance, on PostgreSQL) decides the key.
        self.stored(subject)
            .await?
            .ok_or_else(|| KeyringError::BadKey(subject.to_string()))
    }

    /// Writes a new key durably, together with the keys other tasks are adding meanwhile: the
    /// first to get the writer's lock writes all that wait, the others find theirs written.
    async fn write_new_key(&self, subject: &Subject, key: String) -> Result<(), KeyringError> {
        let seq = {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            let seq = self.next_seq.fetch_add(1, Ordering::SeqCst) + 1;
            pending.push((seq, subject.as_str().to_owned(), key));
            seq
        };
        let _writer = self.writing.lock().await;
        if self.written_upto.load(Ordering::SeqCst) >= seq {
            return Ok(());
        }
        let batch =
            std::mem::take(&mut *self.pending.lock().unwrap_or_else(PoisonError::into_inner));
        let Some(last) = batch.last().map(|(seq, _, _)| *seq) else {
            return Ok(());
        };
        self.write_keys(
            batch
                .iter()
                .map(|(_, subject, key)| (subject.as_str(), key.as_str())),
        )
        .await?;
        self.written_upto.store(last, Ordering::SeqCst);
        Ok(())
    }

    /// Writes new keys (subject, base64 key) durably, up to 500 to a statement; a subject
    /// that has a row already keeps it.
    async fn write_keys<'a>(
        &self,
        keys: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> Result<(), KeyringError> {
        let created = now();
        let rows: Vec<Vec<DbValue>> = keys
            .map(|(subject, key)| vec![subject.into(), key.into(), created.as_str().into()])
            .collect();
        for chunk in rows.chunks(500) {
            let statement = insert_keys(&["subject", "key", "created_at"], chunk);
            self.db.execute_durable(statement).await?;
        }
        Ok(())
    }

    /// Whether the subject has a key (none yet, or erased: false), as far as this process
    /// knows since its last [`Keyring::refresh`].
    pub async fn holds(&self, subject: &Subject) -> Result<bool, KeyringError> {
        Ok(matches!(self.entry(subject).await?, Some(Entry::Key(_))))
    }

    /// Deletes the subject's key for good; returns whether there was one to delete.
    pub async fn erase(&self, subject: &Subject) -> Result<bool, KeyringError> {
        let had_key = self.holds(subject).await?;
        self.db
            .execute_durable(Statement::new(
                "INSERT INTO personal_keys (subject, key, created_at, erased_at) VALUES ($1, NULL, $2, $2) ON CONFLICT (subject) DO UPDATE SET key = NULL, erased_at = $2",
                vec![subject.as_str().into(), now().into()],
            ))
            .await?;
        self.cache
            .insert(subject.as_str().to_owned(), Entry::Erased);
        lock(&self.generated).remove(subject.as_str());
        // Tells the other processes to look (after the key is gone: they find it gone).
        self.db
            .execute_durable(Statement::new(
                "UPDATE personal_key_erasures SET erasures = erasures + 1 WHERE id = 1",
                vec![],
            ))
            .await?;
        Ok(had_key)
    }

    /// The key [`Keyring::seal_generated`] made for `subject` and has not written yet.
    pub(super) fn generated(&self, subject: &Subject) -> Option<Arc<ChaCha20Poly1305>> {
        lock(&self.generated).get(subject.as_str()).cloned()
    }

    /// Holds a key [`Keyring::seal_generated`] made until [`Keyring::save_new`] writes it.
    pub(super) fn hold_generated(&self, subject: &Subject, cipher: Arc<ChaCha20Poly1305>) {
        lock(&self.generated).insert(subject.as_str().to_owned(), cipher);
    }

    /// Writes the keys [`Keyring::seal_generated`] made, many to a statement.
    pub async fn save_new(&self, new: &mut Vec<(String, String)>) -> Result<(), KeyringError> {
        self.write_keys(
            new.iter()
                .map(|(subject, key)| (subject.as_str(), key.as_str())),
        )
        .await?;
        // Written: from now on they are found like any other key (the cache, else the table).
        let generated = std::mem::take(&mut *lock(&self.generated));
        self.cache.with(|entries| {
            for (subject, cipher) in generated {
                entries.insert(subject, Entry::Key(cipher));
            }
        });
        new.clear();
        Ok(())
    }
}

/// Copies every key (and every erasure) from one database to another, for restoring a backup
/// and moving between backends: the log alone would open to nothing but "erased".
pub async fn copy_keys(from: &ReadDb, to: &ReadDb) -> Result<u64, KeyringError> {
    from.execute_all(SCHEMA).await?;
    to.execute_all(SCHEMA).await?;
    let rows = from
        .query(
            "SELECT subject, key, created_at, erased_at FROM personal_keys",
            vec![],
        )
        .await?;
    for chunk in rows.chunks(500) {
        let statement = insert_keys(&["subject", "key", "created_at", "erased_at"], chunk);
        to.execute_durable(statement).await?;
    }
    // The installation's secrets go with the keys: staff ids are keyed with one of them, and
    // a restored store must give an address the id it had.
    from.execute_all(&[crate::auth::INSTALLATION_SCHEMA])
        .await?;
    to.execute_all(&[crate::auth::INSTALLATION_SCHEMA]).await?;
    for row in from
        .query("SELECT key, value FROM installation", vec![])
        .await?
    {
        to.execute_durable(Statement::new(
            "INSERT INTO installation (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            row,
        ))
        .await?;
    }
    Ok(rows.len() as u64)
}

/// One statement inserting `rows` (each a value per column of `columns`) into the key table,
/// keeping what is there already.
fn insert_keys(columns: &[&str], rows: &[Vec<DbValue>]) -> Statement {
    let mut sql = format!("INSERT INTO personal_keys ({}) VALUES ", columns.join(", "));
    let mut params = Vec::with_capacity(rows.len() * columns.len());
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            sql.push_str(", ");
        }
        let slots: Vec<String> = (1..=columns.len())
            .map(|c| format!("${}", i * columns.len() + c))
            .collect();
        sql.push_str(&format!("({})", slots.join(", ")));
        params.extend(row.iter().take(columns.len()).cloned());
    }
    sql.push_str(" ON CONFLICT (subject) DO NOTHING");
    Statement::new(sql, params)
}

async fn erasure_count(db: &ReadDb) -> Result<i64, KeyringError> {
    let rows = db
        .query(
            "SELECT erasures FROM personal_key_erasures WHERE id = 1",
            vec![],
        )
        .await?;
    Ok(rows.first().map_or(0, |row| row[0].int()))
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn entry_of(subject: &str, key: &DbValue) -> Result<Entry, KeyringError> {
    match key {
        DbValue::Null => Ok(Entry::Erased),
        value => {
            let bytes = BASE64
                .decode(value.text())
                .ok()
                .filter(|b| b.len() == 32)
                .ok_or_else(|| KeyringError::BadKey(subject.to_owned()))?;
            Ok(Entry::Key(Arc::new(ChaCha20Poly1305::new(
                Key::from_slice(&bytes),
            ))))
        }
    }
}

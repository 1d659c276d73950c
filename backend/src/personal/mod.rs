//! Personal data in the log, sealed per person: crypto-shredding.
//!
//! Names, contact details and free text in events are encrypted (ChaCha20-Poly1305) with a key
//! that belongs to one person (a booking, an ambassador, a staff account, an idea's
//! submitter). The keys live in the `personal_keys` table, outside the log. Erasing a person
//! deletes their key: the events stay, their hashes and the chain stay valid, counts stay the
//! same, and wherever the person's data would appear the app reads the placeholder
//! [`ERASED`](teilhabe_events::ERASED) instead.
//!
//! [`SealingStore`] wraps the event store: it seals on append and opens on read, so aggregates
//! and read models see plain events. The stored payload holds, at each personal field, a
//! string `sealed:v1:<subject>:<base64 of nonce and ciphertext>`; which fields are personal,
//! whose they are and what stands in for them once erased is written down once, in
//! [`PERSONAL_FIELDS`].
//!
//! Booking codes are no personal data but bearer credentials: [`booking_codes`] keeps them out
//! of the stored log in the same pass.

mod booking_codes;
mod fields;
mod keyring;
mod sealing;
mod store;
mod subject;
#[cfg(test)]
mod tests;

pub use booking_codes::CodeCloak;
pub use fields::personal_pointers;
pub use keyring::{copy_keys, Keyring, DEFAULT_KEY_CACHE};
pub use store::SealingStore;
pub use subject::Subject;

use crate::projections::ProjectionError;
use crate::store::StoreError;

const SEALED: &str = "sealed:v1:";

pub const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS personal_keys (
        subject TEXT PRIMARY KEY, key TEXT, created_at TEXT NOT NULL, erased_at TEXT)",
    // The erased subjects alone: opening the keyring and refreshing it after an erasure read
    // these, not every key (a full scan of a million keys would also fill a connection's page
    // cache).
    "CREATE INDEX IF NOT EXISTS personal_keys_erased ON personal_keys (subject) WHERE key IS NULL",
    // How many erasures there have been: every process holding keys in memory compares it
    // with the count it saw last before it uses a key, and forgets the keys erased meanwhile
    // (by another server on the same database, or the command line).
    "CREATE TABLE IF NOT EXISTS personal_key_erasures (id BIGINT PRIMARY KEY, erasures BIGINT NOT NULL)",
    "INSERT INTO personal_key_erasures (id, erasures) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
];

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("key table: {0}")]
    Database(#[from] ProjectionError),
    #[error("stored key for {0} is not a key")]
    BadKey(String),
}

impl From<KeyringError> for StoreError {
    fn from(e: KeyringError) -> Self {
        match e {
            KeyringError::Database(ProjectionError::Store(e)) if e.is_unavailable() => e,
            e => StoreError::Corrupt(e.to_string()),
        }
    }
}

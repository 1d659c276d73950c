//! Sealing an event's personal fields on the way into the log and opening them on the way out.

use super::booking_codes::{may_be_cloaked, CodeCloak};
use super::fields::{personal_fields, Whose};
use super::keyring::{Entry, Keyring};
use super::{KeyringError, Subject, SEALED};
use crate::store::{NewEvent, RecordedEvent};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;
use serde_json::Value;
use std::sync::Arc;
use teilhabe_events::BookingCode;

/// Whose data an event holds, by the payload as the application wrote it (its booking code
/// in clear).
fn subject_of(
    whose: Whose,
    codes: &CodeCloak,
    stream_id: &str,
    payload: &Value,
) -> Option<Subject> {
    match whose {
        Whose::Booking => payload
            .pointer("/data/booking_code")
            .and_then(Value::as_str)
            .and_then(|code| BookingCode::parse(code).ok())
            .map(|code| Subject::booking(&codes.reference(&code))),
        Whose::Stream => Some(Subject::stream(stream_id)),
        Whose::Cards => Some(Subject::cards(stream_id)),
        Whose::WalkIn => payload
            .pointer("/data/walk_in_id")
            .and_then(Value::as_str)
            .map(|id| Subject::walk_in(stream_id, id)),
    }
}

/// Whether an event about to be stored has anything to seal or hide: personal fields, or a
/// booking code.
fn has_secrets(event: &NewEvent) -> bool {
    personal_fields(&event.event_type).is_some() || event.payload.contains("\"booking_code\"")
}

impl Keyring {
    /// The subject a booking's personal data is sealed under (events written before booking
    /// codes were hidden used [`Subject::booking_in_clear`]).
    pub fn booking_subject(&self, code: &BookingCode) -> Subject {
        Subject::booking(&self.codes.reference(code))
    }

    /// The id of the interest whose code is `code` (a keyed hash; the code is stored nowhere).
    pub fn interest_id(&self, code: &BookingCode) -> String {
        self.codes.interest_reference(code)
    }

    /// Every subject a booking's data may be sealed under: today's and the one of events
    /// written before booking codes were hidden.
    pub fn booking_subjects(&self, code: &BookingCode) -> [Subject; 2] {
        [self.booking_subject(code), Subject::booking_in_clear(code)]
    }

    /// Seals the personal fields of an event about to be appended to `stream_id`, and hides
    /// its booking code.
    pub async fn seal(&self, stream_id: &str, event: NewEvent) -> Result<NewEvent, KeyringError> {
        if !has_secrets(&event) {
            return Ok(event);
        }
        let Ok(mut payload) = serde_json::from_str::<Value>(&event.payload) else {
            return Ok(event);
        };
        if let Some((whose, fields)) = personal_fields(&event.event_type) {
            let subject = subject_of(whose, &self.codes, stream_id, &payload);
            let entry = match &subject {
                Some(subject) => Some(self.sealing_entry(subject).await?),
                None => None,
            };
            for (pointer, erased) in fields {
                let Some(field) = payload.pointer_mut(pointer).filter(|f| !f.is_null()) else {
                    continue;
                };
                *field = match (&entry, &subject) {
                    (Some(Entry::Key(cipher)), Some(subject)) => {
                        Value::String(seal_value(cipher, subject.as_str(), pointer, field))
                    }
                    // Data arriving for someone already erased is not kept at all, nor data
                    // that names no one to seal it for.
                    (_, subject) => erased.value(subject.as_ref().map_or("", Subject::as_str)),
                };
            }
        }
        self.codes.hide(&mut payload);
        Ok(NewEvent {
            payload: payload.to_string(),
            ..event
        })
    }

    /// Opens the sealed fields of a stored event (fields whose key is gone read as erased)
    /// and reveals its booking code.
    pub async fn open_event(
        &self,
        mut event: RecordedEvent,
    ) -> Result<RecordedEvent, KeyringError> {
        let sealed = event.payload.contains(SEALED);
        if !sealed && !may_be_cloaked(&event.payload) {
            return Ok(event);
        }
        if !sealed {
            if let Some(revealed) = self.codes.reveal_text(&event.payload) {
                event.payload = revealed?;
                return Ok(event);
            }
        }
        let Ok(mut payload) = serde_json::from_str::<Value>(&event.payload) else {
            return Ok(event);
        };
        if let Some((_, fields)) = personal_fields(&event.event_type).filter(|_| sealed) {
            for (pointer, erased) in fields {
                let Some(field) = payload.pointer_mut(pointer) else {
                    continue;
                };
                let Some((written, sealed)) = field
                    .as_str()
                    .and_then(|s| s.strip_prefix(SEALED))
                    .and_then(|s| s.rsplit_once(':'))
                    .map(|(subject, sealed)| (subject.to_owned(), sealed.to_owned()))
                else {
                    continue;
                };
                let subject = Subject::parse(&written);
                // The ciphertext is bound to the subject as written when it was sealed.
                *field = match self.entry(&subject).await? {
                    Some(Entry::Key(cipher)) => open_value(&cipher, &written, pointer, &sealed)
                        .unwrap_or_else(|| erased.value(subject.as_str())),
                    Some(Entry::Erased) | None => erased.value(subject.as_str()),
                };
            }
        }
        self.codes.reveal(&mut payload)?;
        event.payload = payload.to_string();
        Ok(event)
    }

    /// Seals a generated event with a new key for its subject, kept in memory until
    /// [`Keyring::save_new`] writes the batch (for generated histories of a million events),
    /// and hides its booking code. A subject already in the table is found only in the cache:
    /// adding to a log that has keys needs [`Keyring::open_holding_all`].
    pub fn seal_generated(
        &self,
        stream_id: &str,
        event: NewEvent,
        new: &mut Vec<(String, String)>,
    ) -> NewEvent {
        if !has_secrets(&event) {
            return event;
        }
        let Ok(mut payload) = serde_json::from_str::<Value>(&event.payload) else {
            return event;
        };
        if let Some((whose, fields)) = personal_fields(&event.event_type) {
            let subject = subject_of(whose, &self.codes, stream_id, &payload);
            let known = |subject: &Subject| match self.generated(subject) {
                Some(cipher) => Some(cipher),
                None => match self.cached(subject) {
                    Some(Entry::Key(cipher)) => Some(cipher),
                    _ => None,
                },
            };
            let cipher = subject.as_ref().map(|subject| match known(subject) {
                Some(cipher) => cipher,
                None => {
                    let mut key = [0u8; 32];
                    rand::rng().fill_bytes(&mut key);
                    let cipher = Arc::new(ChaCha20Poly1305::new(Key::from_slice(&key)));
                    self.hold_generated(subject, cipher.clone());
                    new.push((subject.as_str().to_owned(), BASE64.encode(key)));
                    cipher
                }
            });
            for (pointer, erased) in fields {
                let Some(field) = payload.pointer_mut(pointer).filter(|f| !f.is_null()) else {
                    continue;
                };
                *field = match (&cipher, &subject) {
                    (Some(cipher), Some(subject)) => {
                        Value::String(seal_value(cipher, subject.as_str(), pointer, field))
                    }
                    _ => erased.value(""),
                };
            }
        }
        self.codes.hide(&mut payload);
        NewEvent {
            payload: payload.to_string(),
            ..event
        }
    }
}

/// What binds a ciphertext to its place: it cannot be moved to another person or field.
fn binding(subject: &str, pointer: &str) -> String {
    format!("{subject}|{pointer}")
}

pub(super) fn seal_value(
    cipher: &ChaCha20Poly1305,
    subject: &str,
    pointer: &str,
    value: &Value,
) -> String {
    let sealed = encrypt(
        cipher,
        &binding(subject, pointer),
        value.to_string().as_bytes(),
    );
    format!("{SEALED}{subject}:{sealed}")
}

fn open_value(
    cipher: &ChaCha20Poly1305,
    subject: &str,
    pointer: &str,
    sealed: &str,
) -> Option<Value> {
    let plain = decrypt(cipher, &binding(subject, pointer), sealed)?;
    serde_json::from_slice(&plain).ok()
}

/// `plain` encrypted with a fresh random nonce and bound to `aad`: base64 of nonce and
/// ciphertext.
pub(super) fn encrypt(cipher: &ChaCha20Poly1305, aad: &str, plain: &[u8]) -> String {
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    // Encryption with a valid key and nonce does not fail for inputs of this size.
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: aad.as_bytes(),
            },
        )
        .unwrap_or_default();
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    BASE64.encode(bytes)
}

/// What [`encrypt`] sealed, if it opens with `cipher` and `aad`.
pub(super) fn decrypt(cipher: &ChaCha20Poly1305, aad: &str, sealed: &str) -> Option<Vec<u8>> {
    let bytes = BASE64.decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, ciphertext) = bytes.split_at(12);
    cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad: aad.as_bytes(),
            },
        )
        .ok()
}

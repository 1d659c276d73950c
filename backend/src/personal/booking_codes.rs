//! Booking codes kept out of the stored log.
//!
//! A booking code is a bearer credential: whoever has it can open, cancel and erase the
//! booking. The log is exported to auditors and outside verifiers, so it must not hold codes,
//! yet the export alone must still verify (the hash chain is over the stored form). So each
//! stored `booking_code` is `code:v1:<reference>:<base64 of nonce and ciphertext>`:
//!
//! - the **reference** is a keyed hash of the code (HMAC-SHA-256 under the installation's
//!   secret, 80 bits): the same booking has the same reference in every event, so an auditor
//!   can follow one booking through the log, but without the secret nobody can tell which
//!   code it stands for, nor confirm a guessed one;
//! - the **ciphertext** is the code encrypted (ChaCha20-Poly1305, bound to the reference) under
//!   a key derived from the same secret, so the server reads the code back on every read and
//!   aggregates and read models see plain events.
//!
//! The secret lives in the `installation` table, outside the log, and goes with the keys on
//! backup and migration. It is the installation's, not the person's: after an erasure the
//! booking still counts (it was booked, it was cancelled), only the person is gone. Events
//! written before codes were cloaked keep them in clear (the log is never rewritten) and read
//! as before; their sealed fields keep the subject they were sealed under.

use super::sealing::{decrypt, encrypt};
use super::KeyringError;
use crate::domain::account::hmac_sha256;
use chacha20poly1305::{ChaCha20Poly1305, Key, KeyInit};
use serde_json::Value;
use teilhabe_events::BookingCode;

/// What a cloaked code starts with.
pub const CLOAKED: &str = "code:v1:";
/// Where an event's booking code stands in its stored payload.
const POINTER: &str = "/data/booking_code";
/// Bytes of the keyed hash kept as the reference (80 bits: no two bookings of a city share one).
const REFERENCE_BYTES: usize = 10;

/// The installation's way of hiding booking codes in the log and finding them again.
pub struct CodeCloak {
    reference_key: [u8; 32],
    /// Keys the references of interest codes: an interest's id is the keyed hash of its code,
    /// so the code itself is stored nowhere in the log (see [`CodeCloak::interest_reference`]).
    interest_key: [u8; 32],
    cipher: ChaCha20Poly1305,
}

impl CodeCloak {
    /// The cloak of the installation whose secret is `secret`: the reference key and the
    /// cipher key are derived from it, each for its one use.
    pub fn new(secret: &[u8]) -> Self {
        let reference_key = hmac_sha256(secret, b"teilhabe booking-code reference");
        let cipher_key = hmac_sha256(secret, b"teilhabe booking-code cipher");
        let interest_key = hmac_sha256(secret, b"teilhabe interest-code reference");
        Self {
            reference_key,
            interest_key,
            cipher: ChaCha20Poly1305::new(Key::from_slice(&cipher_key)),
        }
    }

    /// The booking's reference: 20 hex digits of the keyed hash of its code (one spelling of
    /// the code, with or without its dash, gives one reference).
    pub fn reference(&self, code: &BookingCode) -> String {
        hex::encode(&hmac_sha256(&self.reference_key, code.as_str().as_bytes())[..REFERENCE_BYTES])
    }

    /// The id of the interest whose code is `code`: 20 hex digits of a keyed hash of the code
    /// under its own key (never the same as a booking's reference for the same letters). Only
    /// the holder of the code can name her interest; the log and its export hold the id alone.
    pub fn interest_reference(&self, code: &BookingCode) -> String {
        hex::encode(&hmac_sha256(&self.interest_key, code.as_str().as_bytes())[..REFERENCE_BYTES])
    }

    /// The stored form of `written`, a code as the event spelled it.
    fn cloak(&self, code: &BookingCode, written: &str) -> String {
        let reference = self.reference(code);
        let sealed = encrypt(&self.cipher, &reference, written.as_bytes());
        format!("{CLOAKED}{reference}:{sealed}")
    }

    /// The code a stored form stands for, as the event spelled it; `None` when it does not
    /// open (another installation's secret, or an altered ciphertext).
    fn uncloak(&self, stored: &str) -> Option<String> {
        let (reference, sealed) = stored.strip_prefix(CLOAKED)?.split_once(':')?;
        String::from_utf8(decrypt(&self.cipher, reference, sealed)?).ok()
    }

    /// Replaces the clear booking code of a payload about to be stored by its cloaked form;
    /// whether there was one.
    pub fn hide(&self, payload: &mut Value) -> bool {
        let Some(field) = payload.pointer_mut(POINTER) else {
            return false;
        };
        let Some(written) = field.as_str() else {
            return false;
        };
        let Ok(code) = BookingCode::parse(written) else {
            return false;
        };
        *field = Value::String(self.cloak(&code, written));
        true
    }

    /// Puts the clear code back into a stored payload; whether there was a cloaked one. A
    /// cloaked code that does not open is an error: the event cannot be read without it.
    pub fn reveal(&self, payload: &mut Value) -> Result<bool, KeyringError> {
        let Some(field) = payload.pointer_mut(POINTER) else {
            return Ok(false);
        };
        let Some(stored) = field.as_str().filter(|s| s.starts_with(CLOAKED)) else {
            return Ok(false);
        };
        let code = self.uncloak(stored).ok_or_else(|| {
            KeyringError::BadKey("a booking code (the installation secret)".into())
        })?;
        *field = Value::String(code);
        Ok(true)
    }
}

/// Whether a stored payload may hold a cloaked booking code (a cheap test before parsing).
pub fn may_be_cloaked(payload: &str) -> bool {
    payload.contains(CLOAKED)
}

/// How a cloaked code begins in a payload as the app stores it (compact JSON).
const CLOAKED_FIELD: &str = "\"booking_code\":\"code:v1:";

impl CodeCloak {
    /// [`CodeCloak::reveal`] on the stored text, without parsing the payload: most events
    /// with a booking code have nothing else to open, and replaying a long log reads millions
    /// of them. `None` when the text is not in the app's compact form (then parse it).
    pub fn reveal_text(&self, payload: &str) -> Option<Result<String, KeyringError>> {
        let start = payload.find(CLOAKED_FIELD)? + "\"booking_code\":\"".len();
        // Reference and ciphertext are hex and base64: no escapes, the next quote ends them.
        let end = start + payload[start..].find('"')?;
        let Some(code) = self.uncloak(&payload[start..end]) else {
            return Some(Err(KeyringError::BadKey(
                "a booking code (the installation secret)".into(),
            )));
        };
        // A code is six letters and digits and a dash: nothing to escape.
        Some(Ok(format!(
            "{}{code}{}",
            &payload[..start],
            &payload[end..]
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn code() -> BookingCode {
        BookingCode::parse("K7P-4WM").unwrap()
    }

    #[test]
    fn a_hidden_code_is_not_in_the_payload_and_reveals_as_written() {
        let cloak = CodeCloak::new(b"installation secret");
        let plain = json!({"type": "RegistrationCancelled", "data": {"booking_code": "K7P-4WM"}});
        let mut stored = plain.clone();
        assert!(cloak.hide(&mut stored));
        let text = stored.to_string();
        assert!(!text.contains("K7P"), "{text}");
        assert!(text.contains(&cloak.reference(&code())), "{text}");
        assert!(cloak.reveal(&mut stored).unwrap());
        assert_eq!(stored, plain);
    }

    #[test]
    fn the_reference_is_the_same_for_one_code_and_differs_between_installations() {
        let (a, b) = (CodeCloak::new(b"one"), CodeCloak::new(b"two"));
        let dashless = BookingCode::parse("K7P4WM").unwrap();
        assert_eq!(a.reference(&code()), a.reference(&dashless));
        assert_eq!(a.reference(&code()).len(), 2 * REFERENCE_BYTES);
        assert_ne!(a.reference(&code()), b.reference(&code()));
    }

    #[test]
    fn an_interest_reference_is_keyed_and_differs_from_the_booking_reference() {
        let (a, b) = (CodeCloak::new(b"one"), CodeCloak::new(b"two"));
        let dashless = BookingCode::parse("K7P4WM").unwrap();
        assert_eq!(
            a.interest_reference(&code()),
            a.interest_reference(&dashless)
        );
        assert_eq!(a.interest_reference(&code()).len(), 2 * REFERENCE_BYTES);
        assert_ne!(a.interest_reference(&code()), a.reference(&code()));
        assert_ne!(a.interest_reference(&code()), b.interest_reference(&code()));
    }

    #[test]
    fn another_installations_secret_or_an_altered_code_does_not_reveal() {
        let (a, b) = (CodeCloak::new(b"one"), CodeCloak::new(b"two"));
        let mut stored = json!({"data": {"booking_code": "K7P-4WM"}});
        a.hide(&mut stored);
        assert!(b.reveal(&mut stored.clone()).is_err());
        // The ciphertext moved under another booking's reference does not open either.
        let text = stored["data"]["booking_code"].as_str().unwrap().to_owned();
        let other = a.reference(&BookingCode::parse("ACD-347").unwrap());
        let moved = format!("{CLOAKED}{other}:{}", text.rsplit_once(':').unwrap().1);
        assert!(a
            .reveal(&mut json!({"data": {"booking_code": moved}}))
            .is_err());
    }

    #[test]
    fn revealing_the_text_gives_what_revealing_the_parsed_payload_gives() {
        let cloak = CodeCloak::new(b"one");
        let mut stored =
            json!({"type": "ParticipantPromoted", "data": {"booking_code": "K7P-4WM"}});
        cloak.hide(&mut stored);
        let text = cloak.reveal_text(&stored.to_string()).unwrap().unwrap();
        cloak.reveal(&mut stored).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), stored);
        assert!(cloak.reveal_text("{\"data\":{}}").is_none());
        let other = CodeCloak::new(b"two");
        let mut hidden = json!({"data": {"booking_code": "K7P-4WM"}});
        cloak.hide(&mut hidden);
        assert!(other.reveal_text(&hidden.to_string()).unwrap().is_err());
    }

    #[test]
    fn payloads_without_a_clear_code_are_left_alone() {
        let cloak = CodeCloak::new(b"one");
        let mut none = json!({"data": {"walk_in_id": "w1"}});
        assert!(!cloak.hide(&mut none));
        assert!(!cloak.reveal(&mut none).unwrap());
        let mut clear = json!({"data": {"booking_code": "K7P-4WM"}});
        assert!(
            !cloak.reveal(&mut clear).unwrap(),
            "an old event's clear code stays"
        );
    }
}

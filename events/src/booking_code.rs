//! The short booking code a resident gets instead of a password, e.g. `K7P-4QM`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Letters and digits that cannot be mistaken for one another when read aloud or
/// copied from paper: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V.
pub const ALPHABET: &[u8; 22] = b"ACDEFGHJKMNPRTWXY34679";
/// Number of symbols in a code (shown as two groups of three).
pub const LENGTH: usize = 6;

/// A well-formed booking code, stored without the dash.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BookingCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BookingCodeError {
    #[error("a booking code has {LENGTH} characters")]
    WrongLength,
    #[error("a booking code holds only the letters and digits printed on the confirmation")]
    BadCharacter,
}

impl BookingCode {
    /// Parses what a person typed: case, spaces and dashes do not matter. The alphabet
    /// holds neither member of any look-alike pair, so a printed code never asks the
    /// reader to tell O from 0 or I from 1.
    pub fn parse(input: &str) -> Result<Self, BookingCodeError> {
        let mut code = String::with_capacity(LENGTH);
        for ch in input.chars() {
            if ch == '-' || ch == ' ' || ch == '\u{2010}' || ch == '\u{2013}' {
                continue;
            }
            if code.len() >= LENGTH {
                return Err(BookingCodeError::WrongLength);
            }
            let mapped = ch.to_ascii_uppercase();
            if !mapped.is_ascii() || !ALPHABET.contains(&(mapped as u8)) {
                return Err(BookingCodeError::BadCharacter);
            }
            code.push(mapped);
        }
        if code.len() != LENGTH {
            return Err(BookingCodeError::WrongLength);
        }
        Ok(Self(code))
    }

    /// Builds a code from `LENGTH` random indices (each taken modulo the alphabet size).
    pub fn from_indices(indices: [u8; LENGTH]) -> Self {
        let code = indices
            .iter()
            .map(|i| ALPHABET[(*i as usize) % ALPHABET.len()] as char)
            .collect();
        Self(code)
    }

    /// The code without the dash, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BookingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.0.split_at(LENGTH / 2);
        write!(f, "{a}-{b}")
    }
}

impl FromStr for BookingCode {
    type Err = BookingCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for BookingCode {
    type Error = BookingCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<BookingCode> for String {
    fn from(code: BookingCode) -> Self {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_shown_as_two_groups_of_three() {
        let code = BookingCode::from_indices([0, 1, 2, 3, 4, 5]);
        assert_eq!(code.to_string(), "ACD-EFG");
    }

    #[test]
    fn case_dashes_and_spaces_do_not_matter() {
        let code = BookingCode::parse("k7p-4qm").unwrap_err();
        assert_eq!(
            code,
            BookingCodeError::BadCharacter,
            "Q is not in the alphabet"
        );
        let code = BookingCode::parse(" k7p 4 wm ").unwrap();
        assert_eq!(code.to_string(), "K7P-4WM");
    }

    #[test]
    fn characters_outside_the_alphabet_are_refused() {
        assert_eq!(
            BookingCode::parse("ACD-EF0"),
            Err(BookingCodeError::BadCharacter)
        );
        assert_eq!(
            BookingCode::parse("ACD-EFÄ"),
            Err(BookingCodeError::BadCharacter)
        );
    }

    #[test]
    fn codes_of_the_wrong_length_are_refused() {
        assert_eq!(
            BookingCode::parse("ACD"),
            Err(BookingCodeError::WrongLength)
        );
        assert_eq!(
            BookingCode::parse("ACDEFGH"),
            Err(BookingCodeError::WrongLength)
        );
        assert_eq!(BookingCode::parse(""), Err(BookingCodeError::WrongLength));
    }

    #[test]
    fn every_generated_code_parses_back() {
        for i in 0..=255u8 {
            let code = BookingCode::from_indices([i, i.wrapping_mul(7), 3, i, 9, 200]);
            assert_eq!(BookingCode::parse(&code.to_string()).unwrap(), code);
        }
    }
}

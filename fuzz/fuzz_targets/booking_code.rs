//! Booking codes as people type them: parsing never panics, and a parsed code reads back as
//! itself (case, dashes, spaces, O/0 and I/1 are normalised once and for all).
#![no_main]

use libfuzzer_sys::fuzz_target;
use teilhabe_events::BookingCode;

fuzz_target!(|input: &str| {
    if let Ok(code) = BookingCode::parse(input) {
        let shown = code.to_string();
        let again = BookingCode::parse(&shown).expect("a shown code parses");
        assert_eq!(again, code);
        assert_eq!(shown.len(), 7);
    }
});

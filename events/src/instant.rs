//! Reading instants of the API (RFC 3339, as the server writes them) without chrono's general
//! parser: its format machinery costs the residents' download about 3 KB gzipped (measured with
//! `twiggy`: `chrono::format::parse::parse_internal` and its tables), and the browser only ever
//! reads what the server wrote. The server keeps writing with chrono.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::Deserializer;

/// `2026-12-03T10:00:00+01:00`, with `t` or a space for `T`, an optional fraction of a second
/// (up to nanoseconds) and `Z`/`z` for UTC; `None` for anything else.
pub fn parse_rfc3339(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    let number = |from: usize, len: usize| -> Option<u32> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0_u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && matches!(b.get(10), Some(b'T' | b't' | b' '))) {
        return None;
    }
    if !(at(13, b':') && at(16, b':')) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(
        i32::try_from(number(0, 4)?).ok()?,
        number(5, 2)?,
        number(8, 2)?,
    )?;
    let mut i = 19;
    let mut nanos = 0;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = i - start;
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = number(start, digits)? * 10_u32.pow(9 - digits as u32);
    }
    let time = NaiveTime::from_hms_nano_opt(number(11, 2)?, number(14, 2)?, number(17, 2)?, nanos)?;
    let offset = match b.get(i..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let seconds = i32::try_from(number(i + 1, 2)? * 3600 + number(i + 4, 2)? * 60).ok()?;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    date.and_time(time)
        .and_local_timezone(FixedOffset::east_opt(offset)?)
        .single()
}

/// For `#[serde(deserialize_with = …)]` on instants of the API: from a borrowed or an owned
/// string alike (`serde_json::from_value` hands over owned ones).
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    struct Instant;
    impl serde::de::Visitor<'_> for Instant {
        type Value = DateTime<FixedOffset>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an RFC 3339 instant")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
            parse_rfc3339(text).ok_or_else(|| E::custom("not an RFC 3339 instant"))
        }
    }
    d.deserialize_str(Instant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_writes_and_reads_the_same_way() {
        for text in [
            "2026-12-03T10:00:00+01:00",
            "2026-12-03T10:00:00Z",
            "2026-12-03t10:00:00z",
            "2026-12-03 10:00:00-05:30",
            "2026-02-28T23:59:59.5+00:00",
            "2026-06-01T08:15:30.123456789+02:00",
        ] {
            let chrono = DateTime::parse_from_rfc3339(text).expect(text);
            assert_eq!(parse_rfc3339(text), Some(chrono), "{text}");
            assert_eq!(parse_rfc3339(&chrono.to_rfc3339()), Some(chrono));
        }
    }

    #[test]
    fn refuses_what_is_not_an_instant() {
        for text in [
            "",
            "2026-12-03",
            "2026-12-03T10:00:00",
            "2026-13-03T10:00:00Z",
            "2026-02-30T10:00:00Z",
            "2026-12-03T25:00:00Z",
            "2026-12-03T10:00:00.Z",
            "2026-12-03T10:00:00+0100",
            "2026-12-03T10:00:00Z ",
            "2026-12-03T1a:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_session_reads_its_times_back() {
        let json = r#"{"id":"s","title":"t","topic":"photos","venue":"v","district":"d",
            "starts_at":"2026-12-03T10:00:00+01:00","ends_at":"2026-12-03T12:00:00+01:00",
            "capacity":8,"seats_left":3,"waitlist_length":0}"#;
        let session: crate::api::SessionSummary = serde_json::from_str(json).unwrap();
        assert_eq!(session.starts_at.to_rfc3339(), "2026-12-03T10:00:00+01:00");
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let owned: crate::api::SessionSummary = serde_json::from_value(value).unwrap();
        assert_eq!(owned, session, "from owned strings too");
        assert!(serde_json::from_str::<crate::api::SessionSummary>(
            &json.replace("+01:00\",\"ends", "\",\"ends")
        )
        .is_err());
    }
}

//! A calendar file (iCalendar, RFC 5545) for one booked session, made in the browser so the
//! server keeps no extra endpoint and the file needs no network.

use chrono::{DateTime, Datelike, TimeZone, Timelike};

/// One booked session, in the words of the person's language.
pub struct CalendarEntry<'a> {
    /// Unique and stable for the booking, so downloading twice updates one entry.
    pub uid: &'a str,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
}

/// The file's text: CRLF line ends, lines folded at 75 octets, times in UTC.
pub fn ics<Tz: TimeZone>(
    entry: &CalendarEntry,
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
    stamp: &DateTime<Tz>,
) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Stadt Norderstedt//Teilhabe//DE".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(entry.uid)),
        format!("DTSTAMP:{}", utc(stamp)),
        format!("DTSTART:{}", utc(start)),
        format!("DTEND:{}", utc(end)),
        format!("SUMMARY:{}", escape(entry.summary)),
        format!("LOCATION:{}", escape(entry.location)),
        format!("DESCRIPTION:{}", escape(entry.description)),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut text = String::new();
    for line in &lines {
        fold(line, &mut text);
    }
    text
}

/// `20261203T090000Z`: a UTC date-time (RFC 5545, 3.3.5, form 2).
fn utc<Tz: TimeZone>(at: &DateTime<Tz>) -> String {
    let t = at.naive_utc();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends `line` ended by CRLF, folded so no physical line exceeds 75 octets; a fold never
/// splits a UTF-8 character (RFC 5545, 3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("valid test time")
    }

    fn entry<'a>(summary: &'a str, location: &'a str) -> CalendarEntry<'a> {
        CalendarEntry {
            uid: "K7P4WM@teilhabe.norderstedt.de",
            summary,
            location,
            description: "Ihr Buchungscode: K7P-4WM",
        }
    }

    #[test]
    fn times_are_written_in_utc() {
        let text = ics(
            &entry("Fotos", "Rathaus"),
            &at("2026-12-03T10:00:00+01:00"),
            &at("2026-12-03T12:00:00+01:00"),
            &at("2026-11-23T17:30:05+01:00"),
        );
        assert!(text.contains("\r\nDTSTART:20261203T090000Z\r\n"));
        assert!(text.contains("\r\nDTEND:20261203T110000Z\r\n"));
        assert!(text.contains("\r\nDTSTAMP:20261123T163005Z\r\n"));
    }

    #[test]
    fn every_line_ends_with_crlf_and_the_file_is_one_event() {
        let text = ics(
            &entry("Fotos", "Rathaus"),
            &at("2026-12-03T10:00:00+01:00"),
            &at("2026-12-03T12:00:00+01:00"),
            &at("2026-11-23T17:30:05+01:00"),
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert!(text.contains("\r\nUID:K7P4WM@teilhabe.norderstedt.de\r\n"));
    }

    #[test]
    fn commas_semicolons_and_backslashes_are_escaped() {
        let text = ics(
            &entry(
                "Fotos; Videos",
                "Stadtbücherei Norderstedt, Garstedt\\Mitte",
            ),
            &at("2026-12-03T10:00:00+01:00"),
            &at("2026-12-03T12:00:00+01:00"),
            &at("2026-11-23T17:30:05+01:00"),
        );
        assert!(text.contains("\r\nSUMMARY:Fotos\\; Videos\r\n"));
        assert!(text.contains("\r\nLOCATION:Stadtbücherei Norderstedt\\, Garstedt\\\\Mitte\r\n"));
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
        let summary = "Смартфон: первые шаги, видеозвонки с семьёй и безопасный онлайн-банкинг";
        let text = ics(
            &entry(summary, "Rathaus"),
            &at("2026-12-03T10:00:00+01:00"),
            &at("2026-12-03T12:00:00+01:00"),
            &at("2026-11-23T17:30:05+01:00"),
        );
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape(summary))));
    }
}

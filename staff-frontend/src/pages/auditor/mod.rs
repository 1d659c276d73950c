//! The auditors' area (auditors, and the office, which may read the history too): the report
//! as of any instant and the event log with its chain check and exports.

pub mod log;
pub mod report;

use crate::api::encode;
use crate::format::date_in_words;
use crate::i18n::I18n;
use crate::router::query_value;
use chrono::{DateTime, NaiveDate};
use wasm_bindgen::JsValue;

/// The filters and the position of one page of the event log, as its address holds them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LogQuery {
    /// Events after this position.
    pub after: u64,
    pub event_type: String,
    pub stream: String,
    /// Days, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    pub channel: String,
    pub actor: String,
}

impl LogQuery {
    /// The first page, unfiltered.
    pub const START: LogQuery = LogQuery {
        after: 0,
        event_type: String::new(),
        stream: String::new(),
        from: String::new(),
        to: String::new(),
        channel: String::new(),
        actor: String::new(),
    };

    /// The filters by the names the API and the address use (empty ones included).
    fn filters(&self) -> [(&'static str, &str); 6] {
        [
            ("type", &self.event_type),
            ("stream", &self.stream),
            ("from", &self.from),
            ("to", &self.to),
            ("channel", &self.channel),
            ("actor", &self.actor),
        ]
    }

    /// Whether any filter is set.
    pub fn filtered(&self) -> bool {
        self.filters().iter().any(|(_, v)| !v.is_empty())
    }

    /// `?after=…&type=…` with the filters that are set, or empty for the first unfiltered page.
    pub fn to_query(&self) -> String {
        let after = (self.after > 0).then(|| format!("after={}", self.after));
        let pairs: Vec<String> = after
            .into_iter()
            .chain(
                self.filters()
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(k, v)| format!("{k}={}", encode(v.trim()))),
            )
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    pub fn from_search(search: &str) -> Self {
        let value = |name| query_value(search, name).unwrap_or_default();
        Self {
            after: value("after").parse().unwrap_or(0),
            event_type: value("type"),
            stream: value("stream"),
            from: value("from"),
            to: value("to"),
            channel: value("channel"),
            actor: value("actor"),
        }
    }

    /// The same filters at another position.
    pub fn at(&self, after: u64) -> Self {
        Self {
            after,
            ..self.clone()
        }
    }
}

/// The first characters of a hash, for reading at a glance (the whole hash is shown on demand).
pub fn short_hash(hash: &str) -> String {
    let short: String = hash.chars().take(12).collect();
    if short.len() < hash.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// A log time (RFC 3339, UTC) as "2026-10-30 17:05:12 UTC": exact, and the same for everyone
/// who compares notes; the raw text if it is not a time.
pub fn utc_time(text: &str) -> String {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|_| text.to_owned())
}

/// An instant (RFC 3339) in the browser's time zone: its day and "HH:MM".
pub fn local_moment(text: &str) -> Option<(NaiveDate, String)> {
    let millis = DateTime::parse_from_rfc3339(text).ok()?.timestamp_millis();
    let local = js_sys::Date::new(&JsValue::from_f64(millis as f64));
    let day = NaiveDate::from_ymd_opt(
        local.get_full_year() as i32,
        local.get_month() + 1,
        local.get_date(),
    )?;
    Some((
        day,
        format!("{:02}:{:02}", local.get_hours(), local.get_minutes()),
    ))
}

/// "Freitag, 30. Oktober 2026, 18:05 Uhr" for an instant (RFC 3339), in the browser's time zone.
pub fn moment_in_words(i18n: &I18n, text: &str) -> String {
    match local_moment(text) {
        Some((day, time)) => i18n.t_args(
            "audit-moment",
            &[
                ("date", date_in_words(i18n, day).into()),
                ("year", i64::from(chrono::Datelike::year(&day)).into()),
                ("time", time.into()),
            ],
        ),
        None => text.to_owned(),
    }
}

/// A group's key from the report in words: a month ("2026-10" → "Oktober 2026"), a topic or
/// a channel by its name; a district as it is written. An empty key is "unknown".
pub fn group_name(i18n: &I18n, group: Group, key: &str) -> String {
    if key.is_empty() {
        return i18n.t("audit-unknown");
    }
    let named = |prefix: &str| {
        let id = format!("{prefix}{key}");
        // A key without a message (a channel added later) is shown as it is.
        if i18n.has(&id) {
            i18n.t(&id)
        } else {
            key.to_owned()
        }
    };
    match group {
        Group::Month => month_name(i18n, key),
        Group::Topic => named("topic-"),
        Group::Channel => named("audit-channel-"),
        Group::Field => named("audit-action-"),
        Group::State => named("audit-state-"),
        Group::Source => named("audit-source-"),
        Group::District => key.to_owned(),
    }
}

/// "2026-10" → "Oktober 2026".
fn month_name(i18n: &I18n, key: &str) -> String {
    let Some((year, month)) = key.split_once('-') else {
        return key.to_owned();
    };
    match (year.parse::<i64>(), month.parse::<u32>()) {
        (Ok(year), Ok(month)) if (1..=12).contains(&month) => i18n.t_args(
            "audit-month",
            &[
                ("month", i18n.t(&format!("date-month-{month}")).into()),
                ("year", year.into()),
            ],
        ),
        _ => key.to_owned(),
    }
}

/// What a key of the report names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Month,
    Topic,
    District,
    Channel,
    /// A field of action of the ideas store.
    Field,
    /// Where an idea stands.
    State,
    /// Where attendance or feedback was recorded (online, roster, door, paper).
    Source,
}

/// A share in whole percent ("–" when there is nothing to divide).
pub fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        format!("{} %", (f64::from(part) * 100.0 / f64::from(whole)).round())
    }
}

/// A mean with one decimal ("–" when there is nothing to divide).
pub fn mean(i18n: &I18n, sum: u32, count: u32) -> String {
    if count == 0 {
        "–".to_owned()
    } else {
        i18n.decimal(f64::from(sum) / f64::from(count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_query_survives_its_own_address() {
        let query = LogQuery {
            after: 120,
            event_type: "ParticipantRegistered".into(),
            actor: "account:x y".into(),
            ..LogQuery::default()
        };
        assert_eq!(
            query.to_query(),
            "?after=120&type=ParticipantRegistered&actor=account%3Ax%20y"
        );
        assert_eq!(LogQuery::from_search(&query.to_query()), query);
        assert_eq!(LogQuery::START.to_query(), "");
        assert!(!LogQuery::START.filtered());
        assert!(query.filtered());
    }

    #[test]
    fn a_hash_is_shortened_for_the_eye_only() {
        assert_eq!(short_hash("0123456789abcdef"), "0123456789ab…");
        assert_eq!(short_hash("abc"), "abc");
    }

    #[test]
    fn log_times_read_the_same_everywhere() {
        assert_eq!(
            utc_time("2026-10-30T17:05:12.123456Z"),
            "2026-10-30 17:05:12 UTC"
        );
        assert_eq!(utc_time("nonsense"), "nonsense");
    }

    #[test]
    fn shares_and_means_leave_out_what_cannot_be_divided() {
        assert_eq!(percent(1, 3), "33 %");
        assert_eq!(percent(0, 0), "–");
    }
}

//! Dates, times and counts in words, in the current language.

use crate::i18n::I18n;
use chrono::{DateTime, Datelike, FixedOffset, Timelike};

/// "Dienstag, 3. Dezember".
pub fn date_in_words(i18n: &I18n, at: &DateTime<FixedOffset>) -> String {
    let weekday = i18n.t(&format!(
        "date-weekday-{}",
        at.weekday().number_from_monday()
    ));
    let month = i18n.t(&format!("date-month-{}", at.month()));
    i18n.t_args(
        "date-long",
        &[
            ("weekday", weekday.into()),
            ("day", i64::from(at.day()).into()),
            ("month", month.into()),
        ],
    )
}

/// "10:00 bis 12:00 Uhr".
pub fn time_range(i18n: &I18n, from: &DateTime<FixedOffset>, to: &DateTime<FixedOffset>) -> String {
    let hm = |t: &DateTime<FixedOffset>| format!("{}:{:02}", t.hour(), t.minute());
    i18n.t_args(
        "date-time-range",
        &[("start", hm(from).into()), ("end", hm(to).into())],
    )
}

/// "3 Plätze frei".
pub fn seats_left(i18n: &I18n, count: u32) -> String {
    i18n.t_args("session-seats-left", &[("count", count.into())])
}

/// The translated name of a topic.
pub fn topic_name(i18n: &I18n, topic: teilhabe_events::Topic) -> String {
    i18n.t(&format!("topic-{}", topic.slug()))
}

/// The translated name of a need ("hearing loop", …).
pub fn need_name(i18n: &I18n, need: teilhabe_events::Need) -> String {
    i18n.t(&format!("need-{}", need.slug()))
}

//! Dates and times in words, in the current language.

use crate::i18n::I18n;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

/// "Dienstag, 3. Dezember".
pub fn date_in_words(i18n: &I18n, date: NaiveDate) -> String {
    let weekday = i18n.t(&format!(
        "date-weekday-{}",
        date.weekday().number_from_monday()
    ));
    let month = i18n.t(&format!("date-month-{}", date.month()));
    i18n.t_args(
        "date-long",
        &[
            ("weekday", weekday.into()),
            ("day", i64::from(date.day()).into()),
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

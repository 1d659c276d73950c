//! Dates, times, names of things and counts in words, in the current language; and the
//! browser's clock and time zone.

use crate::i18n::I18n;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use teilhabe_events::staff::HelpArea;
use teilhabe_events::{Need, Topic};

pub use teilhabe_web::format::{date_in_words, time_range};

/// "Dienstag, 3. Dezember, 10:00 bis 12:00 Uhr".
pub fn when(i18n: &I18n, from: &DateTime<FixedOffset>, to: &DateTime<FixedOffset>) -> String {
    format!(
        "{}, {}",
        date_in_words(i18n, from.date_naive()),
        time_range(i18n, from, to)
    )
}

pub fn topic_name(i18n: &I18n, topic: Topic) -> String {
    i18n.t(&format!("topic-{}", topic.slug()))
}

pub fn need_name(i18n: &I18n, need: Need) -> String {
    i18n.t(&format!("staff-need-{}", need.slug()))
}

pub fn help_area_name(i18n: &I18n, area: HelpArea) -> String {
    i18n.t(&format!("apply-help-{}", area.slug()))
}

/// A language an ambassador speaks, by its BCP 47 tag, named in the interface's language.
pub fn language_name(i18n: &I18n, tag: &str) -> String {
    i18n.t(&format!("staff-language-{tag}"))
}

/// Today in the browser's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// A date and a time as typed into `type="date"` and `type="time"` inputs, placed in the
/// browser's time zone (the offset that zone has on that day); `None` if either is not filled.
pub fn local_date_time(date: &str, time: &str) -> Option<DateTime<FixedOffset>> {
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok()?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").ok()?;
    let local = NaiveDateTime::new(date, time);
    let js = js_sys::Date::new_with_year_month_day_hr_min(
        date.year() as u32,
        date.month0() as i32,
        date.day() as i32,
        time.hour() as i32,
        time.minute() as i32,
    );
    // JavaScript counts minutes west of UTC; chrono wants seconds east.
    let offset = FixedOffset::east_opt(-(js.get_timezone_offset() as i32) * 60)?;
    local.and_local_timezone(offset).single()
}

/// The value of a `type="date"` input for a date.
pub fn date_input(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The value of a `type="time"` input for a moment.
pub fn time_input(at: &DateTime<FixedOffset>) -> String {
    at.format("%H:%M").to_string()
}

/// A booking code letter by letter, for screen readers: "K 7 P, 4 W M".
pub fn spelled(code: &str) -> String {
    code.chars()
        .map(|c| {
            if c == '-' {
                ", ".to_owned()
            } else {
                format!("{c} ")
            }
        })
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// A person's name as stored, or "erased" in words once their data was erased.
pub fn shown_name(i18n: &I18n, name: &str) -> String {
    if name == teilhabe_events::ERASED {
        i18n.t("personal-data-erased")
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_spelled_letter_by_letter() {
        assert_eq!(spelled("K7P-4QM"), "K 7 P , 4 Q M");
    }
}

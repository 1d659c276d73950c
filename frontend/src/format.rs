//! Dates, times and counts in words, in the current language.

use crate::i18n::I18n;
use chrono::{DateTime, FixedOffset};

pub use teilhabe_web::format::time_range;

/// "Dienstag, 3. Dezember".
pub fn date_in_words(i18n: &I18n, at: &DateTime<FixedOffset>) -> String {
    teilhabe_web::format::date_in_words(i18n, at.date_naive())
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

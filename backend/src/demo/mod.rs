//! Demo sessions for a new installation: real places in Norderstedt, dates in the coming weeks.

pub mod generated;
mod ideas;
mod staff;

pub use ideas::{seed_ideas, SeedError};
pub use staff::{seed_staff, DEMO_AMBASSADOR, DEMO_OFFICE, DEMO_PASSWORD, PRINCIPLES_V1};

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, TimeZone, Utc, Weekday};
use teilhabe_events::session::Topic;
use teilhabe_events::SessionDetails;

struct Plan {
    title: &'static str,
    topic: Topic,
    venue: &'static str,
    district: &'static str,
    /// Days from the Monday of next week.
    day: i64,
    start_hour: u32,
    hours: i64,
    capacity: u32,
}

const PLANS: &[Plan] = &[
    Plan {
        title: "Das Smartphone: die ersten Schritte",
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei Norderstedt",
        district: "Garstedt",
        day: 1,
        start_hour: 10,
        hours: 2,
        capacity: 12,
    },
    Plan {
        title: "Videoanrufe mit der Familie",
        topic: Topic::VideoCalls,
        venue: "Stadtbücherei Norderstedt",
        district: "Garstedt",
        day: 3,
        start_hour: 14,
        hours: 2,
        capacity: 10,
    },
    Plan {
        title: "Sicheres Online-Banking",
        topic: Topic::OnlineBanking,
        venue: "Rathaus Norderstedt",
        district: "Harksheide",
        day: 2,
        start_hour: 10,
        hours: 2,
        capacity: 8,
    },
    Plan {
        title: "Das Rathaus online: Termine und Anträge",
        topic: Topic::TownHallOnline,
        venue: "Rathaus Norderstedt",
        district: "Harksheide",
        day: 8,
        start_hour: 10,
        hours: 2,
        capacity: 15,
    },
    Plan {
        title: "Betrug im Internet erkennen",
        topic: Topic::SpottingScams,
        venue: "TriBühne Norderstedt",
        district: "Harksheide",
        day: 4,
        start_hour: 18,
        hours: 2,
        capacity: 40,
    },
    Plan {
        title: "Fotos machen, ordnen und verschicken",
        topic: Topic::Photos,
        venue: "Bürgerhaus Garstedt",
        district: "Garstedt",
        day: 9,
        start_hour: 15,
        hours: 2,
        capacity: 10,
    },
    Plan {
        title: "Smartphone-Sprechstunde",
        topic: Topic::SmartphoneBasics,
        venue: "Treffpunkt Harksheide",
        district: "Harksheide",
        day: 10,
        start_hour: 10,
        hours: 3,
        capacity: 2,
    },
];

/// Central European time in winter; the demo does not need daylight-saving precision.
fn berlin() -> FixedOffset {
    FixedOffset::east_opt(3600).unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

/// The demo sessions, dated from the week after `today`.
pub fn sessions(today: DateTime<Utc>) -> Vec<(String, SessionDetails)> {
    let local = today.with_timezone(&berlin()).date_naive();
    let to_monday = 7 - i64::from(local.weekday().num_days_from_monday());
    let monday = local + Duration::days(to_monday);
    debug_assert_eq!(monday.weekday(), Weekday::Mon);
    PLANS
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let day = monday + Duration::days(p.day);
            let start = day.and_time(NaiveTime::from_hms_opt(p.start_hour, 0, 0)?);
            let starts_at = berlin().from_local_datetime(&start).single()?;
            let details = SessionDetails {
                title: p.title.to_owned(),
                topic: p.topic,
                venue: p.venue.to_owned(),
                district: p.district.to_owned(),
                starts_at,
                ends_at: starts_at + Duration::hours(p.hours),
                capacity: p.capacity,
                drop_in: false,
            };
            Some((format!("demo-{}-{}", i + 1, day.format("%Y%m%d")), details))
        })
        .collect()
}

/// The demo booking codes of last week's session, whose holders can give feedback.
pub const PAST_BOOKINGS: &[(&str, &str)] = &[
    ("FED-347", "Erika Muster"),
    ("FED-349", "Hans Peters"),
    ("FED-367", "Ayşe Yılmaz"),
];

/// A session that took place in the week before `today`, so the demo shows feedback.
pub fn past_session(today: DateTime<Utc>) -> Option<(String, SessionDetails)> {
    let local = today.with_timezone(&berlin()).date_naive();
    let day = local - Duration::days(7);
    let starts_at = berlin()
        .from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(10, 0, 0)?))
        .single()?;
    let details = SessionDetails {
        title: "Das Smartphone: die ersten Schritte".to_owned(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei Norderstedt".to_owned(),
        district: "Garstedt".to_owned(),
        starts_at,
        ends_at: starts_at + Duration::hours(2),
        capacity: 12,
        drop_in: false,
    };
    Some((format!("demo-past-{}", day.format("%Y%m%d")), details))
}

#[cfg(test)]
mod tests;

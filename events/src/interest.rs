//! The interest list ("Sagen Sie mir Bescheid"): a resident whose course is full, or who finds
//! nothing on her weekday in her district, leaves an interest (topics, districts, weekdays and
//! times that suit) and how to reach her (e-mail, a phone call, or a letter), with consent. When
//! the office plans a session that fits, she is told once, by her channel. She holds an interest
//! code (like a booking code) to look at it, withdraw it or have her data erased.

use crate::input::{short_text, FieldError};
use crate::session::Topic;
use crate::{ContactConsent, PersonName};
use serde::{Deserialize, Serialize};

/// A day of the week, as an interest names the days that suit.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The day a date falls on.
    pub fn of(day: chrono::Weekday) -> Self {
        Self::ALL[day.num_days_from_monday() as usize]
    }
}

/// A part of the day: morning (before noon), afternoon (noon to five), evening (from five).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeOfDay {
    Morning,
    Afternoon,
    Evening,
}

impl TimeOfDay {
    pub const ALL: [TimeOfDay; 3] = [TimeOfDay::Morning, TimeOfDay::Afternoon, TimeOfDay::Evening];

    /// The part of the day an hour (0–23) belongs to.
    pub fn of_hour(hour: u32) -> Self {
        match hour {
            0..12 => TimeOfDay::Morning,
            12..17 => TimeOfDay::Afternoon,
            _ => TimeOfDay::Evening,
        }
    }
}

/// What kind of session would suit: at least one topic, district and weekday; no time of day
/// means any.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub topics: Vec<Topic>,
    pub districts: Vec<String>,
    pub weekdays: Vec<Weekday>,
    #[serde(default)]
    pub times: Vec<TimeOfDay>,
}

impl Wish {
    /// Whether a session of `topic` in `district`, starting at `starts_at` (its local time),
    /// is what the person asked for.
    pub fn matches(
        &self,
        topic: Topic,
        district: &str,
        starts_at: &chrono::DateTime<chrono::FixedOffset>,
    ) -> bool {
        use chrono::{Datelike, Timelike};
        self.topics.contains(&topic)
            && self
                .districts
                .iter()
                .any(|d| d.eq_ignore_ascii_case(district))
            && self.weekdays.contains(&Weekday::of(starts_at.weekday()))
            && (self.times.is_empty() || self.times.contains(&TimeOfDay::of_hour(starts_at.hour())))
    }
}

/// A postal address for a letter from the office.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalAddress {
    pub street: String,
    pub postcode: String,
    pub town: String,
}

/// How the person wants to be told: by e-mail, by a phone call from the office, or by a
/// letter. `None` is what it reads as once her data is erased.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Reach {
    Email(String),
    Phone(String),
    Letter(PostalAddress),
    None,
}

impl Reach {
    /// The channel this way of reaching her is told by (none once erased).
    pub fn channel(&self) -> Option<InterestChannel> {
        match self {
            Reach::Email(_) => Some(InterestChannel::Email),
            Reach::Phone(_) => Some(InterestChannel::Phone),
            Reach::Letter(_) => Some(InterestChannel::Letter),
            Reach::None => None,
        }
    }
}

/// The channel an interested person is told by.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InterestChannel {
    Email,
    Phone,
    Letter,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "data")]
pub enum InterestEvent {
    /// Left by a resident; `name` and `reach` are sealed with her key.
    InterestRegistered {
        wish: Wish,
        name: PersonName,
        reach: Reach,
        consent: ContactConsent,
        /// The language she used (a locale tag); she is told in it.
        #[serde(default)]
        locale: Option<String>,
    },
    /// She no longer wants to be told.
    InterestWithdrawn,
    /// A session that fits was planned and she is told of it by `channel` (once per session).
    InterestNotified {
        session_id: String,
        channel: InterestChannel,
    },
    /// Her data was erased (her key deleted): name and way of contact read as erased.
    InterestErased,
    /// The office called her about session `session_id` (the call list's entry `call`).
    InterestCallRecorded {
        session_id: String,
        call: String,
        result: crate::CallResult,
    },
}

impl InterestEvent {
    pub fn event_type(&self) -> &'static str {
        match self {
            InterestEvent::InterestRegistered { .. } => "InterestRegistered",
            InterestEvent::InterestWithdrawn => "InterestWithdrawn",
            InterestEvent::InterestNotified { .. } => "InterestNotified",
            InterestEvent::InterestErased => "InterestErased",
            InterestEvent::InterestCallRecorded { .. } => "InterestCallRecorded",
        }
    }
}

#[cfg(feature = "cqrs")]
impl cqrs_es::DomainEvent for InterestEvent {
    fn event_type(&self) -> String {
        InterestEvent::event_type(self).to_owned()
    }
    fn event_version(&self) -> String {
        "1".to_owned()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InterestCommand {
    Register {
        wish: Wish,
        name: PersonName,
        reach: Reach,
        consent: ContactConsent,
        locale: Option<String>,
    },
    Withdraw,
    /// Tell her of session `session_id`, which fits her wish.
    Notify {
        session_id: String,
    },
    /// Records the erasure of her data (her key is deleted first).
    Erase,
    /// Records how a call about session `session_id` went.
    RecordCall {
        session_id: String,
        call: String,
        result: crate::CallResult,
    },
}

/// `POST /api/v1/interests`: what a resident leaves on the interest list.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InterestRequest {
    /// Topics (`smartphone-basics`, `video-calls`, …), at least one.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Districts of Norderstedt, at least one.
    #[serde(default)]
    pub districts: Vec<String>,
    /// Weekdays that suit (`monday` … `sunday`), at least one.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// Times of day that suit (`morning`, `afternoon`, `evening`); none means any.
    #[serde(default)]
    pub times: Vec<String>,
    #[serde(default)]
    pub name: String,
    /// How to tell her.
    #[serde(default)]
    pub reach: ReachInput,
    /// She agrees to be told through the way she gave; required.
    #[serde(default)]
    pub consent: bool,
}

/// How to reach her, as sent: `kind` is `email`, `phone` or `letter`; `value` is the address or
/// number; a letter needs `street`, `postcode` and `town`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReachInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postcode: Option<String>,
    #[serde(default)]
    pub town: Option<String>,
}

/// A list of kebab-case names in `field`, each one of `all` (kept in the order of `all`, each
/// once), at least one unless `optional`.
fn choices<T: Copy + Serialize>(
    field: &str,
    input: &[String],
    all: &[T],
    optional: bool,
) -> Result<Vec<T>, FieldError> {
    let names: Vec<String> = all.iter().map(crate::serde_name).collect();
    if input
        .iter()
        .any(|raw| !names.contains(&raw.trim().to_owned()))
    {
        return Err(FieldError::new(field, "field-error-choose"));
    }
    let chosen: Vec<T> = all
        .iter()
        .zip(&names)
        .filter(|(_, name)| input.iter().any(|raw| raw.trim() == name.as_str()))
        .map(|(value, _)| *value)
        .collect();
    if chosen.is_empty() && !optional {
        return Err(FieldError::new(field, "field-error-choose"));
    }
    Ok(chosen)
}

impl ReachInput {
    fn parse(&self) -> Result<Reach, FieldError> {
        let value = || self.value.as_deref().unwrap_or_default();
        match self.kind.as_str() {
            "email" => crate::input::parse_email_in("reach.value", value()).map(Reach::Email),
            "phone" => crate::Contact::parse(crate::ContactKind::Phone, value())
                .map_err(|e| FieldError::new("reach.value", &e.message_key))
                .and_then(|c| match c {
                    crate::Contact::Phone(p) => Ok(Reach::Phone(p)),
                    _ => Err(FieldError::new("reach.value", "field-error-invalid")),
                }),
            "letter" => {
                let street = short_text(
                    "reach.street",
                    self.street.as_deref().unwrap_or_default(),
                    100,
                )?;
                let postcode = self.postcode.as_deref().unwrap_or_default().trim();
                if postcode.len() != 5 || !postcode.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(FieldError::new("reach.postcode", "field-error-invalid"));
                }
                let town = short_text("reach.town", self.town.as_deref().unwrap_or_default(), 60)?;
                Ok(Reach::Letter(PostalAddress {
                    street,
                    postcode: postcode.to_owned(),
                    town,
                }))
            }
            _ => Err(FieldError::new("reach.kind", "field-error-choose")),
        }
    }
}

impl InterestRequest {
    /// Checks every field and reports all problems at once, each naming its field.
    pub fn parse(&self) -> Result<(Wish, PersonName, Reach), Vec<FieldError>> {
        let topics = choices("topics", &self.topics, &Topic::ALL, false);
        let districts = self
            .districts
            .iter()
            .map(|d| crate::staff::parse_district("districts", d))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|mut ds| {
                ds.sort();
                ds.dedup();
                if ds.is_empty() {
                    Err(FieldError::new("districts", "field-error-choose"))
                } else {
                    Ok(ds)
                }
            });
        let weekdays = choices("weekdays", &self.weekdays, &Weekday::ALL, false);
        let times = choices("times", &self.times, &TimeOfDay::ALL, true);
        let name = PersonName::parse(&self.name);
        let reach = self.reach.parse();
        let consent = if self.consent {
            Ok(())
        } else {
            Err(FieldError::new(
                "consent",
                "register-consent-error-required",
            ))
        };
        match (topics, districts, weekdays, times, name, reach, consent) {
            (Ok(topics), Ok(districts), Ok(weekdays), Ok(times), Ok(name), Ok(reach), Ok(())) => {
                Ok((
                    Wish {
                        topics,
                        districts,
                        weekdays,
                        times,
                    },
                    name,
                    reach,
                ))
            }
            (topics, districts, weekdays, times, name, reach, consent) => Err([
                topics.err(),
                districts.err(),
                weekdays.err(),
                times.err(),
                name.err(),
                reach.err(),
                consent.err(),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }
}

/// `201` answer to a new interest: the code to keep (shown once, like a booking code).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterestCreated {
    pub interest_code: String,
}

/// Where an interest stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InterestStatus {
    Active,
    Withdrawn,
    Erased,
}

/// An interest as its holder sees it with her code.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterestView {
    pub wish: Wish,
    pub name: String,
    pub reach: Reach,
    pub status: InterestStatus,
    pub locale: Option<String>,
    pub registered_at: String,
    /// The sessions she was told of, soonest first.
    pub notified: Vec<String>,
}

/// How many interested people a planned session would reach, by channel.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InterestReach {
    pub people: u32,
    pub email: u32,
    pub phone: u32,
    pub letter: u32,
}

/// A letter to an interested person about a session that fits her wish, in her language, for
/// the office to print and post.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterestLetter {
    /// The interest's id (a reference, never the code).
    pub interest: String,
    pub session_id: String,
    pub name: String,
    pub address: PostalAddress,
    pub locale: String,
    pub lang: String,
    pub right_to_left: bool,
    pub sender: String,
    pub date: String,
    pub subject: String,
    pub body: String,
    pub signature: String,
}

/// How many active interests name one topic in one district.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicDistrictDemand {
    pub topic: Topic,
    pub district: String,
    pub interests: u32,
}

/// How many active interests name one weekday.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekdayDemand {
    pub weekday: Weekday,
    pub interests: u32,
}

/// The waiting list of a session that has not ended: how many wait for a seat.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingList {
    pub session_id: String,
    pub title: String,
    pub topic: Topic,
    pub district: String,
    pub starts_at: chrono::DateTime<chrono::FixedOffset>,
    pub waiting: u32,
}

/// Where demand is, for the office to plan by, and for the auditors as of any date: active
/// interests by topic × district and by weekday (an interest counts once in every pair and
/// every day it names), and the waiting lists of sessions not yet over. Counts only.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Demand {
    /// Active interests in all (each counted once).
    pub interests: u32,
    /// Topic × district pairs with at least one interest, in the order of the topics, then
    /// of the districts.
    pub by_topic_district: Vec<TopicDistrictDemand>,
    /// Every weekday, Monday first, with its count (zero included).
    pub by_weekday: Vec<WeekdayDemand>,
    /// Sessions with people waiting, soonest first.
    pub waiting: Vec<WaitingList>,
}

impl Demand {
    /// The demand from the wishes of the active interests and the waiting lists.
    pub fn tally<'a>(
        wishes: impl IntoIterator<Item = &'a Wish>,
        mut waiting: Vec<WaitingList>,
    ) -> Demand {
        use std::collections::{BTreeMap, BTreeSet};
        let mut interests = 0;
        let mut pairs: BTreeMap<(usize, String), u32> = BTreeMap::new();
        let mut days = [0u32; 7];
        for wish in wishes {
            interests += 1;
            let topics: BTreeSet<usize> = wish
                .topics
                .iter()
                .filter_map(|t| Topic::ALL.iter().position(|a| a == t))
                .collect();
            let districts: BTreeSet<&str> = wish.districts.iter().map(String::as_str).collect();
            for topic in &topics {
                for district in &districts {
                    *pairs.entry((*topic, (*district).to_owned())).or_default() += 1;
                }
            }
            let weekdays: BTreeSet<Weekday> = wish.weekdays.iter().copied().collect();
            for day in weekdays {
                days[day as usize] += 1;
            }
        }
        waiting.retain(|w| w.waiting > 0);
        waiting.sort_by(|a, b| {
            a.starts_at
                .cmp(&b.starts_at)
                .then_with(|| a.session_id.cmp(&b.session_id))
        });
        Demand {
            interests,
            by_topic_district: pairs
                .into_iter()
                .map(|((topic, district), interests)| TopicDistrictDemand {
                    topic: Topic::ALL[topic],
                    district,
                    interests,
                })
                .collect(),
            by_weekday: Weekday::ALL
                .iter()
                .zip(days)
                .map(|(weekday, interests)| WeekdayDemand {
                    weekday: *weekday,
                    interests,
                })
                .collect(),
            waiting,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> InterestRequest {
        serde_json::from_str(
            r#"{"topics":["video-calls"],"districts":["garstedt"],"weekdays":["tuesday"],
                "name":"Erika Muster","reach":{"kind":"email","value":"erika@example.org"},
                "consent":true}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_good_request_parses_and_names_the_district_as_the_city_does() {
        let (wish, name, reach) = request().parse().unwrap();
        assert_eq!(wish.topics, [Topic::VideoCalls]);
        assert_eq!(wish.districts, ["Garstedt"]);
        assert_eq!(wish.weekdays, [Weekday::Tuesday]);
        assert!(wish.times.is_empty());
        assert_eq!(name.as_str(), "Erika Muster");
        assert_eq!(reach, Reach::Email("erika@example.org".into()));
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut bad = request();
        bad.topics = vec!["knitting".into()];
        bad.districts = vec![];
        bad.weekdays = vec![];
        bad.times = vec!["night".into()];
        bad.consent = false;
        bad.reach = ReachInput {
            kind: "letter".into(),
            street: Some("Rathausallee 50".into()),
            postcode: Some("2284".into()),
            town: Some("Norderstedt".into()),
            ..ReachInput::default()
        };
        let fields: Vec<_> = bad
            .parse()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "topics",
                "districts",
                "weekdays",
                "times",
                "reach.postcode",
                "consent"
            ]
        );
    }

    #[test]
    fn a_wish_matches_topic_district_weekday_and_time() {
        let (mut wish, _, _) = request().parse().unwrap();
        // 2026-12-08 is a Tuesday.
        let tuesday = chrono::DateTime::parse_from_rfc3339("2026-12-08T10:00:00+01:00").unwrap();
        let wednesday = chrono::DateTime::parse_from_rfc3339("2026-12-09T10:00:00+01:00").unwrap();
        assert!(wish.matches(Topic::VideoCalls, "Garstedt", &tuesday));
        assert!(!wish.matches(Topic::Photos, "Garstedt", &tuesday));
        assert!(!wish.matches(Topic::VideoCalls, "Harksheide", &tuesday));
        assert!(!wish.matches(Topic::VideoCalls, "Garstedt", &wednesday));
        wish.times = vec![TimeOfDay::Evening];
        assert!(!wish.matches(Topic::VideoCalls, "Garstedt", &tuesday));
    }

    #[test]
    fn events_are_stored_in_their_tagged_form() {
        let event = InterestEvent::InterestNotified {
            session_id: "20261208-abcd".into(),
            channel: InterestChannel::Phone,
        };
        assert_eq!(
            serde_json::to_string(&event).unwrap(),
            r#"{"type":"InterestNotified","data":{"session_id":"20261208-abcd","channel":"phone"}}"#
        );
        let erased: Reach = serde_json::from_str(r#"{"kind":"none"}"#).unwrap();
        assert_eq!(erased, Reach::None);
    }

    #[test]
    fn demand_counts_each_interest_once_per_pair_and_day_and_keeps_every_weekday() {
        let wish = |topics: Vec<Topic>, districts: &[&str], weekdays: Vec<Weekday>| Wish {
            topics,
            districts: districts.iter().map(|d| (*d).to_owned()).collect(),
            weekdays,
            times: vec![],
        };
        let wishes = [
            wish(
                vec![Topic::VideoCalls, Topic::Photos],
                &["Garstedt", "Harksheide"],
                vec![Weekday::Tuesday, Weekday::Tuesday],
            ),
            wish(
                vec![Topic::VideoCalls],
                &["Garstedt"],
                vec![Weekday::Friday],
            ),
        ];
        let at = chrono::DateTime::parse_from_rfc3339("2026-05-05T10:00:00+02:00").unwrap();
        let list = |id: &str, waiting| WaitingList {
            session_id: id.into(),
            title: "Fotos".into(),
            topic: Topic::Photos,
            district: "Mitte".into(),
            starts_at: at,
            waiting,
        };
        let demand = Demand::tally(&wishes, vec![list("b", 3), list("a", 0), list("a", 2)]);
        assert_eq!(demand.interests, 2);
        let cells: Vec<_> = demand
            .by_topic_district
            .iter()
            .map(|c| (c.topic, c.district.as_str(), c.interests))
            .collect();
        assert_eq!(
            cells,
            [
                (Topic::VideoCalls, "Garstedt", 2),
                (Topic::VideoCalls, "Harksheide", 1),
                (Topic::Photos, "Garstedt", 1),
                (Topic::Photos, "Harksheide", 1),
            ]
        );
        let days: Vec<u32> = demand.by_weekday.iter().map(|d| d.interests).collect();
        assert_eq!(days, [0, 1, 0, 0, 1, 0, 0]);
        let waiting: Vec<_> = demand
            .waiting
            .iter()
            .map(|w| (w.session_id.as_str(), w.waiting))
            .collect();
        assert_eq!(waiting, [("a", 2), ("b", 3)]);
    }
}

//! The council's report recomputed from the events up to an instant or a log position.

use crate::codec::{decode_logged, serde_name as slug, LoggedEvent};
use crate::store::{EventStore, RecordedEvent, StoreError};
use std::collections::{BTreeMap, HashMap};
use teilhabe_events::audit_api::{IdeaRow, OutreachRow, Report, ReportRow, SourceRow};
use teilhabe_events::interest::{Demand, InterestEvent, WaitingList, Wish};
use teilhabe_events::session::{Attendance, Feedback, Helped};
use teilhabe_events::staff::{AmbassadorEvent, Outreach};
use teilhabe_events::SessionEvent;

/// Where attendance or feedback was recorded: the resident online with their code, or the
/// office's attendance list (the door and paper are `Source::slug`).
const ONLINE: &str = "online";
const ROSTER: &str = "roster";
/// The order the sources are reported in.
const SOURCES: [&str; 4] = [ONLINE, ROSTER, "door", "paper"];
/// The channel row walk-ins are counted under.
const WALK_IN: &str = "walk-in";

/// One registration as the report follows it.
struct Booking {
    keys: [String; 4],
}

#[derive(Default)]
struct Fold {
    /// Session stream → (topic, district).
    sessions: HashMap<String, (String, String)>,
    bookings: HashMap<String, Booking>,
    /// Attendance per booking and where it was recorded: the last mark counts.
    attendance: HashMap<String, (Attendance, &'static str)>,
    /// Attendance and feedback per source.
    sources: HashMap<&'static str, SourceRow>,
    rows: [BTreeMap<String, ReportRow>; 4],
    totals: ReportRow,
    /// Idea stream → (field of action, state).
    ideas: HashMap<
        String,
        (
            teilhabe_events::ideas::FieldOfAction,
            teilhabe_events::ideas::IdeaState,
        ),
    >,
    /// (ambassador stream, entry) → outreach in force (None once withdrawn).
    outreach: BTreeMap<(String, u32), Option<Outreach>>,
    /// Interest stream → its wish, while the interest is active.
    interests: BTreeMap<String, Wish>,
    /// Session stream → the session as a waiting list names it (none once cancelled).
    scheduled: HashMap<String, Scheduled>,
    /// Booking code → its session stream, while the booking waits for a seat.
    waiting: HashMap<String, String>,
}

/// A session as the demand figures follow it.
struct Scheduled {
    title: String,
    topic: teilhabe_events::Topic,
    district: String,
    starts_at: chrono::DateTime<chrono::FixedOffset>,
    ends_at: chrono::DateTime<chrono::FixedOffset>,
}

impl Fold {
    /// Applies `f` to the totals and to the rows of `keys` (month, topic, district and, where
    /// given, channel).
    fn each(&mut self, keys: &[String], f: impl Fn(&mut ReportRow)) {
        f(&mut self.totals);
        for (rows, key) in self.rows.iter_mut().zip(keys) {
            let row = rows.entry(key.clone()).or_insert_with(|| ReportRow {
                key: key.clone(),
                ..ReportRow::default()
            });
            f(row);
        }
    }

    fn apply(&mut self, stored: &RecordedEvent, event: LoggedEvent) {
        match event {
            LoggedEvent::Session(event) => self.session(stored, event),
            LoggedEvent::Ambassador(event) => {
                let id = stored.stream_id.clone();
                match event {
                    AmbassadorEvent::OutreachLogged { entry, outreach }
                    | AmbassadorEvent::OutreachCorrected { entry, outreach } => {
                        self.outreach.insert((id, entry), Some(outreach));
                    }
                    AmbassadorEvent::OutreachWithdrawn { entry } => {
                        self.outreach.insert((id, entry), None);
                    }
                    _ => {}
                }
            }
            LoggedEvent::Idea(event) => {
                use teilhabe_events::ideas::{IdeaEvent as I, IdeaState as S};
                let id = stored.stream_id.clone();
                let state = match event {
                    I::IdeaSubmitted { idea, .. } => {
                        self.ideas.insert(id, (idea.field, S::Submitted));
                        return;
                    }
                    I::IdeaAssessmentStarted => S::Assessing,
                    I::IdeaChosenAsPilot { .. } => S::Pilot,
                    I::IdeaKept { .. } => S::Kept,
                    I::IdeaMerged { .. } => S::Merged,
                    I::IdeaNotPursued { .. } => S::NotPursued,
                    I::IdeaSupported { .. } | I::IdeaContactErased => return,
                };
                if let Some(entry) = self.ideas.get_mut(&id) {
                    entry.1 = state;
                }
            }
            LoggedEvent::Interest(event) => match event {
                InterestEvent::InterestRegistered { wish, .. } => {
                    self.interests.insert(stored.stream_id.clone(), wish);
                }
                InterestEvent::InterestWithdrawn | InterestEvent::InterestErased => {
                    self.interests.remove(&stored.stream_id);
                }
                InterestEvent::InterestNotified { .. }
                | InterestEvent::InterestCallRecorded { .. } => {}
            },
            LoggedEvent::Account(_) | LoggedEvent::Principles(_) => {}
        }
    }

    fn session(&mut self, stored: &RecordedEvent, event: SessionEvent) {
        let stream = stored.stream_id.clone();
        match event {
            SessionEvent::SessionScheduled(d) => {
                self.scheduled.insert(
                    stream.clone(),
                    Scheduled {
                        title: d.title.clone(),
                        topic: d.topic,
                        district: d.district.clone(),
                        starts_at: d.starts_at,
                        ends_at: d.ends_at,
                    },
                );
                self.sessions
                    .insert(stream, (d.topic.slug().to_owned(), d.district));
            }
            SessionEvent::ParticipantRegistered(registration)
            | SessionEvent::ParticipantWaitlisted(registration) => {
                let waitlisted = stored.event_type == "ParticipantWaitlisted";
                if waitlisted {
                    self.waiting.insert(
                        registration.booking_code.as_str().to_owned(),
                        stream.clone(),
                    );
                }
                let (topic, district) = self.sessions.get(&stream).cloned().unwrap_or_default();
                let month = stored.recorded_at.get(..7).unwrap_or_default().to_owned();
                let keys = [
                    month,
                    topic,
                    district,
                    registration.channel.slug().to_owned(),
                ];
                self.each(&keys, |r| {
                    r.registrations += 1;
                    if waitlisted {
                        r.waitlisted += 1;
                    }
                });
                self.bookings.insert(
                    registration.booking_code.as_str().to_owned(),
                    Booking { keys },
                );
            }
            SessionEvent::RegistrationCancelled { booking_code } => {
                self.waiting.remove(booking_code.as_str());
                if let Some(keys) = self.keys_of(booking_code.as_str()) {
                    self.each(&keys, |r| r.cancelled += 1);
                }
            }
            SessionEvent::AttendanceRecorded {
                booking_code,
                attendance,
            } => self.attend(booking_code.as_str(), attendance, ROSTER),
            SessionEvent::ParticipantCheckedIn {
                booking_code,
                source,
            } => self.attend(booking_code.as_str(), Attendance::Attended, source.slug()),
            SessionEvent::WalkInCheckedIn { source, .. } => {
                let [month, topic, district] = self.session_keys(stored);
                let keys = [month, topic, district, WALK_IN.to_owned()];
                self.each(&keys, |r| r.walk_ins += 1);
                self.source(source.slug()).walk_ins += 1;
            }
            SessionEvent::FeedbackGiven {
                booking_code,
                feedback,
            } => {
                if let Some(keys) = self.keys_of(booking_code.as_str()) {
                    self.feedback(&keys, &feedback, ONLINE);
                }
            }
            // Cards are anonymous: no channel is known.
            SessionEvent::FeedbackCardRecorded { source, feedback } => {
                let keys = self.session_keys(stored);
                self.feedback(&keys, &feedback, source.slug());
            }
            SessionEvent::ParticipantPromoted { booking_code } => {
                self.waiting.remove(booking_code.as_str());
            }
            SessionEvent::SessionRescheduled { starts_at, ends_at } => {
                if let Some(s) = self.scheduled.get_mut(&stream) {
                    s.starts_at = starts_at;
                    s.ends_at = ends_at;
                }
            }
            SessionEvent::SessionCancelled { .. } => {
                self.scheduled.remove(&stream);
            }
            SessionEvent::PersonalDataErased { .. }
            | SessionEvent::CapacityChanged { .. }
            | SessionEvent::CallRecorded { .. }
            | SessionEvent::WalkInDataErased { .. } => {}
        }
    }

    fn keys_of(&self, code: &str) -> Option<[String; 4]> {
        self.bookings.get(code).map(|b| b.keys.clone())
    }

    /// The month the event was recorded in, and its session's topic and district.
    fn session_keys(&self, stored: &RecordedEvent) -> [String; 3] {
        let (topic, district) = self
            .sessions
            .get(&stored.stream_id)
            .cloned()
            .unwrap_or_default();
        let month = stored.recorded_at.get(..7).unwrap_or_default().to_owned();
        [month, topic, district]
    }

    fn source(&mut self, source: &'static str) -> &mut SourceRow {
        self.sources.entry(source).or_insert_with(|| SourceRow {
            source: source.to_owned(),
            ..SourceRow::default()
        })
    }

    /// A booking marked as come or not, by `source`; a later mark replaces an earlier one.
    fn attend(&mut self, code: &str, attendance: Attendance, source: &'static str) {
        let Some(keys) = self.keys_of(code) else {
            return;
        };
        let before = self
            .attendance
            .insert(code.to_owned(), (attendance, source));
        self.each(&keys, |r| {
            match before.map(|b| b.0) {
                Some(Attendance::Attended) => r.attended = r.attended.saturating_sub(1),
                Some(Attendance::NoShow) => r.no_shows = r.no_shows.saturating_sub(1),
                None => {}
            }
            match attendance {
                Attendance::Attended => r.attended += 1,
                Attendance::NoShow => r.no_shows += 1,
            }
        });
        if let Some((was, from)) = before {
            let row = self.source(from);
            match was {
                Attendance::Attended => row.attended = row.attended.saturating_sub(1),
                Attendance::NoShow => row.no_shows = row.no_shows.saturating_sub(1),
            }
        }
        let row = self.source(source);
        match attendance {
            Attendance::Attended => row.attended += 1,
            Attendance::NoShow => row.no_shows += 1,
        }
    }

    /// Feedback, by `source`, counted under `keys`.
    fn feedback(&mut self, keys: &[String], feedback: &Feedback, source: &'static str) {
        let rating = u32::from(feedback.rating.value());
        let helped = feedback.helped == Helped::Yes;
        let count = |r: &mut u32, s: &mut u32, h: &mut u32| {
            *r += 1;
            *s += rating;
            if helped {
                *h += 1;
            }
        };
        self.each(keys, |r| {
            count(&mut r.feedback, &mut r.rating_sum, &mut r.helped_yes)
        });
        let row = self.source(source);
        count(&mut row.feedback, &mut row.rating_sum, &mut row.helped_yes);
    }

    /// Demand as it stood at `as_of`: the active interests, and the waiting lists of the
    /// sessions not cancelled and not over by then.
    fn demand(&self, as_of: &str) -> Demand {
        let at = chrono::DateTime::parse_from_rfc3339(as_of).ok();
        let mut lists: HashMap<&str, u32> = HashMap::new();
        for stream in self.waiting.values() {
            *lists.entry(stream.as_str()).or_default() += 1;
        }
        let waiting = lists
            .into_iter()
            .filter_map(|(stream, waiting)| {
                let s = self.scheduled.get(stream)?;
                if at.is_some_and(|at| s.ends_at <= at) {
                    return None;
                }
                Some(WaitingList {
                    session_id: crate::projections::catalogue::session_id_of(stream).to_owned(),
                    title: s.title.clone(),
                    topic: s.topic,
                    district: s.district.clone(),
                    starts_at: s.starts_at,
                    waiting,
                })
            })
            .collect();
        Demand::tally(self.interests.values(), waiting)
    }

    fn finish(self, as_of: String, position: u64, hash: String) -> Report {
        let demand = self.demand(&as_of);
        let mut outreach: BTreeMap<(String, String), OutreachRow> = BTreeMap::new();
        for o in self.outreach.into_values().flatten() {
            let month = o.date.format("%Y-%m").to_string();
            let row = outreach
                .entry((month.clone(), o.district.clone()))
                .or_insert_with(|| OutreachRow {
                    month,
                    district: o.district.clone(),
                    ..OutreachRow::default()
                });
            row.entries += 1;
            row.people += o.people;
            row.minutes += o.minutes;
        }
        let mut ideas: BTreeMap<(String, String), u32> = BTreeMap::new();
        for (field, state) in self.ideas.into_values() {
            *ideas.entry((slug(&field), slug(&state))).or_default() += 1;
        }
        let mut sources = self.sources;
        let by_source = SOURCES
            .iter()
            .filter_map(|source| sources.remove(source))
            .collect();
        let [by_month, by_topic, by_district, by_channel] =
            self.rows.map(|rows| rows.into_values().collect());
        Report {
            as_of,
            position,
            hash,
            totals: ReportRow {
                key: "all".into(),
                ..self.totals
            },
            by_month,
            by_topic,
            by_district,
            by_channel,
            outreach: outreach.into_values().collect(),
            ideas: ideas
                .into_iter()
                .map(|((field, state), count)| IdeaRow {
                    field,
                    state,
                    count,
                })
                .collect(),
            by_source,
            demand,
        }
    }
}

/// The report from every event recorded up to `as_of` (RFC 3339 in UTC, as the log stores
/// times): the longest stretch of the log from its start whose events were recorded at or
/// before `as_of` (an event recorded later ends it, as does everything behind it).
pub async fn report_as_of(store: &dyn EventStore, as_of: &str) -> Result<Report, StoreError> {
    report_until(store, as_of, None).await
}

/// The report over the events up to `up_to` (all of them with `None`, stopping at the first
/// recorded after `as_of`).
async fn report_until(
    store: &dyn EventStore,
    as_of: &str,
    up_to: Option<u64>,
) -> Result<Report, StoreError> {
    let mut fold = Fold::default();
    let mut after = 0;
    let mut position = 0;
    let mut hash = String::new();
    'pages: loop {
        let page = store.read_all(after, 10_000).await?;
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        for stored in &page {
            let beyond = match up_to {
                Some(up_to) => stored.position > up_to,
                None => stored.recorded_at.as_str() > as_of,
            };
            if beyond {
                break 'pages;
            }
            if let Ok(event) = decode_logged(stored) {
                fold.apply(stored, event);
            }
            position = stored.position;
            hash.clone_from(&stored.hash);
        }
        after = last;
    }
    Ok(fold.finish(as_of.to_owned(), position, hash))
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    ReadModel(#[from] crate::projections::ProjectionError),
}

/// The report as of `as_of`, the same every time it is asked for: the instant is mapped to a
/// log position once (the end of the log's stretch recorded at or before it, as the log stood
/// when the instant was first reported, if it had passed by then) and the report covers the
/// events up to that position. An event that commits later, even stamped before the instant
/// (a slow transaction, another server's clock), is after it in commit order and stays out.
/// The head the report stands at is remembered as one auditors have seen.
pub async fn report_reproducible(
    store: &dyn EventStore,
    anchors: &crate::anchors::Anchors,
    as_of: &str,
    now: &str,
) -> Result<Report, ReportError> {
    let past = as_of <= now;
    let pinned = if past {
        anchors.position_at(as_of).await?
    } else {
        None
    };
    let mut report = report_until(store, as_of, pinned).await?;
    if past && pinned.is_none() {
        let position = anchors.pin(as_of, report.position).await?;
        if position != report.position {
            report = report_until(store, as_of, Some(position)).await?;
        }
    }
    anchors
        .remember(&crate::store::verify::Anchor {
            position: report.position,
            hash: report.hash.clone(),
        })
        .await?;
    Ok(report)
}

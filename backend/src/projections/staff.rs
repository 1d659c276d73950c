//! The staff read models: accounts (for login), ambassadors with their applications, outreach
//! entries, and the principles in force. Folded in the same transaction and under the same
//! checkpoint as the catalogue, and rebuilt with it.

use super::db::{ReadDb, Statement, Value};
use super::{Folded, Logged, Projection, ProjectionError};
use crate::codec::{serde_name as slug, LoggedEvent};
use async_trait::async_trait;
use chrono::NaiveDate;
use std::collections::HashMap;
use teilhabe_events::ideas::{IdeaEvent, IdeaMilestone, IdeaState, IdeaView};
use teilhabe_events::staff::{
    AccountEvent, AmbassadorEvent, Application, Outreach, PrinciplesEvent, Role,
};
use teilhabe_events::staff_api::{
    AmbassadorStatus, AmbassadorView, DistrictOutreach, OutreachTotals, OutreachView, Principles,
};

/// The staff tables, emptied by a rebuild.
const TABLES: &[&str] = &[
    "staff_accounts",
    "staff_ambassadors",
    "staff_outreach",
    "staff_principles",
    "staff_ideas",
    "staff_idea_history",
];

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS staff_accounts (
        id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,
        password_hash TEXT, closed BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS staff_ambassadors (
        id TEXT PRIMARY KEY, status TEXT NOT NULL, application TEXT NOT NULL,
        principles_version BIGINT NOT NULL, applied_at TEXT NOT NULL, decline_reason TEXT,
        account_id TEXT)",
    "CREATE TABLE IF NOT EXISTS staff_outreach (
        ambassador_id TEXT NOT NULL, entry BIGINT NOT NULL, outreach TEXT NOT NULL,
        district TEXT NOT NULL, day TEXT NOT NULL, people BIGINT NOT NULL, minutes BIGINT NOT NULL,
        withdrawn BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (ambassador_id, entry))",
    "CREATE TABLE IF NOT EXISTS staff_principles (version BIGINT PRIMARY KEY, text TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS staff_ideas (
        id TEXT PRIMARY KEY, idea TEXT NOT NULL, field TEXT NOT NULL, state TEXT NOT NULL,
        reason TEXT, merged_into TEXT, supporters BIGINT NOT NULL DEFAULT 0, source TEXT NOT NULL,
        submitted_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS staff_idea_history (
        id TEXT NOT NULL, position BIGINT NOT NULL, state TEXT NOT NULL, reason TEXT,
        at TEXT NOT NULL, PRIMARY KEY (id, position))",
];

pub(crate) fn id_of(stream_id: &str) -> &str {
    stream_id.split_once('-').map_or(stream_id, |(_, id)| id)
}

fn status_update(id: &str, status: AmbassadorStatus) -> Statement {
    Statement::new(
        "UPDATE staff_ambassadors SET status = $1 WHERE id = $2",
        vec![status.slug().into(), id.into()],
    )
}

fn outreach_row(id: &str, entry: u32, outreach: &Outreach) -> Vec<Value> {
    vec![
        serde_json::to_string(outreach).unwrap_or_default().into(),
        outreach.district.as_str().into(),
        outreach.date.to_string().into(),
        i64::from(outreach.people).into(),
        i64::from(outreach.minutes).into(),
        id.into(),
        i64::from(entry).into(),
    ]
}

/// The staff read models as a projection of the log (their queries are [`Staff`]'s).
pub struct StaffModels;

#[async_trait]
impl Projection for StaffModels {
    fn tables(&self) -> &'static [&'static str] {
        TABLES
    }

    fn schema(&self) -> &'static [&'static str] {
        SCHEMA
    }

    async fn fold(&self, events: &[Logged<'_>]) -> Result<Folded, ProjectionError> {
        let mut statements = Vec::new();
        for logged in events {
            fold(logged, &mut statements);
        }
        Ok(statements.into())
    }
}

/// The statements that bring the staff tables past one event.
fn fold(logged: &Logged<'_>, out: &mut Vec<Statement>) {
    let (id, recorded_at) = (id_of(logged.stream_id), logged.recorded_at);
    match &logged.event {
        LoggedEvent::Session(_) | LoggedEvent::Interest(_) => {}
        LoggedEvent::Idea(event) => {
            out.extend(idea_statement(id, recorded_at, event));
            out.extend(idea_milestone(id, logged.position, recorded_at, event));
        }
        LoggedEvent::Account(event) => out.push(match event {
            AccountEvent::AccountOpened { email, name, role } => Statement::new(
                "INSERT INTO staff_accounts (id, email, name, role) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
                vec![
                    id.into(),
                    email.as_str().into(),
                    name.as_str().into(),
                    role.slug().into(),
                ],
            ),
            AccountEvent::PasswordSet { password_hash } => Statement::new(
                "UPDATE staff_accounts SET password_hash = $1 WHERE id = $2",
                vec![password_hash.as_str().into(), id.into()],
            ),
            AccountEvent::AccountClosed => Statement::new(
                "UPDATE staff_accounts SET closed = 1 WHERE id = $1",
                vec![id.into()],
            ),
        }),
        LoggedEvent::Principles(PrinciplesEvent::PrinciplesPublished { version, text }) => {
            out.push(Statement::new(
                "INSERT INTO staff_principles (version, text) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING",
                vec![i64::from(*version).into(), text.as_str().into()],
            ))
        }
        LoggedEvent::Ambassador(event) => {
            use AmbassadorEvent as E;
            out.push(match event {
                E::AmbassadorApplied {
                    application,
                    principles_version,
                } => Statement::new(
                    "INSERT INTO staff_ambassadors (id, status, application, principles_version, applied_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
                    vec![
                        id.into(),
                        AmbassadorStatus::Applied.slug().into(),
                        serde_json::to_string(application).unwrap_or_default().into(),
                        i64::from(*principles_version).into(),
                        recorded_at.into(),
                    ],
                ),
                E::AmbassadorApproved { account_id } => Statement::new(
                    "UPDATE staff_ambassadors SET status = $1, account_id = $2 WHERE id = $3",
                    vec![
                        AmbassadorStatus::Active.slug().into(),
                        account_id.as_str().into(),
                        id.into(),
                    ],
                ),
                E::AmbassadorDeclined { reason } => Statement::new(
                    "UPDATE staff_ambassadors SET status = $1, decline_reason = $2 WHERE id = $3",
                    vec![
                        AmbassadorStatus::Declined.slug().into(),
                        reason.as_str().into(),
                        id.into(),
                    ],
                ),
                E::PrinciplesAccepted { version } => Statement::new(
                    "UPDATE staff_ambassadors SET principles_version = $1 WHERE id = $2",
                    vec![i64::from(*version).into(), id.into()],
                ),
                E::OutreachLogged { entry, outreach } => Statement::new(
                    "INSERT INTO staff_outreach (outreach, district, day, people, minutes, ambassador_id, entry) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (ambassador_id, entry) DO NOTHING",
                    outreach_row(id, *entry, outreach),
                ),
                E::OutreachCorrected { entry, outreach } => Statement::new(
                    "UPDATE staff_outreach SET outreach = $1, district = $2, day = $3, people = $4, minutes = $5 WHERE ambassador_id = $6 AND entry = $7",
                    outreach_row(id, *entry, outreach),
                ),
                E::OutreachWithdrawn { entry } => Statement::new(
                    "UPDATE staff_outreach SET withdrawn = 1 WHERE ambassador_id = $1 AND entry = $2",
                    vec![id.into(), i64::from(*entry).into()],
                ),
                E::WorkshopAttended { .. } => return,
                E::AmbassadorPaused | E::AmbassadorPausedByOffice => {
                    status_update(id, AmbassadorStatus::Paused)
                }
                E::AmbassadorResumed => status_update(id, AmbassadorStatus::Active),
                E::AmbassadorRetired => status_update(id, AmbassadorStatus::Retired),
            });
        }
    }
}

/// What an idea's event changes in `staff_ideas` (the contact is not there: its erasure
/// changes nothing here).
fn idea_statement(id: &str, recorded_at: &str, event: &IdeaEvent) -> Option<Statement> {
    let state = |state: IdeaState, reason: &str, into: Option<&str>| {
        Statement::new(
            "UPDATE staff_ideas SET state = $1, reason = $2, merged_into = $3 WHERE id = $4",
            vec![slug(&state).into(), reason.into(), into.into(), id.into()],
        )
    };
    Some(match event {
        IdeaEvent::IdeaSubmitted { idea, source, .. } => Statement::new(
            "INSERT INTO staff_ideas (id, idea, field, state, source, submitted_at) VALUES ($1, $2, $3, 'submitted', $4, $5) ON CONFLICT (id) DO NOTHING",
            vec![
                id.into(),
                serde_json::to_string(idea).unwrap_or_default().into(),
                slug(&idea.field).into(),
                slug(source).into(),
                recorded_at.into(),
            ],
        ),
        IdeaEvent::IdeaAssessmentStarted => Statement::new(
            "UPDATE staff_ideas SET state = 'assessing' WHERE id = $1",
            vec![id.into()],
        ),
        IdeaEvent::IdeaChosenAsPilot { reason } => state(IdeaState::Pilot, reason, None),
        IdeaEvent::IdeaKept { reason } => state(IdeaState::Kept, reason, None),
        IdeaEvent::IdeaMerged { into, reason } => state(IdeaState::Merged, reason, Some(into)),
        IdeaEvent::IdeaNotPursued { reason } => state(IdeaState::NotPursued, reason, None),
        IdeaEvent::IdeaSupported { .. } => Statement::new(
            "UPDATE staff_ideas SET supporters = supporters + 1 WHERE id = $1",
            vec![id.into()],
        ),
        IdeaEvent::IdeaContactErased => return None,
    })
}

/// The step of an idea's history an event records, if it moves the idea to another state.
fn idea_milestone(id: &str, position: i64, at: &str, event: &IdeaEvent) -> Option<Statement> {
    let (state, reason) = match event {
        IdeaEvent::IdeaSubmitted { .. } => (IdeaState::Submitted, None),
        IdeaEvent::IdeaAssessmentStarted => (IdeaState::Assessing, None),
        IdeaEvent::IdeaChosenAsPilot { reason } => (IdeaState::Pilot, Some(reason)),
        IdeaEvent::IdeaKept { reason } => (IdeaState::Kept, Some(reason)),
        IdeaEvent::IdeaMerged { reason, .. } => (IdeaState::Merged, Some(reason)),
        IdeaEvent::IdeaNotPursued { reason } => (IdeaState::NotPursued, Some(reason)),
        IdeaEvent::IdeaSupported { .. } | IdeaEvent::IdeaContactErased => return None,
    };
    Some(Statement::new(
        "INSERT INTO staff_idea_history (id, position, state, reason, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id, position) DO NOTHING",
        vec![
            id.into(),
            position.into(),
            slug(&state).into(),
            reason.map(String::as_str).into(),
            at.into(),
        ],
    ))
}

/// A staff account as login needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountRow {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub closed: bool,
}

const ACCOUNT_COLUMNS: &str = "id, email, name, role, password_hash, closed";

fn account_from(row: &[Value]) -> Option<AccountRow> {
    let [id, email, name, role, hash, closed] = row else {
        return None;
    };
    Some(AccountRow {
        id: id.text().to_owned(),
        email: email.text().to_owned(),
        name: name.text().to_owned(),
        role: Role::parse(role.text()).ok()?,
        password_hash: (*hash != Value::Null).then(|| hash.text().to_owned()),
        closed: closed.int() != 0,
    })
}

/// With the ambassador's staff account and whether the office has closed it.
const AMBASSADOR_COLUMNS: &str =
    "id, status, application, principles_version, applied_at, decline_reason, account_id, \
     COALESCE((SELECT closed FROM staff_accounts WHERE staff_accounts.id = staff_ambassadors.account_id), 0)";

fn ambassador_from(row: &[Value]) -> Option<AmbassadorView> {
    let [id, status, application, version, applied_at, reason, account_id, closed] = row else {
        return None;
    };
    let application: Application = serde_json::from_str(application.text()).ok()?;
    Some(AmbassadorView {
        id: id.text().to_owned(),
        status: AmbassadorStatus::parse(status.text())?,
        application,
        principles_version: u32::try_from(version.int()).unwrap_or(0),
        applied_at: applied_at.text().to_owned(),
        decline_reason: (*reason != Value::Null).then(|| reason.text().to_owned()),
        account_id: (*account_id != Value::Null).then(|| account_id.text().to_owned()),
        account_closed: closed.int() != 0,
    })
}

/// Queries on the staff tables.
#[derive(Clone)]
pub struct Staff {
    db: ReadDb,
}

impl Staff {
    pub fn new(db: ReadDb) -> Self {
        Self { db }
    }

    async fn account_where(
        &self,
        column: &str,
        value: &str,
    ) -> Result<Option<AccountRow>, ProjectionError> {
        let rows = self
            .db
            .query(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM staff_accounts WHERE {column} = $1"),
                vec![value.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| account_from(r)))
    }

    pub async fn account(&self, id: &str) -> Result<Option<AccountRow>, ProjectionError> {
        self.account_where("id", id).await
    }

    pub async fn account_by_email(
        &self,
        email: &str,
    ) -> Result<Option<AccountRow>, ProjectionError> {
        self.account_where("email", email).await
    }

    pub async fn office_accounts(&self) -> Result<u64, ProjectionError> {
        Ok(self
            .db
            .query_value(
                "SELECT COUNT(*) FROM staff_accounts WHERE role = 'office'",
                vec![],
            )
            .await?
            .map_or(0, |v| u64::try_from(v.int()).unwrap_or(0)))
    }

    pub async fn ambassadors(
        &self,
        status: Option<AmbassadorStatus>,
    ) -> Result<Vec<AmbassadorView>, ProjectionError> {
        let rows = match status {
            Some(status) => {
                self.db
                    .query(
                        &format!("SELECT {AMBASSADOR_COLUMNS} FROM staff_ambassadors WHERE status = $1 ORDER BY applied_at"),
                        vec![status.slug().into()],
                    )
                    .await?
            }
            None => {
                self.db
                    .query(
                        &format!(
                            "SELECT {AMBASSADOR_COLUMNS} FROM staff_ambassadors ORDER BY applied_at"
                        ),
                        vec![],
                    )
                    .await?
            }
        };
        Ok(rows.iter().filter_map(|r| ambassador_from(r)).collect())
    }

    pub async fn ambassador(&self, id: &str) -> Result<Option<AmbassadorView>, ProjectionError> {
        let rows = self
            .db
            .query(
                &format!("SELECT {AMBASSADOR_COLUMNS} FROM staff_ambassadors WHERE id = $1"),
                vec![id.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| ambassador_from(r)))
    }

    /// The ambassador who logs in with `account_id`.
    pub async fn ambassador_of_account(
        &self,
        account_id: &str,
    ) -> Result<Option<AmbassadorView>, ProjectionError> {
        let rows = self
            .db
            .query(
                &format!(
                    "SELECT {AMBASSADOR_COLUMNS} FROM staff_ambassadors WHERE account_id = $1"
                ),
                vec![account_id.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| ambassador_from(r)))
    }

    /// An ambassador's outreach entries, newest first.
    pub async fn outreach_of(
        &self,
        ambassador_id: &str,
    ) -> Result<Vec<OutreachView>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT entry, outreach, withdrawn FROM staff_outreach WHERE ambassador_id = $1 ORDER BY day DESC, entry DESC",
                vec![ambassador_id.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [entry, outreach, withdrawn] = r.as_slice() else {
                    return None;
                };
                Some(OutreachView {
                    ambassador_id: ambassador_id.to_owned(),
                    entry: u32::try_from(entry.int()).ok()?,
                    outreach: serde_json::from_str(outreach.text()).ok()?,
                    withdrawn: withdrawn.int() != 0,
                })
            })
            .collect())
    }

    /// Outreach (not withdrawn) from `from` to `to` inclusive, per district.
    pub async fn outreach_by_district(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<DistrictOutreach>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT district, COUNT(*), CAST(SUM(people) AS BIGINT), CAST(SUM(minutes) AS BIGINT) FROM staff_outreach WHERE withdrawn = 0 AND day >= $1 AND day <= $2 GROUP BY district ORDER BY district",
                vec![from.to_string().into(), to.to_string().into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [district, entries, people, minutes] = r.as_slice() else {
                    return None;
                };
                Some(DistrictOutreach {
                    district: district.text().to_owned(),
                    totals: OutreachTotals {
                        entries: u32::try_from(entries.int()).unwrap_or(0),
                        people: u32::try_from(people.int()).unwrap_or(0),
                        minutes: u32::try_from(minutes.int()).unwrap_or(0),
                    },
                })
            })
            .collect())
    }

    /// The ids of ideas submitted before `instant` (RFC 3339 in UTC, as the log writes times).
    pub async fn ideas_submitted_before(
        &self,
        instant: &str,
    ) -> Result<Vec<String>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT id FROM staff_ideas WHERE submitted_at < $1 ORDER BY submitted_at",
                vec![instant.into()],
            )
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| r.first().map(|v| v.text().to_owned()))
            .collect())
    }

    /// Every idea, most supported first (no contact details: they are not in this table).
    pub async fn ideas(&self) -> Result<Vec<IdeaView>, ProjectionError> {
        self.ideas_where("", vec![]).await
    }

    async fn ideas_where(
        &self,
        filter: &str,
        params: Vec<Value>,
    ) -> Result<Vec<IdeaView>, ProjectionError> {
        let rows = self
            .db
            .query(
                &format!("SELECT id, idea, state, reason, merged_into, supporters, source, submitted_at FROM staff_ideas {filter} ORDER BY supporters DESC, submitted_at"),
                params.clone(),
            )
            .await?;
        let text = |v: &Value| (*v != Value::Null).then(|| v.text().to_owned());
        let mut history = self.idea_history(filter, params).await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let [id, idea, state, reason, into, supporters, source, at] = r.as_slice() else {
                    return None;
                };
                Some(IdeaView {
                    id: id.text().to_owned(),
                    idea: serde_json::from_str(idea.text()).ok()?,
                    state: serde_json::from_value(serde_json::Value::String(state.text().into()))
                        .ok()?,
                    reason: text(reason),
                    merged_into: text(into),
                    supporters: u32::try_from(supporters.int()).unwrap_or(0),
                    source: serde_json::from_value(serde_json::Value::String(source.text().into()))
                        .ok()?,
                    submitted_at: at.text().to_owned(),
                    history: history.remove(id.text()).unwrap_or_default(),
                })
            })
            .collect())
    }

    /// The history of the ideas `filter` selects, by idea, oldest step first.
    async fn idea_history(
        &self,
        filter: &str,
        params: Vec<Value>,
    ) -> Result<HashMap<String, Vec<IdeaMilestone>>, ProjectionError> {
        let rows = self
            .db
            .query(
                &format!("SELECT id, state, reason, at FROM staff_idea_history {filter} ORDER BY position"),
                params,
            )
            .await?;
        let mut history: HashMap<String, Vec<IdeaMilestone>> = HashMap::new();
        for row in &rows {
            let [id, state, reason, at] = row.as_slice() else {
                continue;
            };
            let Ok(state) = serde_json::from_value(serde_json::Value::String(state.text().into()))
            else {
                continue;
            };
            history
                .entry(id.text().to_owned())
                .or_default()
                .push(IdeaMilestone {
                    state,
                    at: at.text().to_owned(),
                    reason: (*reason != Value::Null).then(|| reason.text().to_owned()),
                });
        }
        Ok(history)
    }

    pub async fn idea(&self, id: &str) -> Result<Option<IdeaView>, ProjectionError> {
        Ok(self
            .ideas_where("WHERE id = $1", vec![id.into()])
            .await?
            .pop())
    }

    /// The principles in force (the latest published), if any.
    pub async fn principles(&self) -> Result<Option<Principles>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT version, text FROM staff_principles ORDER BY version DESC LIMIT 1",
                vec![],
            )
            .await?;
        Ok(rows.first().and_then(|r| match r.as_slice() {
            [version, text] => Some(Principles {
                version: u32::try_from(version.int()).ok()?,
                text: text.text().to_owned(),
            }),
            _ => None,
        }))
    }
}

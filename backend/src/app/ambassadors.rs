//! Ambassadors: applying, the principles of cooperation, the dashboard, outreach, workshops
//! and their status (their own pause, resume or retirement, and the office's pause).

use super::{invalid, run, Error};
use crate::state::AppState;
use crate::store::Metadata;
use chrono::{Datelike, NaiveDate};
use teilhabe_events::staff::AmbassadorCommand;
use teilhabe_events::staff_api::{
    AmbassadorDashboard, AmbassadorStatus, AmbassadorView, ApplicationRequest, OutreachRequest,
    OutreachTotals, OutreachView,
};

/// The ambassador behind the staff account `account_id`.
pub async fn of_account(state: &AppState, account_id: &str) -> Result<AmbassadorView, Error> {
    state
        .staff
        .ambassador_of_account(account_id)
        .await?
        .ok_or(Error::Forbidden {
            message_key: "problem-forbidden",
        })
}

/// The version of the principles in force (0 before the first is published).
async fn principles_in_force(state: &AppState) -> Result<u32, Error> {
    Ok(state.staff.principles().await?.map_or(0, |p| p.version))
}

/// Refuses while the ambassador has not accepted the principles in force.
pub async fn principles_current(
    state: &AppState,
    ambassador: &AmbassadorView,
) -> Result<(), Error> {
    if principles_in_force(state).await? > ambassador.principles_version {
        return Err(Error::Conflict {
            message_key: "problem-principles-outdated",
            detail: "accept the new principles of cooperation first".into(),
        });
    }
    Ok(())
}

/// A volunteer applies, accepting the principles in force (the version they were shown);
/// answers the application's id, which follows the command id.
#[tracing::instrument(skip_all)]
pub async fn apply(
    state: &AppState,
    request: &ApplicationRequest,
    metadata: Metadata,
) -> Result<String, Error> {
    let application = request.parse().map_err(Error::Invalid)?;
    let current = principles_in_force(state).await?;
    if request.principles_version != current {
        return Err(invalid("accept_principles", "problem-principles-outdated"));
    }
    let id = super::ids::hashed(&metadata.command_id, 12);
    let command = AmbassadorCommand::Apply {
        application,
        principles_version: current,
    };
    run(state, &state.ambassadors, &id, command, metadata).await?;
    Ok(id)
}

/// The ambassador's dashboard: this month's outreach, every entry, and the upcoming sessions
/// in their districts.
#[tracing::instrument(skip(state))]
pub async fn dashboard(state: &AppState, account_id: &str) -> Result<AmbassadorDashboard, Error> {
    let me = of_account(state, account_id).await?;
    let entries = state.staff.outreach_of(&me.id).await?;
    let today = state.clock.now().date_naive();
    let this_month = entries
        .iter()
        .filter(|e| !e.withdrawn)
        .filter(|e| {
            e.outreach.date.year() == today.year() && e.outreach.date.month() == today.month()
        })
        .fold(OutreachTotals::default(), |mut t, e| {
            t.entries += 1;
            t.people += e.outreach.people;
            t.minutes += e.outreach.minutes;
            t
        });
    let now = state.clock.now().timestamp();
    let upcoming_sessions = state
        .catalogue
        .upcoming(now)
        .await?
        .into_iter()
        .filter(|s| me.application.districts.contains(&s.district))
        .collect();
    Ok(AmbassadorDashboard {
        ambassador_id: me.id,
        name: me.application.name.as_str().to_owned(),
        status: me.status,
        districts: me.application.districts,
        this_month,
        entries,
        upcoming_sessions,
    })
}

/// The ambassador accepts the principles in force; `version` is the one they were shown.
#[tracing::instrument(skip(state, metadata))]
pub async fn accept_principles(
    state: &AppState,
    account_id: &str,
    version: u32,
    metadata: Metadata,
) -> Result<(), Error> {
    let me = of_account(state, account_id).await?;
    let current = principles_in_force(state).await?;
    if version != current {
        return Err(invalid("version", "problem-principles-outdated"));
    }
    let command = AmbassadorCommand::AcceptPrinciples { version: current };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(())
}

fn today(state: &AppState) -> NaiveDate {
    state.clock.now().date_naive()
}

/// Entry `entry` of the ambassador's outreach.
async fn entry_view(state: &AppState, ambassador: &str, entry: u32) -> Result<OutreachView, Error> {
    state
        .staff
        .outreach_of(ambassador)
        .await?
        .into_iter()
        .find(|e| e.entry == entry)
        .ok_or(Error::NotFound {
            message_key: "problem-outreach-unknown",
        })
}

/// Logs an outreach (only with the principles in force accepted); answers the new entry.
#[tracing::instrument(skip_all)]
pub async fn log_outreach(
    state: &AppState,
    account_id: &str,
    request: &OutreachRequest,
    metadata: Metadata,
) -> Result<OutreachView, Error> {
    let me = of_account(state, account_id).await?;
    let outreach = request.parse(today(state)).map_err(Error::Invalid)?;
    principles_current(state, &me).await?;
    let (aggregate, _) = state.ambassadors.load(&me.id).await?;
    let entry = aggregate.next_entry();
    let command = AmbassadorCommand::LogOutreach { outreach };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    entry_view(state, &me.id, entry).await
}

/// Corrects entry `entry` of the ambassador's outreach; answers it as corrected.
#[tracing::instrument(skip(state, request, metadata))]
pub async fn correct_outreach(
    state: &AppState,
    account_id: &str,
    entry: u32,
    request: &OutreachRequest,
    metadata: Metadata,
) -> Result<OutreachView, Error> {
    let me = of_account(state, account_id).await?;
    let outreach = request.parse(today(state)).map_err(Error::Invalid)?;
    let command = AmbassadorCommand::CorrectOutreach { entry, outreach };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    entry_view(state, &me.id, entry).await
}

/// Withdraws entry `entry` of the ambassador's outreach.
#[tracing::instrument(skip(state, metadata))]
pub async fn withdraw_outreach(
    state: &AppState,
    account_id: &str,
    entry: u32,
    metadata: Metadata,
) -> Result<(), Error> {
    let me = of_account(state, account_id).await?;
    let command = AmbassadorCommand::WithdrawOutreach { entry };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(())
}

/// Records a workshop the ambassador held on `date` (`YYYY-MM-DD`, not in the future).
#[tracing::instrument(skip_all)]
pub async fn record_workshop(
    state: &AppState,
    account_id: &str,
    date: &str,
    title: &str,
    metadata: Metadata,
) -> Result<(), Error> {
    let me = of_account(state, account_id).await?;
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok();
    let title = teilhabe_events::input::short_text("title", title, 120);
    let (date, title) = match (date, title) {
        (Some(d), Ok(t)) if d <= today(state) => (d, t),
        (d, t) => {
            let mut errors = Vec::new();
            if d.is_none_or(|d| d > today(state)) {
                errors.push(teilhabe_events::FieldError::new(
                    "date",
                    "outreach-error-date",
                ));
            }
            errors.extend(t.err());
            return Err(Error::Invalid(errors));
        }
    };
    let command = AmbassadorCommand::RecordWorkshop { date, title };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(())
}

/// The ambassador pauses, resumes or retires (`status` as its slug).
#[tracing::instrument(skip(state, metadata))]
pub async fn set_own_status(
    state: &AppState,
    account_id: &str,
    status: &str,
    metadata: Metadata,
) -> Result<(), Error> {
    let me = of_account(state, account_id).await?;
    let command = match AmbassadorStatus::parse(status) {
        Some(AmbassadorStatus::Paused) => AmbassadorCommand::Pause,
        Some(AmbassadorStatus::Active) => AmbassadorCommand::Resume,
        Some(AmbassadorStatus::Retired) => AmbassadorCommand::Retire,
        _ => return Err(invalid("status", "field-error-choose")),
    };
    run(state, &state.ambassadors, &me.id, command, metadata).await?;
    Ok(())
}

/// The office pauses an ambassador (who then cannot resume themselves) or resumes them.
#[tracing::instrument(skip(state, metadata))]
pub async fn set_status_by_office(
    state: &AppState,
    ambassador_id: &str,
    status: &str,
    metadata: Metadata,
) -> Result<(), Error> {
    let command = match AmbassadorStatus::parse(status) {
        Some(AmbassadorStatus::Paused) => AmbassadorCommand::PauseByOffice,
        Some(AmbassadorStatus::Active) => AmbassadorCommand::ResumeByOffice,
        _ => return Err(invalid("status", "field-error-choose")),
    };
    run(state, &state.ambassadors, ambassador_id, command, metadata).await?;
    Ok(())
}

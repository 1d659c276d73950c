//! Erasure of a person's data (GDPR Art. 17) by crypto-shredding: their key is deleted (see
//! [`crate::personal`]), the erasure is recorded as an event without personal data, the read
//! models drop what they held, and on SQLite the write-ahead log is emptied so no old page
//! keeps a copy. Asked for by the resident with their booking code, by the office, on the
//! command line, or by the retention rule.

use crate::commands::CommandError;
use crate::domain::idea::Idea;
use crate::domain::interest::Interest;
use crate::domain::session::Session;
use crate::personal::{KeyringError, Subject};
use crate::projections::ProjectionError;
use crate::state::AppState;
use crate::store::Metadata;
use std::sync::Arc;
use std::time::Duration;
use teilhabe_events::ideas::IdeaCommand;
use teilhabe_events::interest::InterestCommand;
use teilhabe_events::{BookingCode, SessionCommand};

#[derive(Debug, thiserror::Error)]
pub enum ErasureError {
    #[error(transparent)]
    Keys(#[from] KeyringError),
    #[error(transparent)]
    Command(#[from] CommandError),
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

/// Erases the personal data of the booking `code` in `session`; returns the position of the
/// erasure event once the read models have applied it.
pub async fn erase_booking(
    state: &AppState,
    session: &str,
    code: &BookingCode,
    metadata: Metadata,
) -> Result<u64, ErasureError> {
    let command = SessionCommand::ErasePersonalData {
        booking_code: code.clone(),
    };
    let [subject, in_clear] = state.keys.booking_subjects(code);
    // A booking made before booking codes were hidden in the log has its key under the code.
    if state.keys.holds(&in_clear).await? {
        state.keys.erase(&in_clear).await?;
    }
    erase(state, &state.commands, session, &subject, command, metadata).await
}

/// Erases the data of the resident behind interest `id` (her key, then the event); returns the
/// position of the erasure event once the read models have applied it.
pub async fn erase_interest(
    state: &AppState,
    id: &str,
    metadata: Metadata,
) -> Result<u64, ErasureError> {
    let subject = Subject::stream(&crate::commands::stream_of::<Interest>(id));
    erase(
        state,
        &state.interests,
        id,
        &subject,
        InterestCommand::Erase,
        metadata,
    )
    .await
}

/// Whether a key of the booking `code` is still held, under either of its subjects.
async fn holds_booking(state: &AppState, code: &BookingCode) -> Result<bool, KeyringError> {
    for subject in state.keys.booking_subjects(code) {
        if state.keys.holds(&subject).await? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether a command was refused because the data is erased already (a repeated round of
/// the retention rule, or an erasure on another way in between).
fn erased_already(result: &Result<u64, ErasureError>) -> bool {
    matches!(result, Err(ErasureError::Command(CommandError::Domain(rejected)))
        if rejected.message_key == "problem-already-erased")
}

/// What one round of the retention rule erased.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Retained {
    pub bookings: usize,
    pub walk_ins: usize,
    pub idea_contacts: usize,
    /// Interests on the interest list left more than the retention period ago.
    pub interests: usize,
    /// Sessions whose anonymous feedback cards' comments were erased.
    pub feedback_cards: usize,
    /// Erasures that failed this round; the next round tries them again.
    pub failed: usize,
}

impl Retained {
    pub fn total(&self) -> usize {
        self.bookings + self.walk_ins + self.idea_contacts + self.feedback_cards + self.interests
    }
}

/// Counts the outcome of one erasure of the retention rule: erased (or found erased by
/// another way meanwhile, its key now gone too), or failed, to be tried again next round.
fn count(result: Result<u64, ErasureError>, erased: &mut usize, failed: &mut usize) {
    match result {
        Ok(_) => *erased += 1,
        Err(_) if erased_already(&result) => *erased += 1,
        Err(err) => {
            tracing::warn!(error = %err, "retention: an erasure failed; tried again next round");
            *failed += 1;
        }
    }
}

/// The retention rule: erases the personal data of every booking and walk-in of a session
/// that ended more than `retention` ago, and the contact of every idea submitted more than
/// `retention` ago, and the data of every interest left more than `retention` ago, where not
/// erased yet. It also deletes the key of any booking or walk-in
/// whose erasure is recorded while its key is still held (an erasure stopped half-way, or
/// recorded by an older version under another spelling of the subject). One failure does
/// not stop the round; what failed is tried again in the next.
pub async fn apply_retention(
    state: &AppState,
    retention: chrono::Duration,
) -> Result<Retained, ErasureError> {
    let cutoff = state.clock.now() - retention;
    let mut done = Retained::default();
    // Once per round: what other processes erased meanwhile need not be erased again.
    state.keys.refresh().await?;
    let metadata = || Metadata::new_command("system", "retention");
    for (code, session, erased) in state
        .catalogue
        .bookings_for_retention(cutoff.timestamp())
        .await?
    {
        if erased && !holds_booking(state, &code).await? {
            continue;
        }
        let result = erase_booking(state, &session, &code, metadata()).await;
        count(result, &mut done.bookings, &mut done.failed);
    }
    for (session, walk_in, erased) in state
        .catalogue
        .walk_ins_for_retention(cutoff.timestamp())
        .await?
    {
        let subject = Subject::walk_in(&crate::commands::stream_of::<Session>(&session), &walk_in);
        if erased && !state.keys.holds(&subject).await? {
            continue;
        }
        let command = SessionCommand::EraseWalkIn {
            walk_in_id: walk_in,
        };
        let result = erase(
            state,
            &state.commands,
            &session,
            &subject,
            command,
            metadata(),
        )
        .await;
        count(result, &mut done.walk_ins, &mut done.failed);
    }
    // Feedback cards are anonymous: no event names them, their comments' key goes.
    for session in state
        .catalogue
        .sessions_ended_before(cutoff.timestamp())
        .await?
    {
        let subject = Subject::cards(&crate::commands::stream_of::<Session>(&session));
        if state.keys.holds(&subject).await? {
            match state.keys.erase(&subject).await {
                Ok(_) => done.feedback_cards += 1,
                Err(err) => {
                    tracing::warn!(error = %err, "retention: feedback cards not erased");
                    done.failed += 1;
                }
            }
        }
    }
    let before = crate::audit::log_time(cutoff);
    for idea in state.staff.ideas_submitted_before(&before).await? {
        let subject = Subject::stream(&crate::commands::stream_of::<Idea>(&idea));
        // The read model does not show contacts: the key tells whether one is left.
        if !state.keys.holds(&subject).await? {
            continue;
        }
        let result = erase(
            state,
            &state.ideas,
            &idea,
            &subject,
            IdeaCommand::EraseContact,
            metadata(),
        )
        .await;
        count(result, &mut done.idea_contacts, &mut done.failed);
    }
    for interest in state.interest_list.registered_before(&before).await? {
        let subject = Subject::stream(&crate::commands::stream_of::<Interest>(&interest));
        if !state.keys.holds(&subject).await? {
            continue;
        }
        let result = erase_interest(state, &interest, metadata()).await;
        count(result, &mut done.interests, &mut done.failed);
    }
    Ok(done)
}

/// Deletes `subject`'s key, then records the erasure with `command` on aggregate `id`;
/// returns the position of the erasure event once the read models have applied it.
async fn erase<A: crate::commands::Stored>(
    state: &AppState,
    bus: &Arc<crate::commands::CommandBus<A>>,
    id: &str,
    subject: &Subject,
    command: A::Command,
    metadata: Metadata,
) -> Result<u64, ErasureError> {
    // The key goes first: should the process stop right after, the data is gone already and
    // a repeated request records the event.
    state.keys.erase(subject).await?;
    let respond = crate::commands::no_answer();
    let outcome = bus.execute(id, command, metadata, respond).await?;
    // Applied here rather than waited for: the command line has no projector following the log.
    state.projector.catch_up().await?;
    // Old page images in the write-ahead log still hold the rows as they were.
    if !state.read_db.truncate_wal().await? {
        tracing::warn!("write-ahead log busy after an erasure; emptied at the next one");
    }
    tracing::info!(position = outcome.position, "personal data erased");
    Ok(outcome.position)
}

/// Applies the retention rule every hour until the process ends.
pub async fn run_retention(state: AppState, retention: chrono::Duration) {
    loop {
        match apply_retention(&state, retention).await {
            Ok(erased) if erased.total() == 0 => {}
            Ok(erased) => tracing::info!(
                bookings = erased.bookings,
                walk_ins = erased.walk_ins,
                idea_contacts = erased.idea_contacts,
                interests = erased.interests,
                feedback_cards = erased.feedback_cards,
                failed = erased.failed,
                "retention: personal data erased"
            ),
            Err(err) => tracing::warn!(error = %err, "retention"),
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}

//! Backups while the server runs, and restoring one into an empty store.
//!
//! A backup is a SQLite file. From a SQLite store it is made with SQLite's online backup API
//! in one step, so it is the committed state of one moment (the log, and the read models,
//! sessions and outbox with it) even while the server writes. From PostgreSQL (or
//! EventStoreDB) the log up to the head at the start is copied into a new SQLite file: the log
//! is append-only and committed in position order, so every event up to that head is final.
//! (For a full PostgreSQL copy with its read models, `pg_dump` works as usual; see the README.)
//!
//! A restore copies the backup's log into an empty store of any kind and walks its hash chain;
//! read models are rebuilt from the log when the server starts.

use crate::store::verify::{verify_log, Verdict};
use crate::store::{self, EventStore, StoreError};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("backup file: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0} exists already; a backup never overwrites a file")]
    Exists(String),
    #[error("the target store is not empty (head at {0}); restore into an empty store")]
    TargetNotEmpty(u64),
    #[error("personal data keys: {0}")]
    Keys(#[from] crate::personal::KeyringError),
    #[error("read model database: {0}")]
    Database(#[from] crate::projections::ProjectionError),
    #[error("the restored log does not verify: {0}")]
    Broken(String),
}

/// What a backup or restore holds: the number of events and the hash of the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub events: u64,
    pub head_hash: String,
}

async fn summary(store: &dyn EventStore, head: u64) -> Result<Summary, StoreError> {
    let head_hash = match head {
        0 => String::new(),
        n => store
            .read_all(n - 1, 1)
            .await?
            .first()
            .map(|e| e.hash.clone())
            .unwrap_or_default(),
    };
    Ok(Summary {
        events: head,
        head_hash,
    })
}

/// Backs up the store at `url` into the new file `to`. `progress` hears (done, total).
pub async fn backup(
    url: &str,
    to: &Path,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Summary, BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.display().to_string()));
    }
    let target_url = format!("sqlite://{}", to.display());
    if url.starts_with("sqlite:") {
        let source = store::sqlite_path(url).to_owned();
        let target = to.to_owned();
        tokio::task::spawn_blocking(move || -> Result<(), rusqlite::Error> {
            let src = rusqlite::Connection::open_with_flags(
                &source,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )?;
            let mut dst = rusqlite::Connection::open(&target)?;
            let backup = rusqlite::backup::Backup::new(&src, &mut dst)?;
            // All pages in one step: one read transaction, one consistent moment.
            backup.step(-1)?;
            Ok(())
        })
        .await
        .map_err(|e| StoreError::Corrupt(e.to_string()))??;
        let copy = store::open(&target_url).await?;
        let head = copy.head().await?;
        progress(head, head);
        return Ok(summary(copy.as_ref(), head).await?);
    }
    let source = store::open(url).await?;
    let head = source.head().await?;
    let target = store::open(&target_url).await?;
    let mut after = 0;
    while after < head {
        let page = source
            .read_all(after, 10_000.min(head - after) as u32)
            .await?;
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        target.import(&page).await?;
        after = last;
        progress(after, head);
    }
    Ok(summary(target.as_ref(), after).await?)
}

/// Restores the backup file `from` into the empty store at `url` and verifies it.
pub async fn restore(
    from: &Path,
    url: &str,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Summary, BackupError> {
    let source = store::open(&format!("sqlite://{}", from.display())).await?;
    let target = store::open(url).await?;
    let existing = target.head().await?;
    if existing != 0 {
        return Err(BackupError::TargetNotEmpty(existing));
    }
    let total = source.head().await?;
    crate::personal::copy_keys(
        &crate::projections::ReadDb::connect(&format!("sqlite://{}", from.display())).await?,
        &crate::projections::ReadDb::connect(url).await?,
    )
    .await?;
    store::copy_log(source.as_ref(), target.as_ref(), &|n| progress(n, total)).await?;
    match verify_log(target.as_ref(), &|_| {}).await? {
        Verdict::Intact { events, head_hash } => Ok(Summary { events, head_hash }),
        Verdict::Broken { breaks, .. } => Err(BackupError::Broken(
            breaks
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        )),
    }
}

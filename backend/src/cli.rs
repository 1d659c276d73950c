//! The `teilhabe` command line: serve, rebuild read models, verify, migrate, seed.

use crate::config::Config;
use crate::projections::Catalogue;
use crate::startup::{self, StartupError};
use crate::store::verify::{verify_anchored, Verdict};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(
    name = "teilhabe",
    version,
    about = "Teilhabe: digital-skills sessions for a city's residents"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the API and the frontend (the default).
    Serve,
    /// Schedule the demo sessions if the store is empty; with --events, generate a log of
    /// about N events (sessions, registrations, cancellations) for benchmarks and demos.
    SeedDemo {
        #[arg(long)]
        events: Option<u64>,
        /// Seed of the generator (the same seed gives the same log).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Drop read models and replay the whole log into them.
    Rebuild {
        /// The read model to rebuild (catalogue).
        name: Option<String>,
        /// Rebuild every read model.
        #[arg(long)]
        all: bool,
    },
    /// Walk the hash chain of the whole log; every anchor given and every head auditors were
    /// shown must still be in it with its hash.
    Verify {
        /// POSITION:HASH from an archived report or an earlier check (repeatable): fails when
        /// the event at POSITION has another hash or the log ends before it.
        #[arg(long = "anchor", value_name = "POSITION:HASH")]
        anchors: Vec<crate::store::verify::Anchor>,
        /// Check an export (JSON Lines from `teilhabe export` or the auditors' area) instead
        /// of the store: the chain from the file alone.
        #[arg(long, value_name = "FILE")]
        export: Option<std::path::PathBuf>,
    },
    /// Staff accounts: `teilhabe user add --role office --email … --name …`; the password is
    /// read from standard input (typed at the prompt, or piped).
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Export the log as JSON Lines with hashes (for outside verification), or with --report
    /// the programme report as CSV, as of --as-of (RFC 3339; default now).
    Export {
        #[arg(long)]
        to: std::path::PathBuf,
        #[arg(long)]
        report: bool,
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Back up the store while the server runs, into a new SQLite file.
    Backup {
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Restore a backup file into the empty store of TEILHABE_DATABASE_URL, then verify it.
    Restore {
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Erase the personal data of a booking's holder (GDPR Art. 17): their key is deleted,
    /// the erasure recorded as an event; counts stay.
    Erase {
        /// The booking code.
        #[arg(long)]
        booking: String,
    },
    /// Copy the log into an empty store on another backend, keeping positions and hashes.
    MigrateStore {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
    },
}

#[derive(Subcommand, Debug)]
enum UserAction {
    /// Open a staff account (office or auditor) and set its password.
    Add {
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
        /// The person's name as colleagues see it.
        #[arg(long, default_value = "Programmbüro")]
        name: String,
    },
    /// Close a staff account (any role): its sessions and set-password links end at once.
    Close {
        #[arg(long)]
        email: String,
    },
}

/// Reads the password from standard input: one line, without its line break.
fn read_password() -> Result<String, CliError> {
    use std::io::{BufRead, IsTerminal, Write};
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!(
            "Password (at least {} characters): ",
            teilhabe_events::staff_api::PASSWORD_MIN_CHARS
        );
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::Input(e.to_string()))?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    let style = ProgressStyle::with_template(&format!(
        "{what} [{{bar:40}}] {{pos}}/{{len}} events ({{per_sec}}, {{eta}} left)"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style.progress_chars("=> "));
    bar
}

fn rate(events: u64, started: Instant) -> String {
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    format!(
        "{events} events in {seconds:.2} s ({:.0} events/s)",
        events as f64 / seconds
    )
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error("unknown read model {0:?} (known: catalogue)")]
    UnknownReadModel(String),
    #[error("the target store is not empty (head at {0}); migrate into an empty store")]
    TargetNotEmpty(u64),
    #[error("the hash chain is broken in {} places:\n{}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Broken(Vec<crate::store::verify::Break>),
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Command(#[from] crate::commands::CommandError),
    #[error(transparent)]
    Backup(#[from] crate::backup::BackupError),
}

impl From<crate::app::Error> for CliError {
    fn from(err: crate::app::Error) -> Self {
        match err {
            crate::app::Error::Command(e) => CliError::Command(e),
            crate::app::Error::ReadModel(e) => e.into(),
            other => CliError::Input(other.to_string()),
        }
    }
}

impl From<crate::store::StoreError> for CliError {
    fn from(err: crate::store::StoreError) -> Self {
        CliError::Startup(err.into())
    }
}

impl From<crate::audit::ReportError> for CliError {
    fn from(err: crate::audit::ReportError) -> Self {
        match err {
            crate::audit::ReportError::Store(e) => e.into(),
            crate::audit::ReportError::ReadModel(e) => e.into(),
        }
    }
}

impl From<crate::projections::ProjectionError> for CliError {
    fn from(err: crate::projections::ProjectionError) -> Self {
        CliError::Startup(err.into())
    }
}

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let config = cli.config;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(config).await?,
        Command::SeedDemo { events: None, .. } => {
            let state = startup::state(&config).await?;
            let seeded = startup::seed_demo(&state).await?;
            println!("scheduled {seeded} demo sessions");
        }
        Command::SeedDemo {
            events: Some(target),
            seed,
        } => {
            let store = crate::store::open(&config.database_url).await?;
            let (_, keys, _) = startup::open_sealed(&config.database_url).await?;
            let progress = bar(target, "generating");
            let started = Instant::now();
            let written =
                crate::demo::generated::generate(store.as_ref(), &keys, target, seed, &|n| {
                    progress.set_position(n)
                })
                .await?;
            progress.finish_and_clear();
            println!("generated {}", rate(written, started));
        }
        Command::Rebuild { name, all } => {
            match name.as_deref() {
                None if all => {}
                Some(crate::projections::NAME) => {}
                Some(other) => return Err(CliError::UnknownReadModel(other.to_owned())),
                None => return Err(CliError::UnknownReadModel(String::new())),
            }
            let (store, _, pool) = startup::open_sealed(&config.database_url).await?;
            let head = store.head().await?;
            let projector = startup::projector(store, pool.clone(), &Catalogue::new(pool)).await?;
            let progress = bar(head, projector.name());
            let started = Instant::now();
            let reached = projector
                .rebuild_with(&|n| progress.set_position(n))
                .await?;
            progress.finish_and_clear();
            println!("rebuilt {}: {}", projector.name(), rate(reached, started));
        }
        Command::Verify {
            anchors,
            export: Some(path),
        } => {
            use std::io::BufRead;
            let file = std::fs::File::open(&path)
                .map_err(|e| CliError::Input(format!("{}: {e}", path.display())))?;
            let started = Instant::now();
            let mut walk = crate::store::verify::Walk::new(&anchors);
            for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
                let line = line.map_err(|e| CliError::Input(e.to_string()))?;
                if line.trim().is_empty() {
                    continue;
                }
                let event = crate::audit::parse_export_line(&line)
                    .map_err(|e| CliError::Input(format!("line {}: {e}", number + 1)))?;
                walk.event(&event);
            }
            match walk.finish(0, None) {
                Verdict::Intact { events, head_hash } => println!(
                    "intact, {events} events, head {events}:{head_hash}, {} anchors hold ({})",
                    anchors.len(),
                    rate(events, started)
                ),
                Verdict::Broken { breaks, .. } => return Err(CliError::Broken(breaks)),
            }
        }
        Command::Verify {
            mut anchors,
            export: None,
        } => {
            let store = crate::store::open(&config.database_url).await?;
            let seen = crate::anchors::Anchors::open(
                crate::projections::ReadDb::connect(&config.database_url).await?,
            )
            .await?
            .seen()
            .await?;
            let (given, remembered) = (anchors.len(), seen.len());
            anchors.extend(seen);
            let progress = bar(store.head().await?, "verifying");
            let started = Instant::now();
            let verdict =
                verify_anchored(store.as_ref(), &anchors, &|n| progress.set_position(n)).await?;
            progress.finish_and_clear();
            match verdict {
                Verdict::Intact { events, head_hash } => {
                    println!(
                        "intact, {events} events, head {events}:{head_hash}, {given} anchors given and {remembered} heads seen by auditors hold ({})",
                        rate(events, started)
                    );
                }
                Verdict::Broken { breaks, .. } => return Err(CliError::Broken(breaks)),
            }
        }
        Command::User {
            action: UserAction::Add { role, email, name },
        } => {
            use teilhabe_events::staff::{Email, Role};
            let field = |e: teilhabe_events::FieldError| CliError::Input(e.to_string());
            let role = Role::parse(&role).map_err(field)?;
            if role == Role::Ambassador {
                return Err(CliError::Input(
                    "ambassadors apply and are approved by the office".into(),
                ));
            }
            let email = Email::parse(&email).map_err(field)?;
            let name = teilhabe_events::PersonName::parse(&name).map_err(field)?;
            let password =
                teilhabe_events::staff_api::parse_password(&read_password()?).map_err(|_| {
                    CliError::Input(format!(
                        "the password needs {} to {} characters",
                        teilhabe_events::staff_api::PASSWORD_MIN_CHARS,
                        teilhabe_events::staff_api::PASSWORD_MAX_CHARS
                    ))
                })?;
            let hash = crate::auth::hash_password(&password)
                .ok_or_else(|| CliError::Input("the password could not be hashed".into()))?;
            let state = startup::state(&config).await?;
            // Opening waits until the read models show the account.
            tokio::spawn(state.projector.clone().follow());
            let metadata = || crate::store::Metadata::new_command("cli", "system");
            let account = crate::app::accounts::NewAccount {
                name,
                email: email.clone(),
                role,
            };
            let id = crate::app::accounts::open(&state, account, metadata()).await?;
            crate::app::accounts::set_password_hash(&state, &id, hash, metadata()).await?;
            println!("opened the {} account {}", role.slug(), email.as_str());
        }
        Command::User {
            action: UserAction::Close { email },
        } => {
            let field = |e: teilhabe_events::FieldError| CliError::Input(e.to_string());
            let email = teilhabe_events::staff::Email::parse(&email).map_err(field)?;
            let state = startup::state(&config).await?;
            // Closing waits until the read models show it.
            tokio::spawn(state.projector.clone().follow());
            let account = state
                .staff
                .account_by_email(email.as_str())
                .await?
                .ok_or_else(|| CliError::Input(format!("no staff account {}", email.as_str())))?;
            let metadata = crate::store::Metadata::new_command("cli", "system");
            crate::app::accounts::close(&state, &account.id, metadata).await?;
            println!(
                "closed the account {}; its sessions have ended",
                email.as_str()
            );
        }
        Command::Export { to, report, as_of } => {
            use std::io::Write;
            let store = crate::store::open(&config.database_url).await?;
            let file = std::fs::File::create(&to).map_err(|e| CliError::Input(e.to_string()))?;
            let mut out = std::io::BufWriter::new(file);
            let write_error = |e: std::io::Error| CliError::Input(e.to_string());
            if report {
                let instant = match as_of {
                    None => chrono::Utc::now(),
                    Some(text) => chrono::DateTime::parse_from_rfc3339(&text)
                        .map_err(|e| CliError::Input(format!("--as-of: {e}")))?
                        .with_timezone(&chrono::Utc),
                };
                let time = instant.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
                let (store, _, db) = startup::open_sealed(&config.database_url).await?;
                let anchors = crate::anchors::Anchors::open(db).await?;
                let now = crate::audit::log_time(chrono::Utc::now());
                let report =
                    crate::audit::report_reproducible(store.as_ref(), &anchors, &time, &now)
                        .await?;
                out.write_all(crate::audit::report_csv(&report).as_bytes())
                    .map_err(write_error)?;
                println!(
                    "report as of {time} (up to event {}, anchor {}:{}) written to {}",
                    report.position,
                    report.position,
                    report.hash,
                    to.display()
                );
            } else {
                let head = store.head().await?;
                let progress = bar(head, "exporting");
                let started = Instant::now();
                let mut after = 0;
                while after < head {
                    let page = store.read_all(after, 10_000).await?;
                    let Some(last) = page.last().map(|e| e.position) else {
                        break;
                    };
                    for event in &page {
                        writeln!(out, "{}", crate::audit::export_line(event))
                            .map_err(write_error)?;
                    }
                    after = last;
                    progress.set_position(after);
                }
                progress.finish_and_clear();
                println!("exported {} to {}", rate(after, started), to.display());
            }
            out.flush().map_err(write_error)?;
        }
        Command::Backup { to } => {
            let progress = bar(0, "backing up");
            let started = Instant::now();
            let summary = crate::backup::backup(&config.database_url, &to, &|done, total| {
                progress.set_length(total);
                progress.set_position(done);
            })
            .await?;
            progress.finish_and_clear();
            println!(
                "backed up to {}: {}, head hash {}",
                to.display(),
                rate(summary.events, started),
                summary.head_hash
            );
        }
        Command::Restore { from } => {
            let progress = bar(0, "restoring");
            let started = Instant::now();
            let summary = crate::backup::restore(&from, &config.database_url, &|done, total| {
                progress.set_length(total);
                progress.set_position(done);
            })
            .await?;
            progress.finish_and_clear();
            println!(
                "restored and verified: intact, {}, head hash {}",
                rate(summary.events, started),
                summary.head_hash
            );
        }
        Command::Erase { booking } => {
            let code = teilhabe_events::BookingCode::parse(&booking)
                .map_err(|_| CliError::Input(format!("{booking:?} is not a booking code")))?;
            let state = startup::state(&config).await?;
            let session = state
                .catalogue
                .session_of_booking(&code)
                .await?
                .ok_or_else(|| CliError::Input(format!("no booking {}", code.as_str())))?;
            let metadata = crate::store::Metadata::new_command("cli", "system");
            let position = crate::erasure::erase_booking(&state, &session, &code, metadata)
                .await
                .map_err(|e| CliError::Input(e.to_string()))?;
            println!(
                "erased the personal data of booking {} (event {position})",
                code.as_str()
            );
        }
        Command::MigrateStore { from, to } => {
            let source = crate::store::open(&from).await?;
            let target = crate::store::open(&to).await?;
            let existing = target.head().await?;
            if existing != 0 {
                return Err(CliError::TargetNotEmpty(existing));
            }
            let keys = crate::personal::copy_keys(
                &crate::projections::ReadDb::connect(&from).await?,
                &crate::projections::ReadDb::connect(&to).await?,
            )
            .await
            .map_err(StartupError::from)?;
            println!("copied {keys} personal data keys");
            let head = source.head().await?;
            let progress = bar(head, "copying");
            let started = Instant::now();
            let copied = crate::store::copy_log(source.as_ref(), target.as_ref(), &|n| {
                progress.set_position(n)
            })
            .await?;
            progress.finish_and_clear();
            println!("copied {}", rate(copied, started));
        }
    }
    Ok(())
}

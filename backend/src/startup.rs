//! Builds the application from its configuration and serves it; tests start it on port 0.

use crate::auth::Auth;
use crate::commands::{CommandBus, CommandError};
use crate::config::Config;
use crate::domain::clock::{Clock, FixedClock, SystemClock};
use crate::domain::session::{Session, SessionServices};
use crate::http;
use crate::limits::WindowLimit;
use crate::mail::Outbox;
use crate::notifications::Notifications;
use crate::personal::{Keyring, SealingStore};
use crate::projections::staff::{Staff, StaffModels};
use crate::projections::{Catalogue, Projection, ProjectionError, Projector, ReadDb};
use crate::state::{AppState, PublicLimits};
use crate::store::{EventStore, Metadata, StoreError};
use std::net::SocketAddr;
use std::sync::Arc;
use teilhabe_events::session::Channel;
use teilhabe_events::{BookingCode, Contact, PersonName, Registration, SessionCommand};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("event store: {0}")]
    Store(#[from] StoreError),
    #[error("read model: {0}")]
    Projection(#[from] ProjectionError),
    #[error("demo data: {0}")]
    Demo(#[from] CommandError),
    #[error("demo ideas: {0}")]
    DemoIdeas(#[from] crate::demo::SeedError),
    #[error("personal data keys: {0}")]
    Keys(#[from] crate::personal::KeyringError),
    #[error("cannot listen: {0}")]
    Io(#[from] std::io::Error),
}

/// The store as the application reads it (personal data opened with the keys in the read
/// models' database), for commands that decode events outside the server.
pub async fn open_sealed(
    url: &str,
) -> Result<(Arc<dyn EventStore>, Arc<Keyring>, ReadDb), StartupError> {
    let log = crate::store::open(url).await?;
    let db = ReadDb::connect(url).await?;
    // The command line holds every key: generating adds to a log whose people it must know.
    let keys = Keyring::open_holding_all(db.clone()).await?;
    let store: Arc<dyn EventStore> = Arc::new(SealingStore::new(log, keys.clone()));
    Ok((store, keys, db))
}

/// The projector with every projection of the log, in the order their statements are written:
/// the catalogue, the staff models, then the notification rules (whose outbox rows go in the
/// same transaction as the read models' checkpoint).
pub async fn projector(
    store: Arc<dyn EventStore>,
    db: ReadDb,
    catalogue: &Catalogue,
) -> Result<Projector, ProjectionError> {
    let projections: Vec<Arc<dyn Projection>> = vec![
        Arc::new(catalogue.clone()),
        Arc::new(StaffModels),
        Arc::new(crate::projections::interests::InterestModels),
        Arc::new(Notifications),
    ];
    Projector::open(store, db, projections).await
}

/// Opens the store, brings the read models up to date and seeds demo data if asked.
pub async fn state(config: &Config) -> Result<AppState, StartupError> {
    let log = crate::store::open(&config.database_url).await?;
    let pool = ReadDb::connect(&config.database_url).await?;
    let keys = Keyring::open_with(pool.clone(), config.key_cache).await?;
    let store: Arc<dyn EventStore> = Arc::new(SealingStore::new(log.clone(), keys.clone()));
    let read_db = pool.clone();
    let catalogue = Catalogue::new(pool.clone());
    let projector = Arc::new(projector(store.clone(), pool.clone(), &catalogue).await?);
    let staff = Staff::new(pool.clone());
    let auth = Auth::open(
        pool.clone(),
        crate::auth::LoginLimits {
            failures_per_account: config.login_failures_per_account,
            failures_per_address: config.login_failures_per_address,
            password_checks: config.password_checks,
            max_keys: config.limit_keys,
        },
    )
    .await?;
    let anchors = crate::anchors::Anchors::open(pool.clone()).await?;
    let outbox = Outbox::open(pool, &config.public_url).await?;
    let position = projector.catch_up().await?;
    tracing::info!(position, "read models caught up");
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let services = SessionServices {
        clock: clock.clone(),
        waitlist: config.waitlist_limit(),
    };
    let aggregates = config.aggregate_cache;
    let state = AppState {
        commands: Arc::new(CommandBus::new(store.clone(), services).with_cache(aggregates)),
        accounts: Arc::new(CommandBus::new(store.clone(), ()).with_cache(aggregates)),
        ambassadors: Arc::new(CommandBus::new(store.clone(), ()).with_cache(aggregates)),
        principles: Arc::new(CommandBus::new(store.clone(), ()).with_cache(aggregates)),
        ideas: Arc::new(CommandBus::new(store.clone(), ()).with_cache(aggregates)),
        interests: Arc::new(CommandBus::new(store.clone(), ()).with_cache(aggregates)),
        interest_list: crate::projections::interests::Interests::new(read_db.clone()),
        staff,
        auth,
        outbox,
        limits: PublicLimits {
            code_misses: WindowLimit::new(config.code_misses_per_hour, 3600)
                .with_max_keys(config.limit_keys),
            registrations: WindowLimit::new(config.registrations_per_hour, 3600)
                .with_max_keys(config.limit_keys),
            applications: WindowLimit::new(config.applications_per_hour, 3600)
                .with_max_keys(config.limit_keys),
            trust_proxy: config.trust_proxy,
            ipv6_prefix: config.ipv6_prefix,
        },
        store,
        log,
        keys,
        read_db,
        catalogue,
        projector,
        clock,
        anchors,
    };
    if config.demo {
        let seeded = seed_demo(&state).await?;
        if seeded > 0 {
            tracing::info!(seeded, "scheduled demo sessions");
        }
    }
    Ok(state)
}

/// Schedules the demo sessions when the catalogue holds none; returns how many.
pub async fn seed_demo(state: &AppState) -> Result<usize, StartupError> {
    let mut seeded = 0;
    let history =
        crate::demo::generated::history(state.log.as_ref(), &state.keys, state.clock.now()).await?;
    if history > 0 {
        state.projector.catch_up().await?;
        tracing::info!(events = history, "recorded half a year of demo history");
    }
    let planned = state.catalogue.upcoming(i64::MIN).await?;
    if planned.iter().all(|s| s.id.starts_with("demo-history-")) {
        let sessions = crate::demo::sessions(state.clock.now());
        for (id, details) in &sessions {
            let command = SessionCommand::ScheduleSession(details.clone());
            let respond = crate::commands::no_answer();
            let metadata = Metadata::new_command("system", "system");
            state
                .commands
                .execute(id, command, metadata, respond)
                .await?;
        }
        seed_past_session(state).await?;
        seeded = sessions.len() + 1;
    }
    // A store seeded by an earlier version has sessions but no staff: add the demo staff.
    if state.staff.office_accounts().await? == 0 {
        crate::demo::seed_staff(state).await?;
    }
    // The ideas store's demo ideas, each once (their command ids are their own).
    crate::demo::seed_ideas(state).await?;
    state.projector.catch_up().await?;
    Ok(seeded)
}

/// Records last week's demo session as it happened: scheduled and booked before it took
/// place (by a bus whose clock stands a week before it), so its holders can give feedback.
async fn seed_past_session(state: &AppState) -> Result<(), StartupError> {
    let Some((id, details)) = crate::demo::past_session(state.clock.now()) else {
        return Ok(());
    };
    let then = details.starts_at.with_timezone(&chrono::Utc) - chrono::Duration::days(7);
    let bus = Arc::new(CommandBus::<Session>::new(
        state.store.clone(),
        SessionServices::new(Arc::new(FixedClock(then))),
    ));
    let mut commands = vec![SessionCommand::ScheduleSession(details)];
    for (code, name) in crate::demo::PAST_BOOKINGS {
        let (Ok(booking_code), Ok(name)) = (BookingCode::parse(code), PersonName::parse(name))
        else {
            continue;
        };
        commands.push(SessionCommand::RegisterParticipant(Registration::new(
            booking_code,
            name,
            Contact::None,
            Channel::Web,
        )));
    }
    for command in commands {
        let respond = crate::commands::no_answer();
        let metadata = Metadata::new_command("system", "system");
        bus.execute(&id, command, metadata, respond).await?;
    }
    Ok(())
}

/// A server bound to its address, ready to run.
pub struct Server {
    pub addr: SocketAddr,
    listener: tokio::net::TcpListener,
    router: axum::Router,
    header_timeout: std::time::Duration,
    max_connections: usize,
}

impl Server {
    pub async fn build(config: &Config) -> Result<Self, StartupError> {
        let state = state(config).await?;
        tokio::spawn(state.projector.clone().follow());
        // The first round of reminders before the first request: what is due at start is on
        // the call list at once.
        let lead = chrono::Duration::hours(i64::from(config.reminder_hours));
        if let Err(err) = state.outbox.remind(&state.mail_sources(), lead).await {
            tracing::warn!(error = %err, "reminders");
        }
        tokio::spawn(crate::mail::run_reminders(
            state.outbox.clone(),
            state.mail_sources(),
            lead,
        ));
        if config.retention_days > 0 {
            tokio::spawn(crate::erasure::run_retention(
                state.clone(),
                chrono::Duration::days(i64::from(config.retention_days)),
            ));
        }
        if let Some(url) = &config.smtp_url {
            tokio::spawn(crate::mail::run_worker(
                state.outbox.clone(),
                state.mail_sources(),
                state.projector.subscribe(),
                url.clone(),
                config.mail_from.clone(),
            ));
        }
        let router = http::router(state, &config.dist);
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        Ok(Self {
            addr,
            listener,
            router,
            header_timeout: std::time::Duration::from_secs(config.header_timeout_seconds.max(1)),
            max_connections: config.max_connections.max(1),
        })
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    ///
    /// Its own accept loop rather than `axum::serve`, which has neither of these: at most
    /// `TEILHABE_MAX_CONNECTIONS` connections are served at once (the next is accepted when
    /// one closes; until then it waits in the kernel's listen queue), and a client that does
    /// not send a request's headers within `TEILHABE_HEADER_TIMEOUT_SECONDS` (a slow client,
    /// or an idle keep-alive connection) is disconnected.
    pub async fn run(self) -> Result<(), StartupError> {
        use hyper_util::rt::{TokioIo, TokioTimer};
        let Self {
            listener,
            router,
            header_timeout,
            max_connections,
            ..
        } = self;
        let slots = Arc::new(tokio::sync::Semaphore::new(max_connections));
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let mut connections = tokio::task::JoinSet::new();
        let shutdown = shutdown_signal();
        tokio::pin!(shutdown);
        loop {
            let slot = tokio::select! {
                slot = slots.clone().acquire_owned() => match slot {
                    Ok(slot) => slot,
                    Err(_) => break,
                },
                () = &mut shutdown => break,
            };
            let (stream, peer) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(err) => {
                        // Out of file descriptors and the like: wait a little, then go on.
                        tracing::warn!(error = %err, "accepting a connection");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let service = tower::ServiceExt::map_request(
                router.clone(),
                move |mut request: axum::http::Request<hyper::body::Incoming>| {
                    request
                        .extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    request
                },
            );
            let service = hyper_util::service::TowerToHyperService::new(service);
            let mut stopping = stopping.clone();
            connections.spawn(async move {
                let _slot = slot;
                let mut builder = hyper::server::conn::http1::Builder::new();
                builder
                    .timer(TokioTimer::new())
                    .header_read_timeout(header_timeout);
                let connection = builder.serve_connection(TokioIo::new(stream), service);
                tokio::pin!(connection);
                let finished = tokio::select! {
                    result = connection.as_mut() => result,
                    _ = stopping.changed() => {
                        connection.as_mut().graceful_shutdown();
                        connection.await
                    }
                };
                if let Err(err) = finished {
                    tracing::debug!(error = %err, "connection ended");
                }
            });
            // Collect the connections that have ended.
            while connections.try_join_next().is_some() {}
        }
        drop(listener);
        let _ = stop.send(true);
        while connections.join_next().await.is_some() {}
        Ok(())
    }
}

pub async fn serve(config: Config) -> Result<(), StartupError> {
    let server = Server::build(&config).await?;
    tracing::info!(addr = %server.addr, store = %redact(&config.database_url), "serving");
    println!("Teilhabe is ready at http://{}/", server.addr);
    server.run().await
}

/// A database URL without its password, for logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

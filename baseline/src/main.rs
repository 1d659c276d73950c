//! Commands per second, in process (no HTTP), on the session aggregate: Teilhabe's command bus
//! against cqrs-es's shipped repositories with their default pools, for the same two workloads:
//! registrations spread over many sessions, and all of them at one popular session.
//!
//! cargo run --profile server -p teilhabe-baseline -- [POSTGRES_ADMIN_URL]

use chrono::{Duration as Days, FixedOffset, TimeZone, Utc};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use teilhabe_backend::commands::{CommandBus, Respond};
use teilhabe_backend::domain::clock::SystemClock;
use teilhabe_backend::domain::session::{Session, SessionServices, WaitlistLimit};
use teilhabe_backend::store::Metadata;
use teilhabe_events::session::{Channel, Topic};
use teilhabe_events::{
    BookingCode, Contact, PersonName, Registration, SessionCommand, SessionDetails,
};

const TASKS: usize = 256;
const SESSIONS: usize = 500;
const SECONDS: u64 = 8;

/// Waiting lists without a limit: every registration is written, as in both stores compared
/// (a hot session's list would otherwise close at 3 x its capacity).
fn services() -> SessionServices {
    SessionServices {
        clock: Arc::new(SystemClock),
        waitlist: WaitlistLimit::NONE,
    }
}

fn details() -> SessionDetails {
    let berlin = FixedOffset::east_opt(3600).expect("offset");
    let start = berlin.from_utc_datetime(&(Utc::now() + Days::days(30)).naive_utc());
    SessionDetails {
        title: "Sprechstunde".into(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei".into(),
        district: "Garstedt".into(),
        starts_at: start,
        ends_at: start + Days::hours(2),
        capacity: 30,
        drop_in: false,
    }
}

fn register(n: u64) -> SessionCommand {
    let mut x = n;
    SessionCommand::RegisterParticipant(Registration::new(
        BookingCode::from_indices(std::array::from_fn(|_| {
            let i = (x % 22) as u8;
            x /= 22;
            i
        })),
        PersonName::parse("Erika Mustermann").expect("name"),
        Contact::None,
        Channel::Web,
    ))
}

/// Runs `TASKS` tasks for `SECONDS`, each calling `one(n)` with fresh numbers; commands/s.
async fn drive<F, Fut>(one: F) -> f64
where
    F: Fn(u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let one = Arc::new(one);
    let (stop, done, next) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicU64::new(0)),
        Arc::new(AtomicU64::new(1)),
    );
    let started = Instant::now();
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let (one, stop, done, next) = (one.clone(), stop.clone(), done.clone(), next.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    if one(next.fetch_add(1, Ordering::Relaxed)).await {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(SECONDS)).await;
    stop.store(true, Ordering::Relaxed);
    for task in tasks {
        let _ = task.await;
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

async fn teilhabe(url: &str) -> (f64, f64) {
    let store = teilhabe_backend::store::open(url).await.expect("store");
    let bus = Arc::new(CommandBus::new(store, services()));
    let respond: Respond<Session> = Arc::new(|_, _| String::new());
    for s in 0..=SESSIONS {
        bus.execute(
            &format!("s{s}"),
            SessionCommand::ScheduleSession(details()),
            Metadata::new_command("b", "b"),
            respond.clone(),
        )
        .await
        .expect("schedule");
    }
    let (b, r) = (bus.clone(), respond.clone());
    let many = drive(move |n| {
        let (b, r) = (b.clone(), r.clone());
        async move {
            b.execute(
                &format!("s{}", n as usize % SESSIONS),
                register(n),
                Metadata::new_command("b", "web"),
                r,
            )
            .await
            .is_ok()
        }
    })
    .await;
    let (b, r) = (bus.clone(), respond.clone());
    let hot = drive(move |n| {
        let (b, r) = (b.clone(), r.clone());
        async move {
            b.execute(
                &format!("s{SESSIONS}"),
                register(n + 10_000_000),
                Metadata::new_command("b", "web"),
                r,
            )
            .await
            .is_ok()
        }
    })
    .await;
    (many, hot)
}

type Execute = Arc<
    dyn Fn(
            String,
            SessionCommand,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>>
        + Send
        + Sync,
>;

/// An executor for a shipped cqrs-es framework (the concrete types differ per repository).
macro_rules! executor {
    ($cqrs:expr) => {{
        let cqrs = Arc::new($cqrs);
        let execute: Execute = Arc::new(move |id, command| {
            let cqrs = cqrs.clone();
            Box::pin(async move { cqrs.execute(&id, command).await.is_ok() })
        });
        execute
    }};
}

async fn shipped(execute: Execute) -> (f64, f64) {
    for s in 0..=SESSIONS {
        assert!(
            execute(format!("s{s}"), SessionCommand::ScheduleSession(details())).await,
            "schedule"
        );
    }
    let e = execute.clone();
    let many = drive(move |n| e(format!("s{}", n as usize % SESSIONS), register(n))).await;
    let e = execute.clone();
    let hot = drive(move |n| e(format!("s{SESSIONS}"), register(n + 10_000_000))).await;
    (many, hot)
}

const SQLITE_ES_SCHEMA: &[&str] = &[
    "CREATE TABLE events (aggregate_type text NOT NULL, aggregate_id text NOT NULL, sequence integer CHECK (sequence >= 0) NOT NULL, event_type text NOT NULL, event_version text NOT NULL, payload text NOT NULL, metadata text NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id, sequence)) STRICT",
    "CREATE TABLE snapshots (aggregate_type text NOT NULL, aggregate_id text NOT NULL, last_sequence integer NOT NULL, current_snapshot integer NOT NULL, payload text NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id, last_sequence)) STRICT",
];
const POSTGRES_ES_SCHEMA: &[&str] = &[
    "CREATE TABLE events (aggregate_type text NOT NULL, aggregate_id text NOT NULL, sequence bigint CHECK (sequence >= 0) NOT NULL, event_type text NOT NULL, event_version text NOT NULL, payload json NOT NULL, metadata json NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id, sequence))",
    "CREATE TABLE snapshots (aggregate_type text NOT NULL, aggregate_id text NOT NULL, last_sequence bigint NOT NULL, current_snapshot bigint NOT NULL, payload json NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id, last_sequence))",
];

fn report(name: &str, ours: (f64, f64), theirs: (f64, f64)) {
    println!("{name}: many sessions, {TASKS} tasks: teilhabe {:.0}/s, cqrs-es shipped {:.0}/s, ratio {:.1}x", ours.0, theirs.0, ours.0 / theirs.0.max(1e-9));
    println!("{name}: one hot session, {TASKS} tasks: teilhabe {:.0}/s, cqrs-es shipped {:.0}/s, ratio {:.1}x", ours.1, theirs.1, ours.1 / theirs.1.max(1e-9));
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("teilhabe-baseline-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let ours = teilhabe(&format!("sqlite://{}", dir.join("teilhabe.db").display())).await;
    let pool =
        sqlite_es::default_sqlite_pool(&format!("sqlite://{}", dir.join("shipped.db").display()))
            .await;
    for s in SQLITE_ES_SCHEMA {
        sqlx::query(s).execute(&pool).await.expect("schema");
    }
    let theirs = shipped(executor!(sqlite_es::sqlite_cqrs::<Session>(
        pool,
        vec![],
        services()
    )))
    .await;
    report(
        "SQLite (teilhabe: synchronous=FULL; sqlite-es default pool: synchronous=NORMAL)",
        ours,
        theirs,
    );

    if let Some(admin) = std::env::args().nth(1) {
        let base = admin
            .rsplit_once('/')
            .map_or(admin.as_str(), |(b, _)| b)
            .to_owned();
        let admin_pool = sqlx::PgPool::connect(&admin).await.expect("PostgreSQL");
        for db in ["baseline_ours", "baseline_shipped"] {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {db}"))
                .execute(&admin_pool)
                .await;
            sqlx::query(&format!("CREATE DATABASE {db}"))
                .execute(&admin_pool)
                .await
                .expect("create database");
        }
        let ours = teilhabe(&format!("{base}/baseline_ours")).await;
        let pool = postgres_es::default_postgress_pool(&format!("{base}/baseline_shipped")).await;
        for s in POSTGRES_ES_SCHEMA {
            sqlx::query(s).execute(&pool).await.expect("schema");
        }
        let theirs = shipped(executor!(postgres_es::postgres_cqrs::<Session>(
            pool,
            vec![],
            services()
        )))
        .await;
        report("PostgreSQL", ours, theirs);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

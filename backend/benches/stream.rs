//! What one command costs as a session's stream grows (issue 19): a registration decided on a
//! session whose stream holds about 50 events, and on one whose stream holds about 50,000
//! (nearly all of them waiting-list registrations). Three views of the same command:
//!
//! - in memory: the aggregate decides the registration and folds its event;
//! - through the command bus on SQLite (sealed, `synchronous=FULL`), 32 registrations at once
//!   (one group commit), with the session held in memory as under load;
//! - loading the session cold (its snapshot and the events after it), as after a restart or
//!   when the aggregate cache forgot it.
//!
//! cargo bench -p teilhabe-backend --bench stream

use chrono::TimeZone;
use cqrs_es::event_sink::EventSink;
use cqrs_es::Aggregate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::sync::Arc;
use std::time::{Duration, Instant};
use teilhabe_backend::commands::{no_answer, CommandBus};
use teilhabe_backend::domain::clock::SystemClock;
use teilhabe_backend::domain::session::{Session, SessionServices, WaitlistLimit};
use teilhabe_backend::store::Metadata;
use teilhabe_backend::testing::fresh_sqlite_url;
use teilhabe_events::session::{Channel, Topic};
use teilhabe_events::{
    booking_code, BookingCode, Contact, PersonName, Registration, SessionCommand, SessionDetails,
};
use tokio::runtime::Runtime;

/// The stream lengths compared.
const LENGTHS: [u64; 2] = [50, 50_000];
/// Registrations sent at once through the bus (decided in one batch, one append).
const AT_ONCE: u64 = 32;

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// Waiting lists without a limit: the long stream is 50,000 people waiting for 12 places.
fn services() -> SessionServices {
    SessionServices {
        clock: Arc::new(SystemClock),
        waitlist: WaitlistLimit::NONE,
    }
}

fn details() -> SessionDetails {
    let berlin = chrono::FixedOffset::east_opt(3600).expect("an offset");
    SessionDetails {
        title: "Sprechstunde".into(),
        topic: Topic::SmartphoneBasics,
        venue: "Stadtbücherei".into(),
        district: "Garstedt".into(),
        starts_at: berlin
            .with_ymd_and_hms(2030, 12, 8, 10, 0, 0)
            .single()
            .expect("a time"),
        ends_at: berlin
            .with_ymd_and_hms(2030, 12, 8, 12, 0, 0)
            .single()
            .expect("a time"),
        capacity: 12,
        drop_in: false,
    }
}

/// The `n`th booking code (distinct for every `n` below 22^6).
fn code(n: u64) -> BookingCode {
    let base = booking_code::ALPHABET.len() as u64;
    BookingCode::from_indices(std::array::from_fn(|i| {
        ((n / base.pow(i as u32)) % base) as u8
    }))
}

fn registration(n: u64) -> SessionCommand {
    SessionCommand::RegisterParticipant(Registration::new(
        code(n),
        PersonName::parse("Erika Mustermann").expect("a name"),
        Contact::None,
        Channel::Web,
    ))
}

/// Hands out sessions whose streams hold between `length` and `length + slack` events; a new
/// one is written (outside the measured time) when the current one has grown past that.
struct Sessions {
    bus: Arc<CommandBus<Session>>,
    length: u64,
    slack: u64,
    made: u64,
    current: String,
    events: u64,
    next_code: u64,
}

impl Sessions {
    fn new(bus: Arc<CommandBus<Session>>, length: u64) -> Self {
        Self {
            bus,
            length,
            slack: (length / 10).max(50),
            made: 0,
            current: String::new(),
            events: u64::MAX,
            next_code: 0,
        }
    }

    /// A session with room for `n` more registrations, and the codes to use for them.
    async fn take(&mut self, n: u64) -> (String, u64) {
        if self.events.saturating_add(n) > self.length + self.slack {
            self.made += 1;
            self.current = format!("stream-{}-{}", self.length, self.made);
            self.bus
                .execute(
                    &self.current,
                    SessionCommand::ScheduleSession(details()),
                    Metadata::new_command("bench", "web"),
                    no_answer(),
                )
                .await
                .expect("scheduled");
            self.events = 1;
            while self.events < self.length {
                let batch = (self.length - self.events).min(500);
                let first = self.next_code;
                self.next_code += batch;
                self.register(first, batch).await;
            }
        }
        let first = self.next_code;
        self.next_code += n;
        (self.current.clone(), first)
    }

    /// Registers `n` people at once, codes from `first` on.
    async fn register(&mut self, first: u64, n: u64) {
        let tasks: Vec<_> = (first..first + n)
            .map(|c| {
                let (bus, id) = (self.bus.clone(), self.current.clone());
                tokio::spawn(async move {
                    bus.execute(
                        &id,
                        registration(c),
                        Metadata::new_command("bench", "web"),
                        no_answer(),
                    )
                    .await
                })
            })
            .collect();
        for task in tasks {
            task.await.expect("task").expect("registered");
        }
        self.events += n;
    }
}

fn bus(rt: &Runtime) -> Arc<CommandBus<Session>> {
    let (store, _, _) = rt
        .block_on(teilhabe_backend::startup::open_sealed(&fresh_sqlite_url()))
        .expect("store");
    Arc::new(CommandBus::new(store, services()))
}

fn through_the_bus(c: &mut Criterion) {
    let rt = runtime();
    let mut group = c.benchmark_group("registration through the bus (SQLite, session held)");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Elements(AT_ONCE));
    for length in LENGTHS {
        let mut sessions = Sessions::new(bus(&rt), length);
        group.bench_function(format!("stream of {length} events"), |b| {
            b.iter_custom(|iters| {
                rt.block_on(async {
                    let mut spent = Duration::ZERO;
                    for _ in 0..iters {
                        let (_, first) = sessions.take(AT_ONCE).await;
                        let started = Instant::now();
                        sessions.register(first, AT_ONCE).await;
                        spent += started.elapsed();
                    }
                    spent
                })
            })
        });
    }
    group.finish();
}

fn in_memory(c: &mut Criterion) {
    let rt = runtime();
    let mut group = c.benchmark_group("registration decided and folded in memory");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    let services = services();
    for length in LENGTHS {
        // The session as its stream left it: scheduled, then `length - 1` registrations.
        let mut template = Session::default();
        let fold = |session: &mut Session, command: SessionCommand| {
            let sink = EventSink::default();
            rt.block_on(session.handle(command, &services, &sink))
                .expect("decided");
        };
        fold(&mut template, SessionCommand::ScheduleSession(details()));
        for n in 1..length {
            fold(&mut template, registration(n));
        }
        let mut session = template.clone();
        let mut next = length;
        group.bench_function(format!("stream of {length} events"), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    if next > length + length / 10 + 50 {
                        session = template.clone();
                        next = length;
                    }
                    let command = registration(next);
                    next += 1;
                    let sink = EventSink::default();
                    let started = Instant::now();
                    rt.block_on(session.handle(command, &services, &sink))
                        .expect("decided");
                    spent += started.elapsed();
                }
                spent
            })
        });
    }
    group.finish();
}

fn cold_load(c: &mut Criterion) {
    let rt = runtime();
    let mut group = c.benchmark_group("session loaded cold (snapshot + events after it)");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for length in LENGTHS {
        let bus = bus(&rt);
        let mut sessions = Sessions::new(bus.clone(), length);
        // The stream a little past its length, as the snapshot policy left it.
        let id = rt.block_on(async {
            let (id, first) = sessions.take(length / 20 + 7).await;
            sessions.register(first, length / 20 + 7).await;
            // The snapshot is saved in the background.
            tokio::time::sleep(Duration::from_millis(500)).await;
            id
        });
        group.bench_function(format!("stream of about {length} events"), |b| {
            b.iter(|| rt.block_on(bus.load(&id)).expect("load"))
        });
    }
    group.finish();
}

criterion_group!(benches, in_memory, through_the_bus, cold_load);
criterion_main!(benches);

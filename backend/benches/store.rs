//! Criterion benchmarks of the event store and read side, on SQLite files in a temporary folder:
//! append (one writer, and 256 concurrent writers sharing group commits), aggregate load,
//! replay (read + decode + fold in memory) and projection rebuild.
//!
//! cargo bench -p teilhabe-backend --bench store

use cqrs_es::Aggregate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use teilhabe_backend::codec::decode;
use teilhabe_backend::domain::session::Session;
use teilhabe_backend::projections::{Catalogue, ReadDb};
use teilhabe_backend::store::{self, AppendRequest, CommandRecord, EventStore, Metadata, NewEvent};
use teilhabe_backend::testing::fresh_sqlite_url;
use tokio::runtime::Runtime;

/// Events in the log used for replay and rebuild.
const LOG_EVENTS: u64 = 200_000;

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

fn one_event(stream: &str, version: u64) -> AppendRequest {
    AppendRequest {
        stream_id: stream.to_owned(),
        expected_version: version,
        commands: vec![CommandRecord {
            metadata: Metadata::new_command("bench", "web"),
            events: vec![NewEvent {
                event_type: "ParticipantRegistered".into(),
                schema_version: 3,
                payload: r#"{"type":"ParticipantRegistered","data":{"booking_code":"K7P-4WM","name":"Erika Mustermann","contact":{"kind":"none","value":null},"channel":"web","needs":[],"contact_consent":null}}"#.into(),
            }],
            response: Some(r#"{"booking_code":"K7P-4WM","status":"confirmed"}"#.into()),
        }],
    }
}

fn append(c: &mut Criterion) {
    let rt = runtime();
    let store = rt
        .block_on(store::open(&fresh_sqlite_url()))
        .expect("store");
    let mut group = c.benchmark_group("append (SQLite, synchronous=FULL)");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(1));
    let mut n = 0u64;
    group.bench_function("one writer, one event per commit", |b| {
        b.iter(|| {
            n += 1;
            rt.block_on(store.append(one_event(&format!("a{n}"), 0)))
                .expect("append")
        })
    });
    for writers in [16u64, 256] {
        group.throughput(Throughput::Elements(writers));
        group.bench_function(
            format!("{writers} concurrent writers (group commit)"),
            |b| {
                b.iter_custom(|iters| {
                    rt.block_on(async {
                        let started = Instant::now();
                        for _ in 0..iters {
                            let tasks: Vec<_> = (0..writers)
                                .map(|_| {
                                    n += 1;
                                    let (store, stream) = (store.clone(), format!("c{n}"));
                                    tokio::spawn(async move {
                                        store.append(one_event(&stream, 0)).await
                                    })
                                })
                                .collect();
                            for task in tasks {
                                task.await.expect("task").expect("append");
                            }
                        }
                        started.elapsed()
                    })
                })
            },
        );
    }
    group.finish();
}

/// A SQLite log of about `LOG_EVENTS` generated events, and a session with 1,000 registrations.
fn log_store(rt: &Runtime) -> (String, Arc<dyn EventStore>) {
    let url = fresh_sqlite_url();
    // The log as the application reads it: personal data sealed on disk, opened on reading.
    let (store, keys, _) = rt
        .block_on(teilhabe_backend::startup::open_sealed(&url))
        .expect("store");
    rt.block_on(teilhabe_backend::demo::generated::generate(
        store.as_ref(),
        &keys,
        LOG_EVENTS,
        3,
        &|_| {},
    ))
    .expect("a generated log");
    (url, store)
}

fn read_side(c: &mut Criterion) {
    let rt = runtime();
    let (url, store) = log_store(&rt);
    let head = rt.block_on(store.head()).expect("head");

    let mut group = c.benchmark_group("read side (SQLite)");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Elements(head));
    group.bench_function(
        "replay: read + decode + fold every session in memory",
        |b| {
            b.iter(|| {
                rt.block_on(async {
                    let mut sessions: HashMap<String, Session> = HashMap::new();
                    let mut after = 0;
                    loop {
                        let page = store.read_all(after, 20_000).await.expect("read");
                        let Some(last) = page.last() else { break };
                        after = last.position;
                        for event in &page {
                            let decoded = decode(event).expect("decode");
                            sessions
                                .entry(event.stream_id.clone())
                                .or_default()
                                .apply(decoded);
                        }
                    }
                    sessions.len()
                })
            })
        },
    );
    let projector = rt
        .block_on(async {
            let db = ReadDb::connect(&url).await?;
            teilhabe_backend::startup::projector(store.clone(), db.clone(), &Catalogue::new(db))
                .await
        })
        .expect("projector");
    group.bench_function("rebuild the catalogue read model", |b| {
        b.iter(|| {
            rt.block_on(projector.rebuild_with(&|_| {}))
                .expect("rebuild")
        })
    });
    group.finish();

    // The biggest session of the generated log, loaded cold from the log.
    let bus = teilhabe_backend::commands::CommandBus::new(
        store.clone(),
        teilhabe_backend::domain::session::SessionServices::new(Arc::new(
            teilhabe_backend::domain::clock::SystemClock,
        )),
    );
    let mut group = c.benchmark_group("aggregate load (SQLite)");
    group.sample_size(20);
    let big = rt.block_on(big_session(store.as_ref(), &bus));
    group.bench_function(format!("session with {} events, no snapshot", big.1), |b| {
        b.iter(|| rt.block_on(bus.load(&big.0)).expect("load"))
    });
    rt.block_on(bus.snapshot_now(&big.0)).expect("snapshot");
    group.bench_function(
        format!("session with {} events, from its snapshot", big.1),
        |b| b.iter(|| rt.block_on(bus.load(&big.0)).expect("load")),
    );
    group.finish();
}

/// A session with 1,000 registrations, written for the aggregate-load benchmark.
async fn big_session(
    store: &dyn EventStore,
    bus: &teilhabe_backend::commands::CommandBus<teilhabe_backend::domain::session::Session>,
) -> (String, u64) {
    let id = "bench-big";
    let stream = format!("session-{id}");
    let details = r#"{"type":"SessionScheduled","data":{"title":"Sprechstunde","topic":"smartphone-basics","venue":"Stadtbücherei","district":"Garstedt","starts_at":"2030-12-08T10:00:00+01:00","ends_at":"2030-12-08T12:00:00+01:00","capacity":1000}}"#;
    let mut request = one_event(&stream, 0);
    request.commands[0].events[0] = NewEvent {
        event_type: "SessionScheduled".into(),
        schema_version: 1,
        payload: details.into(),
    };
    store.append(request).await.expect("schedule");
    for n in 0..1000u64 {
        let mut request = one_event(&stream, n + 1);
        let code = teilhabe_events::BookingCode::from_indices(std::array::from_fn(|i| {
            ((n >> (i * 4)) & 15) as u8
        }));
        request.commands[0].events[0].payload = request.commands[0].events[0]
            .payload
            .replace("K7P-4WM", &code.to_string());
        store.append(request).await.expect("register");
    }
    let (_, version) = bus.load(id).await.expect("load");
    (id.to_owned(), version)
}

criterion_group!(benches, append, read_side);
criterion_main!(benches);

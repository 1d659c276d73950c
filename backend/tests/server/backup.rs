//! Backup during a write load and restore: every event up to the backup's head is in the
//! restored store, byte for byte (same hashes), and the chain verifies. From SQLite (online
//! backup API) and from PostgreSQL, restored into SQLite and PostgreSQL.

use crate::app::TestApp;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use teilhabe_backend::backup::{backup, restore};
use teilhabe_backend::store::{self, EventStore};
use teilhabe_backend::testing::fresh_database_urls;

async fn all_events(store: &dyn EventStore, up_to: u64) -> Vec<(u64, String, String)> {
    let mut out = Vec::new();
    let mut after = 0;
    while after < up_to {
        let page = store.read_all(after, 5_000).await.expect("read");
        let Some(last) = page.last().map(|e| e.position) else {
            break;
        };
        out.extend(
            page.into_iter()
                .filter(|e| e.position <= up_to)
                .map(|e| (e.position, e.payload, e.hash)),
        );
        after = last;
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_every_event_up_to_its_head() {
    for source in fresh_database_urls().await {
        let app = TestApp::spawn(&source).await;
        let sessions = app.sessions().await;
        let running = Arc::new(AtomicBool::new(true));
        let mut writers = Vec::new();
        for n in 0..8 {
            let (client, running) = (app.client.clone(), running.clone());
            let session = &sessions[n % sessions.len()].id;
            let url = app.url(&format!("/sessions/{session}/registrations"));
            writers.push(tokio::spawn(async move {
                let mut i = 0;
                while running.load(Ordering::Relaxed) {
                    let _ = client
                        .post(&url)
                        .json(&serde_json::json!({"name": format!("P {n}-{i}"), "contact": {"kind": "none"}}))
                        .send()
                        .await;
                    i += 1;
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        let file =
            std::env::temp_dir().join(format!("teilhabe-backup-{}.db", uuid::Uuid::new_v4()));
        let summary = backup(&source.url, &file, &|_, _| {})
            .await
            .expect("backup");
        tokio::time::sleep(Duration::from_millis(300)).await;
        running.store(false, Ordering::Relaxed);
        for w in writers {
            let _ = w.await;
        }
        app.stop().await;
        let live = store::open(&source.url).await.expect("source");
        let live_head = live.head().await.expect("head");
        assert!(
            summary.events > 50,
            "{}: the load wrote before the backup",
            source.name
        );
        assert!(
            live_head > summary.events,
            "{}: the load went on after the backup ({} > {})",
            source.name,
            live_head,
            summary.events
        );
        let expected = all_events(live.as_ref(), summary.events).await;
        assert_eq!(expected.len() as u64, summary.events);
        let targets = fresh_database_urls().await;
        for target in targets {
            let restored = restore(&file, &target.url, &|_, _| {})
                .await
                .unwrap_or_else(|e| panic!("{} → {}: restore: {e}", source.name, target.name));
            assert_eq!(
                restored.events, summary.events,
                "{} → {}",
                source.name, target.name
            );
            assert_eq!(restored.head_hash, summary.head_hash);
            let store = store::open(&target.url).await.expect("target");
            let got = all_events(store.as_ref(), summary.events).await;
            assert!(
                got == expected,
                "{} → {}: the same events",
                source.name,
                target.name
            );
            // Restoring twice into the same store is refused.
            assert!(restore(&file, &target.url, &|_, _| {}).await.is_err());
        }
        println!(
            "{}: backup under load held {} events (the log went on to {}); restored and verified",
            source.name, summary.events, live_head
        );
        let _ = std::fs::remove_file(&file);
    }
}

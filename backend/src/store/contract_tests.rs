//! The contract every event store backend keeps; run against SQLite always and against
//! PostgreSQL when `TEILHABE_TEST_POSTGRES_URL` names a server (the test command starts one).

use super::*;
use crate::testing::{fresh_database_urls, TestDatabase};
use std::sync::Arc;

fn event(n: u32) -> NewEvent {
    NewEvent {
        event_type: "Thing".into(),
        schema_version: 1,
        payload: format!(r#"{{"n":{n}}}"#),
    }
}

fn meta() -> Metadata {
    Metadata {
        command_id: "c1".into(),
        correlation_id: "c1".into(),
        causation_id: None,
        actor: "test".into(),
        channel: "web".into(),
    }
}

async fn stores() -> Vec<(TestDatabase, SqlEventStore)> {
    let mut out = Vec::new();
    for db in fresh_database_urls().await {
        let store = SqlEventStore::connect(&db.url).await.expect("connect");
        out.push((db, store));
    }
    out
}

#[tokio::test]
async fn appends_get_gap_free_global_positions_and_stream_versions() {
    for (db, store) in stores().await {
        assert_eq!(store.head().await.unwrap(), 0, "{}", db.name);
        store
            .append("a", 0, &[event(1), event(2)], &meta())
            .await
            .unwrap();
        store.append("b", 0, &[event(3)], &meta()).await.unwrap();
        let last = store.append("a", 2, &[event(4)], &meta()).await.unwrap();
        assert_eq!(last, 4, "{}", db.name);
        let all = store.read_all(0, 100).await.unwrap();
        let positions: Vec<_> = all.iter().map(|e| e.position).collect();
        assert_eq!(positions, [1, 2, 3, 4], "{}", db.name);
        let a = store.read_stream("a").await.unwrap();
        let versions: Vec<_> = a.iter().map(|e| e.stream_version).collect();
        assert_eq!(versions, [1, 2, 3], "{}", db.name);
        assert_eq!(a[2].payload, r#"{"n":4}"#);
        assert_eq!(store.head().await.unwrap(), 4);
    }
}

#[tokio::test]
async fn an_append_with_a_stale_version_is_a_conflict_and_writes_nothing() {
    for (db, store) in stores().await {
        store.append("a", 0, &[event(1)], &meta()).await.unwrap();
        let err = store
            .append("a", 0, &[event(2)], &meta())
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Conflict {
                    expected: 0,
                    actual: 1,
                    ..
                }
            ),
            "{}: {err}",
            db.name
        );
        assert_eq!(store.read_all(0, 10).await.unwrap().len(), 1);
        // The failed append leaves no gap in the global order.
        assert_eq!(store.append("b", 0, &[event(3)], &meta()).await.unwrap(), 2);
    }
}

#[tokio::test]
async fn read_all_pages_from_a_position() {
    for (db, store) in stores().await {
        for n in 0..10 {
            store
                .append(&format!("s{n}"), 0, &[event(n)], &meta())
                .await
                .unwrap();
        }
        let page = store.read_all(4, 3).await.unwrap();
        let positions: Vec<_> = page.iter().map(|e| e.position).collect();
        assert_eq!(positions, [5, 6, 7], "{}", db.name);
    }
}

#[tokio::test]
async fn metadata_is_stored_with_each_event() {
    for (db, store) in stores().await {
        store.append("a", 0, &[event(1)], &meta()).await.unwrap();
        let stored = &store.read_stream("a").await.unwrap()[0];
        let metadata: Metadata = serde_json::from_str(&stored.metadata).unwrap();
        assert_eq!(metadata, meta(), "{}", db.name);
        assert!(stored.recorded_at.ends_with('Z'));
    }
}

#[tokio::test]
async fn concurrent_appends_to_one_stream_never_share_a_version() {
    for (db, store) in stores().await {
        let store = Arc::new(store);
        let mut tasks = Vec::new();
        for n in 0..20 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                // Everyone believes the stream is new: exactly one may win.
                store.append("hot", 0, &[event(n)], &meta()).await.is_ok()
            }));
        }
        let mut wins = 0;
        for task in tasks {
            wins += usize::from(task.await.unwrap());
        }
        assert_eq!(wins, 1, "{}", db.name);
        assert_eq!(store.head().await.unwrap(), 1, "{}", db.name);
    }
}

#[tokio::test]
async fn events_survive_reopening_the_store() {
    for (db, store) in stores().await {
        store.append("a", 0, &[event(1)], &meta()).await.unwrap();
        store.close().await;
        let reopened = SqlEventStore::connect(&db.url).await.unwrap();
        assert_eq!(
            reopened.read_stream("a").await.unwrap().len(),
            1,
            "{}",
            db.name
        );
    }
}

//! Tampering with the stored log is found: one byte of one event's payload edited, another
//! event deleted, a third event's hash field changed, the last event deleted — directly in the
//! SQLite file and in PostgreSQL's rows — and `verify` names each position and how.

use crate::app::seed_demo;
use crate::raw::{sql, Param};
use teilhabe_backend::store::verify::{verify_log, Break, BreakKind, Verdict};
use teilhabe_backend::testing::fresh_database_urls;

async fn payload(url: &str, position: i64) -> String {
    let store = teilhabe_backend::store::open(url).await.expect("store");
    let events = store
        .read_all(u64::try_from(position - 1).unwrap(), 1)
        .await
        .expect("read");
    events[0].payload.clone()
}

#[tokio::test]
async fn every_edit_and_deletion_is_named_by_position() {
    for db in fresh_database_urls().await {
        seed_demo(&db).await;
        let store = teilhabe_backend::store::open(&db.url).await.expect("store");
        let head = store.head().await.expect("head");
        assert!(
            head > 20,
            "{}: the demo wrote a log ({head} events)",
            db.name
        );
        assert!(matches!(
            verify_log(store.as_ref(), &|_| {}).await.expect("verify"),
            Verdict::Intact { .. }
        ));
        drop(store);

        // One byte of event 5's payload.
        let mut bytes = payload(&db.url, 5).await.into_bytes();
        let i = bytes
            .iter()
            .position(|b| b.is_ascii_lowercase())
            .expect("a letter");
        bytes[i] = if bytes[i] == b'a' { b'b' } else { b'a' };
        let edited = String::from_utf8(bytes).expect("UTF-8");
        sql(
            &db.url,
            "UPDATE events SET payload = ?1 WHERE position = ?2",
            &[Param::Text(edited), Param::Int(5)],
        )
        .await;
        // Event 9 deleted.
        sql(
            &db.url,
            "DELETE FROM events WHERE position = ?1",
            &[Param::Int(9)],
        )
        .await;
        // Event 12's stored hash replaced.
        sql(
            &db.url,
            "UPDATE events SET hash = ?1 WHERE position = ?2",
            &[Param::Text("ab".repeat(32)), Param::Int(12)],
        )
        .await;
        // The last event deleted.
        sql(
            &db.url,
            "DELETE FROM events WHERE position = ?1",
            &[Param::Int(i64::try_from(head).unwrap())],
        )
        .await;

        let store = teilhabe_backend::store::open(&db.url).await.expect("store");
        let verdict = verify_log(store.as_ref(), &|_| {}).await.expect("verify");
        let Verdict::Broken { breaks, .. } = verdict else {
            panic!("{}: the tampering is found", db.name);
        };
        assert_eq!(
            breaks,
            [
                Break {
                    position: 5,
                    kind: BreakKind::Edited
                },
                Break {
                    position: 9,
                    kind: BreakKind::Missing
                },
                Break {
                    position: 12,
                    kind: BreakKind::Edited
                },
                Break {
                    position: head,
                    kind: BreakKind::Missing
                },
            ],
            "{}",
            db.name
        );
        println!(
            "{}: {}",
            db.name,
            breaks
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
}

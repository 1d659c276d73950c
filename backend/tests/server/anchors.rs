//! A log whose tail was cut off (the last events deleted and `log_head` moved back, directly in
//! the database) is whole in itself: only what was seen of it before shows the cut. Every
//! auditors' report names its position and hash; `teilhabe verify --anchor POSITION:HASH`
//! checks such an anchor, and every verify checks the heads auditors were shown.

use crate::app::{seed_demo, TestApp};
use crate::raw::{sql, Param};
use clap::Parser;
use serde_json::{json, Value};
use teilhabe_backend::cli::{run, Cli};
use teilhabe_backend::testing::{fresh_database_urls, TestDatabase};
use teilhabe_events::staff::Role;

/// Deletes every event after `keep` and moves the log head back to it, hash and all.
async fn cut_tail(url: &str, keep: u64) {
    let store = teilhabe_backend::store::open(url).await.expect("store");
    let last_kept = store.read_all(keep - 1, 1).await.expect("read")[0].clone();
    drop(store);
    let keep = i64::try_from(keep).unwrap();
    sql(
        url,
        "DELETE FROM events WHERE position > ?1",
        &[Param::Int(keep)],
    )
    .await;
    sql(
        url,
        "UPDATE log_head SET position = ?1, hash = ?2 WHERE id = 1",
        &[Param::Int(keep), Param::Text(last_kept.hash)],
    )
    .await;
}

async fn verify(url: &str, anchors: &[String]) -> Result<(), String> {
    let mut args = vec!["teilhabe", "--database-url", url, "verify"];
    for anchor in anchors {
        args.extend(["--anchor", anchor.as_str()]);
    }
    let cli = Cli::try_parse_from(args).map_err(|e| format!("the command line: {e}"))?;
    run(cli).await.map_err(|e| e.to_string())
}

#[tokio::test]
async fn a_cut_off_tail_is_found_by_an_anchor_and_by_a_head_an_auditor_has_seen() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        // The report (JSON and CSV) names the position it stands at and that event's hash.
        let report: Value = office.get_ok("/audit/report").await;
        let position = report["position"].as_u64().expect("a position");
        let hash = report["hash"].as_str().unwrap_or_default().to_owned();
        assert_eq!(
            hash.len(),
            64,
            "{}: the report names its hash: {report:.200}",
            db.name
        );
        let csv = office.text("/audit/report?format=csv").await;
        assert!(
            csv.lines().any(|line| line.starts_with("anchor,")
                && line.ends_with(&format!(",{position},{hash}"))),
            "{}: the CSV names position and hash: {csv:.300}",
            db.name
        );
        let anchor = format!("{position}:{hash}");
        app.stop().await;

        assert!(verify(&db.url, &[]).await.is_ok(), "{}: intact", db.name);
        assert!(
            verify(&db.url, std::slice::from_ref(&anchor)).await.is_ok(),
            "{}: the anchor holds on the whole log",
            db.name
        );

        cut_tail(&db.url, position - 3).await;
        let store = teilhabe_backend::store::open(&db.url).await.expect("store");
        assert_eq!(store.head().await.unwrap(), position - 3, "{}", db.name);
        drop(store);

        let with_anchor = verify(&db.url, std::slice::from_ref(&anchor)).await;
        let message = with_anchor.expect_err("an anchor beyond the cut breaks the check");
        assert!(
            message.contains(&format!("position {position}")) && message.contains("cut off"),
            "{}: {message}",
            db.name
        );
        // Plain verify: the head the office was shown with the report is remembered.
        let plain = verify(&db.url, &[]).await;
        let message = plain.expect_err("a remembered head beyond the cut breaks the check");
        assert!(
            message.contains(&format!("position {position}")) && message.contains("cut off"),
            "{}: {message}",
            db.name
        );

        // The auditors' area says so too.
        let app = TestApp::spawn_with(&db, |config| config.demo = false).await;
        let office = app.login(Role::Office).await;
        let check: Value = office.post_ok("/audit/verify", &json!({})).await;
        assert_eq!(check["intact"], false, "{}: {check}", db.name);
        assert!(
            check["breaks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["position"] == position && b["kind"] == "truncated"),
            "{}: {check}",
            db.name
        );
    }
}

#[tokio::test]
async fn a_log_head_whose_hash_is_not_the_last_events_is_found() {
    for db in fresh_database_urls().await {
        seed_demo(&db).await;
        let store = teilhabe_backend::store::open(&db.url).await.expect("store");
        let head = store.head().await.unwrap();
        drop(store);
        // The last event deleted and the head's position moved back, its hash left.
        let last = i64::try_from(head).unwrap();
        sql(
            &db.url,
            "DELETE FROM events WHERE position = ?1",
            &[Param::Int(last)],
        )
        .await;
        sql(
            &db.url,
            "UPDATE log_head SET position = ?1 WHERE id = 1",
            &[Param::Int(last - 1)],
        )
        .await;
        let message = verify(&db.url, &[])
            .await
            .expect_err("the head's hash names another event");
        assert!(
            message.contains(&format!("position {}", head - 1)),
            "{}: {message}",
            db.name
        );
    }
}

/// The auditors' report as of `as_of`, from a server started for it on the store.
async fn report_as_of(db: &TestDatabase, as_of: &str) -> Value {
    let app = TestApp::spawn_with(db, |config| config.demo = false).await;
    let office = app.login(Role::Office).await;
    let report = office
        .get_ok(&format!(
            "/audit/report?as_of={}",
            as_of.replace('+', "%2B")
        ))
        .await;
    app.stop().await;
    report
}

#[tokio::test]
async fn two_reports_as_of_one_instant_are_identical_though_an_event_stamped_before_it_commits_after(
) {
    use teilhabe_backend::store::hash;
    for db in fresh_database_urls().await {
        seed_demo(&db).await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let instant = chrono::Utc::now();
        let as_of = instant.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let first = report_as_of(&db, &as_of).await;
        assert!(
            first["position"].as_u64().unwrap_or_default() > 0,
            "{}: {first:.200}",
            db.name
        );

        // Another server's transaction, stamped by its clock before the instant, commits
        // after the report was taken: a feedback card on the end of the log.
        let store = teilhabe_backend::store::open(&db.url).await.expect("store");
        let head = store.head().await.unwrap();
        let log = store.read_all(0, 100_000).await.unwrap();
        let card = log
            .iter()
            .find(|e| e.event_type == "FeedbackCardRecorded")
            .expect("a feedback card in the demo log");
        let mut late = card.clone();
        late.position = head + 1;
        late.stream_version = log
            .iter()
            .filter(|e| e.stream_id == card.stream_id)
            .map(|e| e.stream_version)
            .max()
            .unwrap_or_default()
            + 1;
        late.recorded_at = (instant - chrono::Duration::milliseconds(1))
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let previous = hash::from_hex(&log.last().unwrap().hash).unwrap();
        late.hash = hash::to_hex(&hash::chain(&previous, &late));
        store.import(&[late]).await.expect("the late commit");
        drop(store);

        let second = report_as_of(&db, &as_of).await;
        assert_eq!(
            second, first,
            "{}: the same instant, the same report (position included)",
            db.name
        );
    }
}

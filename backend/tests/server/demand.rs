//! The demand map through HTTP on the real server: interests left through the public API count
//! by topic × district and by weekday until withdrawn or erased; the planning form's reach
//! follows them; a full course's waiting list shows beside them; the auditors' report gives
//! the same figures as of any instant, by replaying the log up to it.

use crate::app::{Staff, TestApp};
use reqwest::Method;
use serde_json::{json, Value};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::audit_api::Report;
use teilhabe_events::interest::{Demand, InterestCreated, InterestReach, Weekday};
use teilhabe_events::staff::Role;
use teilhabe_events::Topic;

/// A start nine days from now at 10:00 (UTC), and its weekday.
fn nine_days_on() -> (chrono::DateTime<chrono::Utc>, Weekday) {
    use chrono::{Datelike, TimeZone};
    let day = (chrono::Utc::now() + chrono::Duration::days(9)).date_naive();
    let starts = chrono::Utc.from_utc_datetime(&day.and_hms_opt(10, 0, 0).expect("10:00"));
    (starts, Weekday::of(day.weekday()))
}

async fn leave(app: &TestApp, topics: &[&str], district: &str, weekday: Weekday) -> String {
    let body = json!({
        "topics": topics,
        "districts": [district],
        "weekdays": [weekday],
        "name": "Hiltrud Wendeborn",
        "reach": {"kind": "phone", "value": "040 5550123"},
        "consent": true,
    });
    let created: InterestCreated = app.post_ok("/interests", &body).await;
    created.interest_code
}

/// Active interests for `topic` in `district`.
fn cell(demand: &Demand, topic: Topic, district: &str) -> u32 {
    demand
        .by_topic_district
        .iter()
        .find(|c| c.topic == topic && c.district == district)
        .map_or(0, |c| c.interests)
}

fn day(demand: &Demand, weekday: Weekday) -> u32 {
    demand
        .by_weekday
        .iter()
        .find(|d| d.weekday == weekday)
        .map_or(0, |d| d.interests)
}

async fn reach(office: &Staff, starts: chrono::DateTime<chrono::Utc>, district: &str) -> u32 {
    let at = starts.to_rfc3339().replace('+', "%2B");
    let reach: InterestReach = office
        .get_ok(&format!(
            "/office/interests/reach?topic=photos&district={district}&starts_at={at}"
        ))
        .await;
    reach.people
}

fn instant() -> String {
    chrono::Utc::now()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
        .replace('+', "%2B")
}

async fn report_as_of(auditor: &Staff, at: &str) -> Report {
    auditor.get_ok(&format!("/audit/report?as_of={at}")).await
}

#[tokio::test]
async fn demand_counts_active_interests_and_waiting_lists_now_and_as_of_any_instant() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let auditor = app.login(Role::Auditor).await;
        let (starts, weekday) = nine_days_on();
        let before: Demand = office.get_ok("/office/interests/demand").await;
        let reach_before = reach(&office, starts, "Glashütte").await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let t0 = instant();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;

        let kept = leave(&app, &["photos", "video-calls"], "Glashütte", weekday).await;
        let withdrawn = leave(&app, &["photos"], "Glashütte", weekday).await;
        let erased = leave(&app, &["photos"], "Glashütte", weekday).await;
        let elsewhere = leave(&app, &["photos"], "Garstedt", weekday).await;
        assert!(!kept.is_empty() && !elsewhere.is_empty());

        let now: Demand = office.get_ok("/office/interests/demand").await;
        assert_eq!(now.interests, before.interests + 4, "{}", db.name);
        assert_eq!(
            cell(&now, Topic::Photos, "Glashütte"),
            cell(&before, Topic::Photos, "Glashütte") + 3,
            "{}",
            db.name
        );
        assert_eq!(
            cell(&now, Topic::VideoCalls, "Glashütte"),
            cell(&before, Topic::VideoCalls, "Glashütte") + 1,
            "{}",
            db.name
        );
        assert_eq!(
            cell(&now, Topic::Photos, "Garstedt"),
            cell(&before, Topic::Photos, "Garstedt") + 1,
            "{}",
            db.name
        );
        assert_eq!(day(&now, weekday), day(&before, weekday) + 4, "{}", db.name);
        assert_eq!(now.by_weekday.len(), 7, "{}", db.name);
        assert_eq!(
            reach(&office, starts, "Glashütte").await,
            reach_before + 3,
            "{}",
            db.name
        );

        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        let t1 = instant();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;

        // Withdrawn and erased interests count no more, nor reach anyone.
        let response = app
            .send(
                Method::DELETE,
                &format!("/interests/{withdrawn}"),
                None,
                None,
            )
            .await;
        assert!(response.status().is_success(), "{}", db.name);
        let response = app
            .post(&format!("/interests/{erased}/erase"), &json!({}))
            .await;
        assert!(response.status().is_success(), "{}", db.name);
        let after: Demand = office.get_ok("/office/interests/demand").await;
        assert_eq!(after.interests, before.interests + 2, "{}", db.name);
        assert_eq!(
            cell(&after, Topic::Photos, "Glashütte"),
            cell(&before, Topic::Photos, "Glashütte") + 1,
            "{}",
            db.name
        );
        assert_eq!(
            day(&after, weekday),
            day(&before, weekday) + 2,
            "{}",
            db.name
        );
        assert_eq!(
            reach(&office, starts, "Glashütte").await,
            reach_before + 1,
            "{}",
            db.name
        );

        // A full course: one seat, three people; two wait.
        let body = json!({
            "title": "Fotos ordnen",
            "topic": "photos",
            "venue": "Bücherei Glashütte",
            "district": "Glashütte",
            "starts_at": starts.to_rfc3339(),
            "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
            "capacity": 1,
        });
        let session: Value = office.post_ok("/office/sessions", &body).await;
        let id = session["id"].as_str().expect("the session's id").to_owned();
        for name in ["Erwin Holsten", "Frauke Dierks", "Gesa Timm"] {
            app.register(&id, name).await;
        }
        let full: Demand = office.get_ok("/office/interests/demand").await;
        let list = full
            .waiting
            .iter()
            .find(|w| w.session_id == id)
            .expect("the full course's waiting list");
        assert_eq!(list.waiting, 2, "{}", db.name);
        assert_eq!(list.district, "Glashütte", "{}", db.name);
        assert_eq!(list.topic, Topic::Photos, "{}", db.name);

        // The auditors' figures: now the same as the office's; as of an instant, what stood then.
        let report: Report = auditor.get_ok("/audit/report").await;
        assert_eq!(report.demand.interests, full.interests, "{}", db.name);
        assert_eq!(
            report.demand.by_topic_district, full.by_topic_district,
            "{}",
            db.name
        );
        assert_eq!(report.demand.by_weekday, full.by_weekday, "{}", db.name);
        let listed = report.demand.waiting.iter().find(|w| w.session_id == id);
        assert_eq!(listed.map(|w| w.waiting), Some(2), "{}", db.name);

        let then = report_as_of(&auditor, &t0).await;
        assert_eq!(then.demand.interests, before.interests, "{}", db.name);
        assert_eq!(
            cell(&then.demand, Topic::Photos, "Glashütte"),
            cell(&before, Topic::Photos, "Glashütte"),
            "{}: an interest left after the instant is not in its figures",
            db.name
        );
        assert!(
            then.demand.waiting.iter().all(|w| w.session_id != id),
            "{}",
            db.name
        );
        let later = report_as_of(&auditor, &t1).await;
        assert_eq!(later.demand.interests, before.interests + 4, "{}", db.name);
        assert_eq!(
            day(&later.demand, weekday),
            day(&before, weekday) + 4,
            "{}: withdrawn and erased later, they still counted then",
            db.name
        );
        // The CSV carries the same figures.
        let csv = auditor.text("/audit/report?format=csv").await;
        assert!(
            csv.contains(&format!("\ninterests,,,,{}\n", full.interests)),
            "{}: {csv}",
            db.name
        );
        assert!(
            csv.contains(&format!("\nwaiting_list,{id},photos,Glashütte,")),
            "{}: {csv}",
            db.name
        );
        // Counts only: nobody's name or number is in the figures.
        let text = auditor.text("/audit/report").await;
        assert!(
            !text.contains("Hiltrud") && !text.contains("5550123"),
            "{}",
            db.name
        );
    }
}

//! The ideas store end to end: submitting with field errors, supporting once per booking code
//! or staff account, the working group's steps with reasons, the public list without personal
//! data, and the auditors' count per field of action and state.

use crate::app::{Staff, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::api::Problem;
use teilhabe_events::audit_api::Report;
use teilhabe_events::ideas::{IdeaCreated, IdeaState, IdeaView};
use teilhabe_events::staff::Role;

#[tokio::test]
async fn ideas_are_submitted_supported_once_and_decided_with_reasons() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let empty = app.post("/ideas", &json!({})).await;
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Problem = empty.json().await.unwrap();
        let fields: Vec<_> = problem.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["what", "for_whom", "where_in_city", "field"],
            "{}",
            db.name
        );

        let office = app.login(Role::Office).await;
        // The auditors' count before this test's ideas (the demo's ideas are in it).
        let counts = |report: Report| {
            report
                .ideas
                .into_iter()
                .map(|r| ((r.field, r.state), i64::from(r.count)))
                .collect::<std::collections::BTreeMap<_, _>>()
        };
        let before = counts(office.get_ok("/audit/report").await);

        let mut ids = Vec::new();
        for what in [
            "Schließfächer für Rollatoren im Stadtpark",
            "Leihstation für Bollerwagen",
            "Ladebänke für Handys im Stadtpark",
        ] {
            let body = json!({"what": what, "for_whom": "Ältere Menschen", "where_in_city": "Stadtpark",
                "field": "living", "contact": {"kind": "email", "value": "ideen@example.org"}});
            let created: IdeaCreated = app.post_ok("/ideas", &body).await;
            ids.push(created.id);
        }
        let support = |code: &'static str, id: String| {
            let app = &app;
            async move {
                let body = json!({"booking_code": code});
                app.post(&format!("/ideas/{id}/support"), &body)
                    .await
                    .status()
            }
        };
        assert_eq!(
            support("fed347", ids[0].clone()).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            support("FED-349", ids[0].clone()).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            support("FED-347", ids[0].clone()).await,
            StatusCode::CONFLICT,
            "{}: once per code",
            db.name
        );
        assert_eq!(
            support("AAA-AAA", ids[0].clone()).await,
            StatusCode::NOT_FOUND
        );

        // Staff support without a booking code: once per account, and a request without the
        // CSRF token changes nothing.
        let staff_support = |staff: Staff| {
            let path = format!("/staff/ideas/{}/support", ids[0]);
            async move { staff.send(Method::POST, &path, None).await.status() }
        };
        assert_eq!(
            staff_support(office.without_csrf()).await,
            StatusCode::FORBIDDEN
        );
        assert_eq!(staff_support(office.clone()).await, StatusCode::NO_CONTENT);
        assert_eq!(
            staff_support(office.clone()).await,
            StatusCode::CONFLICT,
            "{}: once per account",
            db.name
        );
        let decide = |id: String, body: Value| {
            let office = &office;
            async move {
                office
                    .post(&format!("/office/ideas/{id}/state"), &body)
                    .await
                    .status()
            }
        };
        assert_eq!(
            decide(
                ids[0].clone(),
                json!({"state": "pilot", "reason": "Wird erprobt."})
            )
            .await,
            StatusCode::CONFLICT,
            "{}: assessed first",
            db.name
        );
        for id in &ids {
            assert_eq!(
                decide(id.clone(), json!({"state": "assessing"})).await,
                StatusCode::NO_CONTENT
            );
        }
        assert_eq!(
            decide(
                ids[0].clone(),
                json!({"state": "pilot", "reason": "Wird im Frühjahr erprobt."})
            )
            .await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            decide(
                ids[1].clone(),
                json!({"state": "merged", "into": "nothing", "reason": "Gleiche Idee."})
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            decide(
                ids[1].clone(),
                json!({"state": "merged", "into": ids[0], "reason": "Gleiche Idee."})
            )
            .await,
            StatusCode::NO_CONTENT
        );

        assert_eq!(
            decide(ids[2].clone(), json!({"state": "kept", "reason": " "})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}: kept with a reason",
            db.name
        );
        assert_eq!(
            decide(
                ids[2].clone(),
                json!({"state": "kept", "reason": "Gute Idee, aber erst nach dem Umbau des Stadtparks."})
            )
            .await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            decide(
                ids[2].clone(),
                json!({"state": "pilot", "reason": "Doch jetzt."})
            )
            .await,
            StatusCode::CONFLICT,
            "{}: a kept idea is decided",
            db.name
        );
        let qr = app.get("/ideas/qr.svg").await;
        assert_eq!(qr.status(), StatusCode::OK, "{}", db.name);
        assert_eq!(qr.headers()["content-type"], "image/svg+xml");
        assert!(
            qr.text().await.unwrap().contains("<svg"),
            "{}: the wall's QR code",
            db.name
        );
        let text = app.get("/ideas").await.text().await.unwrap();
        assert!(
            !text.contains("ideen@example.org"),
            "{}: no contact in public",
            db.name
        );
        let ideas: Vec<IdeaView> = serde_json::from_str(&text).unwrap();
        let pilot = ideas.iter().find(|i| i.id == ids[0]).unwrap();
        assert_eq!(
            (pilot.state, pilot.supporters),
            (IdeaState::Pilot, 3),
            "{}",
            db.name
        );
        assert_eq!(pilot.reason.as_deref(), Some("Wird im Frühjahr erprobt."));
        let steps: Vec<_> = pilot
            .history
            .iter()
            .map(|m| (m.state, m.reason.as_deref()))
            .collect();
        assert_eq!(
            steps,
            [
                (IdeaState::Submitted, None),
                (IdeaState::Assessing, None),
                (IdeaState::Pilot, Some("Wird im Frühjahr erprobt.")),
            ],
            "{}: the public history of states with the working group's reason",
            db.name
        );
        assert!(
            pilot.history.iter().all(|m| m.at.ends_with('Z')),
            "{}",
            db.name
        );
        let merged = ideas.iter().find(|i| i.id == ids[1]).unwrap();
        assert_eq!(merged.merged_into.as_deref(), Some(ids[0].as_str()));
        let kept = ideas.iter().find(|i| i.id == ids[2]).unwrap();
        assert_eq!(kept.state, IdeaState::Kept, "{}", db.name);
        assert_eq!(
            kept.reason.as_deref(),
            Some("Gute Idee, aber erst nach dem Umbau des Stadtparks.")
        );

        let after = counts(office.get_ok("/audit/report").await);
        let added: Vec<_> = after
            .iter()
            .filter_map(|((field, state), count)| {
                let was = before
                    .get(&(field.clone(), state.clone()))
                    .copied()
                    .unwrap_or(0);
                (*count != was).then(|| (field.as_str(), state.as_str(), count - was))
            })
            .collect();
        assert_eq!(
            added,
            [
                ("living", "kept", 1),
                ("living", "merged", 1),
                ("living", "pilot", 1)
            ],
            "{}",
            db.name
        );
        let csv = office.text("/audit/report?format=csv").await;
        let pilots = after[&("living".to_owned(), "pilot".to_owned())];
        assert!(
            csv.contains(&format!("\nideas,living,pilot,{pilots}\n")),
            "{}: {csv}",
            db.name
        );
    }
}

#[tokio::test]
async fn the_demo_holds_ideas_in_every_field_and_state_once_however_often_it_is_seeded() {
    use std::collections::BTreeMap;
    use teilhabe_events::ideas::IdeaSource;
    for db in fresh_database_urls().await {
        // The first start seeds the demo; seeding again, and a second start, add nothing.
        let config = crate::app::demo_config(&db.url);
        let state = teilhabe_backend::startup::state(&config)
            .await
            .unwrap_or_else(|e| panic!("{}: state: {e}", db.name));
        teilhabe_backend::startup::seed_demo(&state)
            .await
            .unwrap_or_else(|e| panic!("{}: seeded again: {e}", db.name));
        drop(state);
        let state = teilhabe_backend::startup::state(&config)
            .await
            .unwrap_or_else(|e| panic!("{}: restarted: {e}", db.name));
        let ideas = state.staff.ideas().await.expect("ideas");
        assert_eq!(ideas.len(), 14, "{}", db.name);
        let count = |key: &dyn Fn(&IdeaView) -> String| {
            let mut counts = BTreeMap::new();
            for idea in &ideas {
                *counts.entry(key(idea)).or_insert(0) += 1;
            }
            counts
        };
        let states = count(&|i| {
            serde_json::to_value(i.state)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        });
        let fields = count(&|i| {
            serde_json::to_value(i.idea.field)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        });
        let expected = |pairs: &[(&str, i32)]| -> BTreeMap<String, i32> {
            pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
        };
        assert_eq!(
            states,
            expected(&[
                ("assessing", 2),
                ("kept", 2),
                ("merged", 2),
                ("not-pursued", 2),
                ("pilot", 3),
                ("submitted", 3),
            ]),
            "{}",
            db.name
        );
        assert_eq!(
            fields,
            expected(&[
                ("experiencing", 4),
                ("living", 4),
                ("working", 3),
                ("working-with", 3),
            ]),
            "{}",
            db.name
        );
        for source in [
            IdeaSource::Online,
            IdeaSource::Paper,
            IdeaSource::Ambassador,
        ] {
            assert!(ideas.iter().any(|i| i.source == source), "{}", db.name);
        }
        // Supporters from the demo's booking codes and staff accounts, each once.
        let supporters: u32 = ideas.iter().map(|i| i.supporters).sum();
        assert_eq!(supporters, 29, "{}", db.name);
        assert_eq!(ideas.iter().map(|i| i.supporters).max(), Some(5));
        // Every decision has its reason; a merged idea names the one it joined.
        for idea in &ideas {
            let decided = !matches!(idea.state, IdeaState::Submitted | IdeaState::Assessing);
            assert_eq!(idea.reason.is_some(), decided, "{}: {}", db.name, idea.id);
            if idea.state == IdeaState::Merged {
                let into = idea.merged_into.as_deref().expect("merged into");
                assert!(ideas
                    .iter()
                    .any(|i| i.id == into && i.state == IdeaState::Pilot));
            }
        }
    }
}

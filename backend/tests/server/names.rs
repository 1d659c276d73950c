//! Names as residents and applicants type them: bidi controls and other invisible format
//! characters are refused with a 422 naming the field (they would turn names around on
//! rosters, letters and e-mail, and make two equal-looking names differ at the door), and a
//! name is stored composed (NFC), so "Zoé" typed either way is the same name.

use crate::app::TestApp;
use serde_json::{json, Value};
use teilhabe_backend::testing::fresh_database_urls;

async fn problem_fields(response: reqwest::Response) -> (u16, Vec<String>) {
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    let fields = body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["field"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    (status, fields)
}

#[tokio::test]
async fn names_with_format_characters_are_refused_and_names_are_stored_composed() {
    for db in fresh_database_urls().await {
        let what = db.name;
        let app = TestApp::spawn(&db).await;
        let session = app.first_session().await;
        let register = |name: &str| {
            let body = json!({"name": name, "contact": {"kind": "none"}});
            let app = &app;
            let session = &session;
            async move { app.post_registration(session, &body).await }
        };
        for bad in ["Anna \u{202E}reteP", "\u{2067}Ali\u{2069}", "Ann\u{200B}a"] {
            let (status, fields) = problem_fields(register(bad).await).await;
            assert_eq!(
                (status, fields),
                (422, vec!["name".to_owned()]),
                "{what}: {bad:?}"
            );
        }
        let application = app
            .post(
                "/ambassadors/applications",
                &json!({"name": "Jonas \u{202E}rebeW", "email": "jonas@example.org",
                "phone": "", "languages": ["de"], "availability": "abends",
                "motivation": "Ich helfe gern."}),
            )
            .await;
        let (status, fields) = problem_fields(application).await;
        assert_eq!(status, 422, "{what}: application");
        assert!(fields.contains(&"name".to_owned()), "{what}: {fields:?}");

        let created = register("Zoe\u{0301} Mu\u{0308}ller").await;
        assert_eq!(created.status(), 201, "{what}");
        let code = created.json::<Value>().await.expect("JSON")["booking_code"]
            .as_str()
            .expect("code")
            .to_owned();
        let booking = app.booking(&code).await;
        assert_eq!(
            booking.name, "Zo\u{00E9} M\u{00FC}ller",
            "{what}: stored composed"
        );
    }
}

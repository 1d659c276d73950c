//! The staff app's texts: every id it, the backend and the shared types name for staff pages
//! exists in German (and so, by the parity test, in every locale), and every id it builds at
//! run time exists in every locale.

use super::tests::{
    assert_build_copies_every_other_locale_folder, assert_every_locale_has, for_each_literal_in,
    kebab_in_area,
};
use super::*;
use std::collections::BTreeSet;
use std::path::Path;

/// Prefixes of the staff area's message ids (`session-error-` and `problem-` keys the staff
/// API answers with included).
const STAFF_AREAS: &[&str] = &[
    "staff-",
    "login-",
    "password-",
    "apply-",
    "ambassador-",
    "outreach-",
    "assisted-",
    "office-",
    "field-",
    "session-error-",
    "problem-",
    "audit-",
    "doors-",
    "ideas-ui-",
    "calls-ui-",
];

/// What precedes a string literal that is an HTML attribute value, not a message id.
const MARKUP: &[&str] = &["class=", "classes=", "classes!(", "id=", "for=", "name="];

/// Literals that look like staff ids but are CSS classes.
const NOT_IDS: &[&str] = &["field-error"];

/// String literals in the Rust files under `dir` that look like message ids of the staff area
/// (kebab-case, not ending in a number or a dash).
fn staff_ids_in(dir: &Path, found: &mut BTreeSet<String>) {
    for_each_literal_in(dir, &mut |before, literal| {
        let markup = MARKUP.iter().any(|m| before.ends_with(m));
        let last = literal.rsplit('-').next().unwrap_or_default();
        let is_id = !markup
            && !NOT_IDS.contains(&literal)
            && !last.is_empty()
            && !last.chars().all(|c| c.is_ascii_digit())
            && kebab_in_area(literal, STAFF_AREAS);
        if is_id {
            found.insert(literal.to_owned());
        }
    });
}

#[test]
fn every_staff_message_id_the_code_uses_exists_in_german() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = BTreeSet::new();
    staff_ids_in(&root.join("staff-frontend/src"), &mut used);
    assert!(
        used.len() > 100,
        "the scan finds the staff app's ids: {used:?}"
    );
    for dir in ["events/src", "backend/src"] {
        staff_ids_in(&root.join(dir), &mut used);
    }
    let defined: BTreeSet<_> = message_ids(DEFAULT_LOCALE).into_iter().collect();
    let missing: Vec<_> = used.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
}

#[test]
fn every_id_the_staff_app_builds_exists_in_every_locale() {
    use teilhabe_events::staff::{HelpArea, LANGUAGES};
    let ids: Vec<String> = teilhabe_events::Need::ALL
        .iter()
        .map(|n| format!("staff-need-{}", n.slug()))
        .chain(
            HelpArea::ALL
                .iter()
                .map(|a| format!("apply-help-{}", a.slug())),
        )
        .chain(LANGUAGES.iter().map(|l| format!("staff-language-{l}")))
        .chain(
            ["applied", "active", "declined", "paused", "retired"]
                .iter()
                .map(|s| format!("office-status-{s}")),
        )
        .chain(
            ["web", "phone", "in-person", "ambassador"]
                .iter()
                .map(|c| format!("office-channel-{c}")),
        )
        .collect();
    assert_every_locale_has(&ids);
}

#[test]
fn every_idea_source_field_hint_and_call_kind_has_words_in_every_locale() {
    let ids: Vec<String> = ["online", "paper", "ambassador"]
        .iter()
        .map(|s| format!("ideas-ui-source-{s}"))
        .chain(
            ["living", "experiencing", "working", "working-with"]
                .iter()
                .map(|f| format!("ideas-ui-field-{f}-hint")),
        )
        .chain(
            [
                "session-reminder",
                "booking-promoted",
                "session-rescheduled",
                "session-cancelled",
                "interest-matched",
            ]
            .iter()
            .map(|k| format!("calls-ui-kind-{k}")),
        )
        .chain(
            ["reached", "not-reached", "left-message"]
                .iter()
                .map(|r| format!("calls-ui-recorded-{r}")),
        )
        .collect();
    assert_every_locale_has(&ids);
}

#[test]
fn every_ambassador_status_has_a_name() {
    use teilhabe_events::staff_api::AmbassadorStatus;
    for slug in ["applied", "active", "declined", "paused", "retired"] {
        assert!(AmbassadorStatus::parse(slug).is_some(), "{slug}");
    }
}

#[test]
fn the_staff_build_copies_every_other_locale_folder() {
    assert_build_copies_every_other_locale_folder("staff-frontend/index.html");
}

#[test]
fn only_the_staff_build_embeds_the_staff_texts() {
    // The attribute that keeps `staff.ftl` out of the residents' browser build (which the
    // host tests cannot compile) is there, and the staff app turns the feature on.
    let lib = include_str!("lib.rs");
    assert!(
        lib.contains(r#"not(feature = "staff")"#) && lib.contains(r#"exclude = "*/staff*.ftl""#)
    );
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../staff-frontend/Cargo.toml");
    let manifest = std::fs::read_to_string(manifest).expect("staff-frontend/Cargo.toml");
    assert!(manifest.contains(r#"teilhabe-i18n = { workspace = true, features = ["staff"] }"#));
    let residents = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/Cargo.toml");
    let residents = std::fs::read_to_string(residents).expect("frontend/Cargo.toml");
    assert!(
        !residents.contains("\"staff\""),
        "the residents' app leaves the staff texts out"
    );
}

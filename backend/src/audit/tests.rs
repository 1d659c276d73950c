use super::csv::csv_field;
use super::*;

#[test]
fn personal_fields_get_stable_pseudonyms_and_nothing_else_changes() {
    let mut data = serde_json::json!({
        "booking_code": "K7P-4WM", "name": "Erika Mustermann",
        "contact": {"kind": "phone", "value": "040 123456"}, "channel": "web"
    });
    pseudonymise(b"secret", &mut data);
    assert_eq!(data["name"], pseudonym(b"secret", "Erika Mustermann"));
    assert_ne!(data["name"], "Erika Mustermann");
    assert_eq!(data["contact"]["kind"], "phone");
    assert!(!data.to_string().contains("040"));
    assert!(!data.to_string().contains("K7P"), "booking codes too");
    assert_eq!(data["channel"], "web");
    assert_ne!(
        pseudonym(b"other", "Erika Mustermann"),
        pseudonym(b"secret", "Erika Mustermann")
    );
}

/// A field added to the sealing table but not to [`PERSONAL`] would reach auditors in
/// clear (as walk-ins' first names once did).
#[test]
fn every_field_the_log_seals_is_pseudonymised_for_auditors() {
    for (event_type, pointer) in crate::personal::personal_pointers() {
        let path = pointer.trim_start_matches("/data");
        let secret = if path.ends_with("/contact") || path.ends_with("/reach") {
            serde_json::json!({"kind": "phone", "value": "Geheimnis 4711"})
        } else {
            serde_json::json!("Geheimnis 4711")
        };
        let mut data = serde_json::json!({});
        let mut at = &mut data;
        for key in path.trim_start_matches('/').split('/') {
            at = &mut at[key];
        }
        *at = secret;
        pseudonymise(b"secret", &mut data);
        assert!(
            !data.to_string().contains("4711"),
            "{event_type} {pointer}: {data}"
        );
    }
}

#[test]
fn a_postal_address_on_the_interest_list_is_pseudonymised_for_auditors() {
    let mut data = serde_json::json!({"reach": {"kind": "letter", "value": {
        "street": "Rathausallee 50", "postcode": "22846", "town": "Norderstedt"}}});
    pseudonymise(b"secret", &mut data);
    let text = data.to_string();
    for clear in ["Rathausallee", "22846", "Norderstedt"] {
        assert!(!text.contains(clear), "{text}");
    }
    assert_eq!(data["reach"]["kind"], "letter");
}

#[test]
fn csv_fields_are_quoted_and_formulas_defused() {
    assert_eq!(csv_field("Garstedt"), "Garstedt");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
    // A spreadsheet skips leading tabs and line breaks and then reads a formula.
    assert_eq!(csv_field("\t=SUM(A1)"), "'\t=SUM(A1)");
    assert_eq!(csv_field("\r=SUM(A1)"), "\"'\r=SUM(A1)\"");
    assert_eq!(csv_field("\t"), "'\t");
}

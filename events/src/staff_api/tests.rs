use super::*;
use crate::api::ContactInput;
use chrono::NaiveDate;

#[test]
fn an_empty_application_names_every_required_field() {
    let errors = ApplicationRequest::default().parse().unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "name",
            "email",
            "districts",
            "languages",
            "help_with",
            "availability",
            "motivation",
            "accept_principles"
        ]
    );
}

#[test]
fn outreach_in_the_future_is_refused() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let request = OutreachRequest {
        date: "2026-11-24".into(),
        district: "garstedt".into(),
        people: 3,
        minutes: 45,
        ..Default::default()
    };
    let errors = request.parse(today).unwrap_err();
    assert_eq!(errors, [FieldError::new("date", "outreach-error-date")]);
    let ok = OutreachRequest {
        date: "2026-11-23".into(),
        ..request
    }
    .parse(today)
    .unwrap();
    assert_eq!(ok.district, "Garstedt");
}

#[test]
fn assisted_registration_needs_a_way_of_consent() {
    let request = AssistedRegistrationRequest {
        name: "Erika".into(),
        contact: ContactInput {
            kind: "none".into(),
            value: None,
        },
        ..Default::default()
    };
    assert_eq!(
        request.parse().unwrap_err(),
        [FieldError::new("consent", "assisted-consent-error")]
    );
}

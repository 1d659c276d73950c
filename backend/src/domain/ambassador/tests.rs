//! The ambassador's rules, given/when/then.

use super::*;
use chrono::NaiveDate;
use cqrs_es::test::TestFramework;
use teilhabe_events::staff::{Application, Email, HelpArea, Outreach};
use teilhabe_events::PersonName;

type AmbassadorTest = TestFramework<Ambassador>;

fn test() -> AmbassadorTest {
    AmbassadorTest::with(())
}

fn applied() -> AmbassadorEvent {
    AmbassadorEvent::AmbassadorApplied {
        application: Application {
            name: PersonName::parse("Jonas Weber").expect("name"),
            email: Email::parse("jonas@example.org").expect("email"),
            phone: None,
            districts: vec!["Garstedt".into()],
            languages: vec!["de".into(), "tr".into()],
            help_with: vec![HelpArea::Smartphone],
            availability: "Dienstags".into(),
            motivation: "Ich helfe gern.".into(),
        },
        principles_version: 1,
    }
}

fn approved() -> AmbassadorEvent {
    AmbassadorEvent::AmbassadorApproved {
        account_id: "abc".into(),
    }
}

fn outreach() -> Outreach {
    Outreach {
        date: NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"),
        district: "Garstedt".into(),
        place: Some("Seniorentreff".into()),
        people: 6,
        minutes: 90,
        topic: None,
        note: None,
    }
}

#[test]
fn outreach_cannot_be_logged_before_approval() {
    test()
        .given(vec![applied()])
        .when(AmbassadorCommand::LogOutreach {
            outreach: outreach(),
        })
        .then_expect_error(AmbassadorError::NotActive);
}

#[test]
fn an_approved_ambassador_logs_outreach_numbered_from_one() {
    test()
        .given(vec![applied(), approved()])
        .when(AmbassadorCommand::LogOutreach {
            outreach: outreach(),
        })
        .then_expect_events(vec![AmbassadorEvent::OutreachLogged {
            entry: 1,
            outreach: outreach(),
        }]);
}

#[test]
fn an_application_cannot_be_approved_twice() {
    test()
        .given(vec![applied(), approved()])
        .when(AmbassadorCommand::Approve {
            account_id: "abc".into(),
        })
        .then_expect_error(AmbassadorError::AlreadyDecided);
}

#[test]
fn a_decline_needs_a_reason() {
    test()
        .given(vec![applied()])
        .when(AmbassadorCommand::Decline { reason: " ".into() })
        .then_expect_error(AmbassadorError::ReasonRequired);
}

#[test]
fn a_declined_applicant_cannot_be_approved_afterwards() {
    test()
        .given(vec![
            applied(),
            AmbassadorEvent::AmbassadorDeclined {
                reason: "Kein Bezug zu Norderstedt".into(),
            },
        ])
        .when(AmbassadorCommand::Approve {
            account_id: "abc".into(),
        })
        .then_expect_error(AmbassadorError::AlreadyDecided);
}

#[test]
fn a_withdrawn_entry_cannot_be_withdrawn_or_corrected_again() {
    let given = vec![
        applied(),
        approved(),
        AmbassadorEvent::OutreachLogged {
            entry: 1,
            outreach: outreach(),
        },
        AmbassadorEvent::OutreachWithdrawn { entry: 1 },
    ];
    test()
        .given(given.clone())
        .when(AmbassadorCommand::WithdrawOutreach { entry: 1 })
        .then_expect_error(AmbassadorError::UnknownEntry);
    test()
        .given(given)
        .when(AmbassadorCommand::CorrectOutreach {
            entry: 1,
            outreach: outreach(),
        })
        .then_expect_error(AmbassadorError::UnknownEntry);
}

#[test]
fn a_correction_is_a_new_event_for_the_same_entry() {
    let mut corrected = outreach();
    corrected.people = 8;
    test()
        .given(vec![
            applied(),
            approved(),
            AmbassadorEvent::OutreachLogged {
                entry: 1,
                outreach: outreach(),
            },
        ])
        .when(AmbassadorCommand::CorrectOutreach {
            entry: 1,
            outreach: corrected.clone(),
        })
        .then_expect_events(vec![AmbassadorEvent::OutreachCorrected {
            entry: 1,
            outreach: corrected,
        }]);
}

#[test]
fn a_paused_ambassador_logs_no_outreach_until_resuming() {
    test()
        .given(vec![
            applied(),
            approved(),
            AmbassadorEvent::AmbassadorPaused,
        ])
        .when(AmbassadorCommand::LogOutreach {
            outreach: outreach(),
        })
        .then_expect_error(AmbassadorError::NotActive);
    test()
        .given(vec![
            applied(),
            approved(),
            AmbassadorEvent::AmbassadorPaused,
        ])
        .when(AmbassadorCommand::Resume)
        .then_expect_events(vec![AmbassadorEvent::AmbassadorResumed]);
}

#[test]
fn only_the_office_resumes_an_ambassador_it_paused() {
    let paused = || {
        vec![
            applied(),
            approved(),
            AmbassadorEvent::AmbassadorPausedByOffice,
        ]
    };
    test()
        .given(paused())
        .when(AmbassadorCommand::Resume)
        .then_expect_error(AmbassadorError::PausedByOffice);
    test()
        .given(paused())
        .when(AmbassadorCommand::ResumeByOffice)
        .then_expect_events(vec![AmbassadorEvent::AmbassadorResumed]);
    test()
        .given(vec![
            applied(),
            approved(),
            AmbassadorEvent::AmbassadorPaused,
        ])
        .when(AmbassadorCommand::PauseByOffice)
        .then_expect_events(vec![AmbassadorEvent::AmbassadorPausedByOffice]);
}

#[test]
fn a_new_version_of_the_principles_is_accepted_once() {
    test()
        .given(vec![applied(), approved()])
        .when(AmbassadorCommand::AcceptPrinciples { version: 2 })
        .then_expect_events(vec![AmbassadorEvent::PrinciplesAccepted { version: 2 }]);
    test()
        .given(vec![applied(), approved()])
        .when(AmbassadorCommand::AcceptPrinciples { version: 1 })
        .then_expect_error(AmbassadorError::PrinciplesAccepted);
}

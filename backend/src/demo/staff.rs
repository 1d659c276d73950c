//! The staff side of the demo: the principles, an office account, an ambassador.

use crate::store::StoreError;
use chrono::Duration;
use teilhabe_events::session::Topic;

/// The demo staff password (named in the README); for demonstrations only.
pub const DEMO_PASSWORD: &str = "teilhabe-demo-2026";
pub const DEMO_OFFICE: &str = "office@teilhabe.example";
pub const DEMO_AMBASSADOR: &str = "ambassador@teilhabe.example";

/// The principles of cooperation as the programme published them (version 1).
pub const PRINCIPLES_V1: &str = "\
Wir arbeiten respektvoll und auf Augenhöhe zusammen, sprechen offen miteinander und lernen voneinander.
Wir setzen uns für das Gemeinwohl ein: ohne Diskriminierung, für Gleichberechtigung, Inklusion und Teilhabe.
Niemand zieht aus dem Programm persönliche, politische oder geschäftliche Vorteile. Wir achten Recht und Gesetz und die Demokratie.";

/// Seeds the staff side of the demo: the principles, an office account, an approved
/// ambassador with outreach, and an application waiting for a decision.
pub async fn seed_staff(
    state: &crate::state::AppState,
) -> Result<(), crate::commands::CommandError> {
    use crate::commands::{CommandBus, Stored};
    use crate::store::Metadata;
    use std::sync::Arc;
    use teilhabe_events::staff::*;
    use teilhabe_events::PersonName;

    async fn run<A: Stored>(
        bus: &Arc<CommandBus<A>>,
        id: &str,
        command: A::Command,
    ) -> Result<(), crate::commands::CommandError> {
        let respond = crate::commands::no_answer();
        let metadata = Metadata::new_command("system", "system");
        bus.execute(id, command, metadata, respond)
            .await
            .map(|_| ())
    }
    let invalid = |e: teilhabe_events::FieldError| {
        crate::commands::CommandError::Store(StoreError::Corrupt(e.to_string()))
    };
    let read = |e: crate::projections::ProjectionError| {
        crate::commands::CommandError::Store(StoreError::Corrupt(e.to_string()))
    };
    let hash = crate::auth::hash_password(DEMO_PASSWORD).unwrap_or_default();
    run(
        &state.principles,
        crate::domain::principles::STREAM_ID,
        PrinciplesCommand::Publish {
            text: PRINCIPLES_V1.to_owned(),
        },
    )
    .await?;
    for (email, name, role) in [
        (DEMO_OFFICE, "Petra Schulz", Role::Office),
        (DEMO_AMBASSADOR, "Ayşe Demir", Role::Ambassador),
    ] {
        let email = Email::parse(email).map_err(invalid)?;
        let id = state
            .auth
            .account_id(&state.staff, &email)
            .await
            .map_err(read)?;
        let name = PersonName::parse(name).map_err(invalid)?;
        run(
            &state.accounts,
            &id,
            AccountCommand::Open { email, name, role },
        )
        .await?;
        run(
            &state.accounts,
            &id,
            AccountCommand::SetPassword {
                password_hash: hash.clone(),
            },
        )
        .await?;
    }
    let application = |name: &str, email: &str, districts: &[&str], languages: &[&str]| {
        Ok::<_, crate::commands::CommandError>(Application {
            name: PersonName::parse(name).map_err(invalid)?,
            email: Email::parse(email).map_err(invalid)?,
            phone: None,
            districts: districts.iter().map(|d| (*d).to_owned()).collect(),
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            help_with: vec![HelpArea::Smartphone, HelpArea::VideoCalls],
            availability: "Dienstag und Donnerstag vormittags".to_owned(),
            motivation: "Ich möchte anderen zeigen, wie einfach Videoanrufe sind.".to_owned(),
        })
    };
    // Three approved ambassadors with outreach this month and last, in four districts, so the
    // overview and the auditors' report show more than one. Ayşe's account was opened above with
    // the demo password; the other two have none yet: they would set one through the link in
    // their approval e-mail.
    let today = state.clock.now().date_naive();
    for (id, name, email, districts, languages, topic, entries) in [
        (
            "demo-ayse",
            "Ayşe Demir",
            DEMO_AMBASSADOR,
            &["Garstedt", "Harksheide"][..],
            &["de", "tr"][..],
            Topic::VideoCalls,
            &[
                (2, "Garstedt", "Seniorentreff Garstedt", 6, 90),
                (5, "Harksheide", "Stadtteilcafé", 3, 45),
            ][..],
        ),
        (
            "demo-olena",
            "Olena Kovalenko",
            "olena.kovalenko@example.org",
            &["Harksheide"][..],
            &["uk", "ru", "de"][..],
            Topic::SmartphoneBasics,
            &[
                (3, "Harksheide", "Ukrainischer Treff im Bürgerhaus", 8, 120),
                (33, "Harksheide", "Stadtbücherei, Sprachcafé", 5, 60),
            ][..],
        ),
        (
            "demo-dieter",
            "Dieter Krüger",
            "dieter.krueger@example.org",
            &["Friedrichsgabe", "Glashütte"][..],
            &["de"][..],
            Topic::SmartphoneBasics,
            &[
                (
                    1,
                    "Friedrichsgabe",
                    "Kirchengemeinde, Seniorennachmittag",
                    12,
                    90,
                ),
                (27, "Glashütte", "Nachbarschaftsfest", 20, 180),
                (40, "Friedrichsgabe", "Sportverein, Vereinsheim", 4, 30),
            ][..],
        ),
    ] {
        run(
            &state.ambassadors,
            id,
            AmbassadorCommand::Apply {
                application: application(name, email, districts, languages)?,
                principles_version: 1,
            },
        )
        .await?;
        let email = Email::parse(email).map_err(invalid)?;
        let account = state
            .auth
            .account_id(&state.staff, &email)
            .await
            .map_err(read)?;
        if email.as_str() != DEMO_AMBASSADOR {
            run(
                &state.accounts,
                &account,
                AccountCommand::Open {
                    email,
                    name: PersonName::parse(name).map_err(invalid)?,
                    role: Role::Ambassador,
                },
            )
            .await?;
        }
        run(
            &state.ambassadors,
            id,
            AmbassadorCommand::Approve {
                account_id: account,
            },
        )
        .await?;
        for (days_ago, district, place, people, minutes) in entries {
            run(
                &state.ambassadors,
                id,
                AmbassadorCommand::LogOutreach {
                    outreach: Outreach {
                        date: today - Duration::days(*days_ago),
                        district: (*district).to_owned(),
                        place: Some((*place).to_owned()),
                        people: *people,
                        minutes: *minutes,
                        topic: Some(topic),
                        note: None,
                    },
                },
            )
            .await?;
        }
    }
    run(
        &state.ambassadors,
        "demo-jonas",
        AmbassadorCommand::Apply {
            application: application(
                "Jonas Weber",
                "jonas.weber@example.org",
                &["Glashütte"],
                &["de", "en"],
            )?,
            principles_version: 1,
        },
    )
    .await?;
    Ok(())
}

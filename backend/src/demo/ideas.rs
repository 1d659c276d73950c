//! The demo's ideas store: ideas as residents wrote them, in the four fields of action and in
//! every state an idea can reach, told online, on paper idea cards and to ambassadors, with
//! supporters from the demo's booking codes and staff accounts.
//!
//! Each idea is recorded by the real commands under command ids of its own (`demo-idea-N`,
//! then `demo-idea-N:step`), so its id follows as the service derives it, and seeding again
//! records nothing new.

use super::staff::{DEMO_AMBASSADOR, DEMO_OFFICE};
use crate::app::ids;
use crate::commands::CommandError;
use crate::projections::ProjectionError;
use crate::state::AppState;
use crate::store::{Metadata, StoreError};
use teilhabe_events::ideas::{FieldOfAction, Idea, IdeaCommand, IdeaSource};
use teilhabe_events::staff::Email;
use teilhabe_events::{BookingCode, Contact};

/// Who supports a demo idea.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Who {
    /// The holder of a demo booking code (see [`super::PAST_BOOKINGS`]).
    Code(&'static str),
    /// A demo staff account, by its e-mail address.
    Staff(&'static str),
}

/// Where a demo idea stands once seeded, with the working group's reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Submitted,
    Assessing,
    Pilot(&'static str),
    Kept(&'static str),
    /// Merged into the demo idea with this number (an earlier one in [`IDEAS`]).
    Merged(usize, &'static str),
    NotPursued(&'static str),
}

pub(crate) struct DemoIdea {
    pub number: usize,
    pub what: &'static str,
    pub for_whom: &'static str,
    pub where_in_city: &'static str,
    pub field: FieldOfAction,
    pub source: IdeaSource,
    pub supporters: &'static [Who],
    pub step: Step,
}

const ERIKA: Who = Who::Code("FED-347");
const HANS: Who = Who::Code("FED-349");
const AYSE_Y: Who = Who::Code("FED-367");
const OFFICE: Who = Who::Staff(DEMO_OFFICE);
const AYSE_D: Who = Who::Staff(DEMO_AMBASSADOR);
const OLENA: Who = Who::Staff("olena.kovalenko@example.org");
const DIETER: Who = Who::Staff("dieter.krueger@example.org");

pub(crate) const IDEAS: &[DemoIdea] = &[
    DemoIdea {
        number: 1,
        what: "Leih-Schließfächer im Stadtpark für Rollatoren und Bollerwagen\nMan reserviert vorher online oder am Telefon und öffnet das Fach dann mit einem Code. So kann man auch ohne Auto mit dem Rollator in den Park oder den Einkauf nach Hause bringen.",
        for_whom: "Ältere Menschen und Familien ohne Auto",
        where_in_city: "Stadtpark Norderstedt, am Eingang in Harksheide",
        field: FieldOfAction::Living,
        source: IdeaSource::Paper,
        supporters: &[ERIKA, HANS, AYSE_Y, OFFICE, AYSE_D],
        step: Step::Pilot("Viele haben diese Idee unterstützt. Wir stellen im Frühjahr sechs Schließfächer am Stadtpark auf und probieren ein Jahr lang aus, wie sie genutzt werden."),
    },
    DemoIdea {
        number: 2,
        what: "Bollerwagen zum Ausleihen am Stadtpark, damit man das Picknick oder den Einkauf nicht tragen muss",
        for_whom: "Familien mit Kindern und alle, die nicht schwer tragen können",
        where_in_city: "Stadtpark Norderstedt",
        field: FieldOfAction::Living,
        source: IdeaSource::Online,
        supporters: &[HANS],
        step: Step::Merged(1, "Diese Idee gehört zu den Leih-Schließfächern im Stadtpark: Dort kann man auch Bollerwagen ausleihen. Wir haben beide Ideen zusammengelegt."),
    },
    DemoIdea {
        number: 3,
        what: "Eine Stadt-App, die mir eine Nachricht schickt, wenn es in meinem Stadtteil etwas Neues gibt\nBaustellen, gesperrte Straßen, Feste. Ich möchte selbst wählen, welche Themen mich interessieren.",
        for_whom: "Alle in Norderstedt",
        where_in_city: "In der ganzen Stadt, auf dem Smartphone",
        field: FieldOfAction::Living,
        source: IdeaSource::Online,
        supporters: &[ERIKA, AYSE_Y, OFFICE, OLENA],
        step: Step::Pilot("Die Stadt-App mit Nachrichten nach Themen wird ein Pilotprojekt. Sie startet zuerst in Garstedt und Harksheide; wer mitmacht, sagt uns, was fehlt."),
    },
    DemoIdea {
        number: 4,
        what: "Eine Telefon-Sprechstunde für Fragen zum Smartphone\nNicht alle können zu einem Kurs kommen. Man ruft an, und jemand hilft Schritt für Schritt.",
        for_whom: "Ältere Menschen, die nicht mehr gut zu Fuß sind",
        where_in_city: "Von zu Hause aus, am Telefon",
        field: FieldOfAction::Living,
        source: IdeaSource::Ambassador,
        supporters: &[HANS, DIETER],
        step: Step::Submitted,
    },
    DemoIdea {
        number: 5,
        what: "Mehr kostenloses WLAN (MobyKlick) im Stadtpark, vor allem am See und am Spielplatz",
        for_whom: "Eltern und Großeltern, die dort Fotos verschicken oder mit der Familie telefonieren möchten",
        where_in_city: "Stadtpark Norderstedt",
        field: FieldOfAction::Experiencing,
        source: IdeaSource::Paper,
        supporters: &[ERIKA, AYSE_Y, AYSE_D],
        step: Step::Assessing,
    },
    DemoIdea {
        number: 6,
        what: "Ein digitaler Stadtrundgang mit Geschichten von früher\nAn jeder Station ein QR-Code, und ältere Norderstedterinnen und Norderstedter erzählen, wie es hier einmal aussah.",
        for_whom: "Alle, die Norderstedt besser kennenlernen möchten, auch Schulklassen",
        where_in_city: "In Garstedt, Harksheide, Friedrichsgabe und Glashütte",
        field: FieldOfAction::Experiencing,
        source: IdeaSource::Online,
        supporters: &[HANS, DIETER],
        step: Step::Kept("Eine schöne Idee, die viele mögen. In diesem Jahr fehlen uns die Menschen, die die Geschichten aufnehmen. Wir heben sie im Ideenspeicher auf und sehen sie uns im nächsten Jahr wieder an."),
    },
    DemoIdea {
        number: 7,
        what: "Veranstaltungen in der TriBühne im Internet übertragen, damit man auch von zu Hause zuschauen kann",
        for_whom: "Menschen, die abends nicht mehr gern aus dem Haus gehen",
        where_in_city: "TriBühne Norderstedt",
        field: FieldOfAction::Experiencing,
        source: IdeaSource::Online,
        supporters: &[AYSE_Y],
        step: Step::NotPursued("Das gibt es schon: Große Veranstaltungen der TriBühne werden bereits live im Internet gezeigt. In der Smartphone-Sprechstunde zeigen wir gern, wie man zuschaut."),
    },
    DemoIdea {
        number: 8,
        what: "Ein Kalender mit allen Vereinsfesten, Flohmärkten und Konzerten in Norderstedt an einem Ort, auch zum Ausdrucken",
        for_whom: "Familien, Vereine und alle, die etwas unternehmen möchten",
        where_in_city: "Im Internet und als Aushang in der Stadtbücherei",
        field: FieldOfAction::Experiencing,
        source: IdeaSource::Online,
        supporters: &[],
        step: Step::Submitted,
    },
    DemoIdea {
        number: 9,
        what: "Ein gemeinsames Online-Schaufenster für die kleinen Läden in Garstedt\nWas gibt es, wann ist geöffnet, und kann ich etwas vorbestellen und im Laden abholen?",
        for_whom: "Kleine Geschäfte und alle, die lieber vor Ort einkaufen",
        where_in_city: "Garstedt, rund um den Marktplatz",
        field: FieldOfAction::Working,
        source: IdeaSource::Ambassador,
        supporters: &[ERIKA, OLENA, AYSE_D],
        step: Step::Pilot("Zwölf Läden in Garstedt machen mit. Wir probieren das Schaufenster ein Jahr lang aus und fragen danach die Läden und die Kundschaft."),
    },
    DemoIdea {
        number: 10,
        what: "Kostenlose Laptops für alle, die Arbeit suchen",
        for_whom: "Menschen, die Arbeit suchen und keinen Computer haben",
        where_in_city: "In ganz Norderstedt",
        field: FieldOfAction::Working,
        source: IdeaSource::Paper,
        supporters: &[],
        step: Step::NotPursued("Geräte für alle kann die Stadt nicht bezahlen. In der Stadtbücherei stehen aber Computer, die alle kostenlos nutzen können, und dort gibt es auch Hilfe bei Bewerbungen."),
    },
    DemoIdea {
        number: 11,
        what: "Ruhige Arbeitsplätze mit WLAN und Steckdose, die man für ein paar Stunden buchen kann\nFür alle, die von zu Hause arbeiten und dort keine Ruhe haben.",
        for_whom: "Menschen im Homeoffice, Studierende, Selbstständige",
        where_in_city: "Stadtbücherei Norderstedt",
        field: FieldOfAction::Working,
        source: IdeaSource::Online,
        supporters: &[HANS, OLENA],
        step: Step::Assessing,
    },
    DemoIdea {
        number: 12,
        what: "Einmal im Monat eine Sprechstunde vom Rathaus im Stadtteil\nJemand von der Verwaltung sitzt mit dem Laptop im Gemeindehaus und hilft bei Anträgen im Internet.",
        for_whom: "Menschen, die den Weg ins Rathaus schwer schaffen",
        where_in_city: "Gemeindehaus Glashütte und Treffpunkt Friedrichsgabe",
        field: FieldOfAction::WorkingWith,
        source: IdeaSource::Ambassador,
        supporters: &[ERIKA, HANS, DIETER],
        step: Step::Kept("Das möchten wir machen, aber erst, wenn die neuen Anträge im Internet fertig sind. Bis dahin bleibt die Idee im Ideenspeicher."),
    },
    DemoIdea {
        number: 13,
        what: "Anträge am Terminal im Rathaus auch in meiner Sprache ausfüllen, zum Beispiel auf Türkisch, Russisch oder Arabisch",
        for_whom: "Menschen, die noch nicht gut Deutsch lesen",
        where_in_city: "Rathaus Norderstedt, am Terminal im Foyer",
        field: FieldOfAction::WorkingWith,
        source: IdeaSource::Paper,
        supporters: &[AYSE_Y, AYSE_D],
        step: Step::Submitted,
    },
    DemoIdea {
        number: 14,
        what: "Eine Nachricht aufs Handy, wenn mein Termin im Rathaus näher rückt oder mein Ausweis bald abläuft",
        for_whom: "Alle, die Termine beim Bürgeramt haben",
        where_in_city: "Rathaus Norderstedt",
        field: FieldOfAction::WorkingWith,
        source: IdeaSource::Online,
        supporters: &[OLENA],
        step: Step::Merged(3, "Das passt in die Stadt-App: Dort kann man das Thema „Rathaus und Termine“ wählen und bekommt dann eine Nachricht. Wir haben die Ideen zusammengelegt."),
    },
];

/// The command id a demo idea is submitted with; its id follows from it as the service
/// derives it.
fn command_id(number: usize) -> String {
    format!("demo-idea-{number}")
}

/// The id of demo idea `number`.
pub(crate) fn idea_id(number: usize) -> String {
    ids::hashed(&command_id(number), 8)
}

fn corrupt(e: impl std::fmt::Display) -> CommandError {
    CommandError::Store(StoreError::Corrupt(e.to_string()))
}

/// Why the demo ideas could not be recorded.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("{0}")]
    Command(#[from] CommandError),
    #[error("{0}")]
    Read(#[from] ProjectionError),
}

/// Records the demo ideas not yet in the store (the read models caught up first); returns how
/// many it submitted.
pub async fn seed_ideas(state: &AppState) -> Result<usize, SeedError> {
    state.projector.catch_up().await?;
    let mut seeded = 0;
    for demo in IDEAS {
        let id = idea_id(demo.number);
        if state.staff.idea(&id).await?.is_some() {
            continue;
        }
        let channel = match demo.source {
            IdeaSource::Online => "web",
            IdeaSource::Paper => "paper",
            IdeaSource::Ambassador => "ambassador",
        };
        let submitted = Metadata::with_command_id(command_id(demo.number), "system", channel);
        let mut commands = vec![(
            submitted.clone(),
            IdeaCommand::Submit {
                idea: Idea {
                    what: demo.what.to_owned(),
                    for_whom: demo.for_whom.to_owned(),
                    where_in_city: demo.where_in_city.to_owned(),
                    field: demo.field,
                },
                contact: Contact::None,
                source: demo.source,
            },
        )];
        for (i, who) in demo.supporters.iter().enumerate() {
            let supporter = match who {
                Who::Code(code) => {
                    crate::app::ideas::resident(state, &BookingCode::parse(code).map_err(corrupt)?)
                }
                Who::Staff(email) => {
                    let email = Email::parse(email).map_err(corrupt)?;
                    let account = state.auth.account_id(&state.staff, &email).await?;
                    crate::app::ideas::staff(state, &account)
                }
            };
            let metadata = ids::next_step(&submitted, &format!("support-{i}"));
            commands.push((metadata, IdeaCommand::Support { supporter }));
        }
        let decision = match demo.step {
            Step::Submitted => None,
            Step::Assessing => Some(IdeaCommand::StartAssessment),
            Step::Pilot(reason) => Some(IdeaCommand::ChooseAsPilot {
                reason: reason.to_owned(),
            }),
            Step::Kept(reason) => Some(IdeaCommand::Keep {
                reason: reason.to_owned(),
            }),
            Step::Merged(into, reason) => Some(IdeaCommand::Merge {
                into: idea_id(into),
                reason: reason.to_owned(),
            }),
            Step::NotPursued(reason) => Some(IdeaCommand::NotPursue {
                reason: reason.to_owned(),
            }),
        };
        if let Some(decision) = decision {
            if decision != IdeaCommand::StartAssessment {
                let metadata = ids::next_step(&submitted, "assess");
                commands.push((metadata, IdeaCommand::StartAssessment));
            }
            commands.push((ids::next_step(&submitted, "decide"), decision));
        }
        for (metadata, command) in commands {
            let respond = crate::commands::no_answer();
            state.ideas.execute(&id, command, metadata, respond).await?;
        }
        seeded += 1;
    }
    Ok(seeded)
}

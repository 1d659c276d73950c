//! Every locale has every message, every file parses, and every key the code uses exists.

use super::*;
use fluent::FluentResource;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_locale_has_exactly_the_german_message_ids() {
    let reference: BTreeSet<_> = message_ids(DEFAULT_LOCALE).into_iter().collect();
    assert!(reference.len() > 20, "the German files hold the messages");
    for locale in LOCALES {
        let ids: BTreeSet<_> = message_ids(locale.tag).into_iter().collect();
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag);
        assert!(
            extra.is_empty(),
            "{} has ids German lacks: {extra:?}",
            locale.tag
        );
    }
}

#[test]
fn every_fluent_file_parses_without_errors() {
    for name in Files::iter() {
        let file = Files::get(&name).expect("listed file exists");
        let text = String::from_utf8(file.data.to_vec()).expect("UTF-8");
        if let Err((_, errors)) = FluentResource::try_new(text) {
            panic!("{name}: {errors:?}");
        }
    }
}

#[test]
fn every_locale_folder_is_a_supported_locale() {
    for name in Files::iter() {
        let folder = name.split('/').next().unwrap_or_default();
        assert!(
            LOCALES.iter().any(|l| l.tag == folder),
            "{folder} is not in LOCALES"
        );
    }
}

/// Calls `found(before, literal)` for each string literal in the Rust files under `dir`, with
/// the code before it (trimmed at the end): that tells what the literal is.
pub(super) fn for_each_literal_in(dir: &Path, found: &mut impl FnMut(&str, &str)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            for_each_literal_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            // Literals sit at odd indices after splitting on quotes; the even piece before
            // each tells what it is.
            let pieces: Vec<&str> = text.split('"').collect();
            for pair in pieces.chunks(2) {
                let [before, literal] = pair else { continue };
                found(before.trim_end(), literal);
            }
        }
    }
}

/// Whether `literal` is kebab-case (lower-case letters, digits, dashes) and starts with one
/// of `areas`.
pub(super) fn kebab_in_area(literal: &str, areas: &[&str]) -> bool {
    literal
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && areas.iter().any(|a| literal.starts_with(a))
}

/// Asserts that every locale has each of `ids`.
pub(super) fn assert_every_locale_has(ids: &[String]) {
    for locale in LOCALES {
        let loader = loader(locale.tag);
        for id in ids {
            assert!(loader.has(id), "{}: {id}", locale.tag);
        }
    }
}

/// Asserts that the Trunk page `index` (relative to the repository) copies every locale
/// folder but German's (which is embedded) into the build.
pub(super) fn assert_build_copies_every_other_locale_folder(index: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(index);
    let text = std::fs::read_to_string(path).expect(index);
    for locale in LOCALES.iter().filter(|l| l.tag != DEFAULT_LOCALE) {
        let link = format!(
            r#"<link data-trunk rel="copy-dir" href="../i18n/{0}" data-target-path="i18n/{0}">"#,
            locale.tag
        );
        assert!(text.contains(&link), "{index} lacks {link}");
    }
}

/// Collects every message id the Rust sources name: `t("…")`, `t_args("…"`, `"…-error-…"`
/// keys built by the events crate, and `key: "…"` props.
fn ids_used_in(dir: &Path, found: &mut BTreeSet<String>) {
    for_each_literal_in(dir, &mut |before, literal| {
        // Markup attributes (class, id, for, …) are not messages.
        let is_markup = MARKUP.iter().any(|m| before.ends_with(m));
        // A literal ending in a number names a thing (the stream `session-1`), not a
        // message: numbered messages (`date-month-1`) are built at run time.
        let numbered = literal
            .rsplit('-')
            .next()
            .is_some_and(|last| !last.is_empty() && last.chars().all(|c| c.is_ascii_digit()));
        let is_id = literal.contains('-') && !numbered && kebab_in_area(literal, AREAS);
        if is_id && !is_markup {
            found.insert(literal.to_owned());
        }
    });
}

/// What precedes a string literal that is an HTML attribute value, not a message id.
const MARKUP: &[&str] = &[
    "class=",
    "classes=",
    "classes!(",
    "id=",
    "for=",
    "aria-labelledby=",
    "aria-describedby=",
];

/// Prefixes of message ids (one per area of the interface).
const AREAS: &[&str] = &[
    "app-",
    "start-",
    "finder-",
    "session-",
    "register-",
    "confirm-",
    "booking-",
    "error-",
    "settings-",
    "topic-",
    "date-",
    "problem-",
    "help-",
    "a11y-",
    "report-",
    "easy-",
    "need-",
    "feedback-",
];

#[test]
fn every_message_id_the_code_uses_exists_in_german() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = BTreeSet::new();
    for crate_dir in ["frontend/src", "events/src", "backend/src"] {
        ids_used_in(&root.join(crate_dir), &mut used);
    }
    assert!(
        used.len() > 20,
        "the scan finds the ids the frontend uses: {used:?}"
    );
    let defined: BTreeSet<_> = message_ids(DEFAULT_LOCALE).into_iter().collect();
    // Ids assembled at run time from a prefix (e.g. `topic-` + slug) are checked by their own tests.
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !id.ends_with('-') && !defined.contains(*id))
        .collect();
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
}

#[test]
fn every_topic_has_a_name_in_every_locale() {
    for locale in LOCALES {
        let loader = loader(locale.tag);
        for topic in teilhabe_events::Topic::ALL {
            let id = format!("topic-{}", topic.slug());
            assert!(loader.has(&id), "{}: {id}", locale.tag);
        }
    }
}

#[test]
fn every_need_rating_and_answer_has_words_in_every_locale() {
    let ids: Vec<String> = teilhabe_events::Need::ALL
        .iter()
        .map(|n| format!("need-{}", n.slug()))
        .chain((1..=5).map(|r| format!("feedback-rating-{r}")))
        .chain(
            teilhabe_events::Helped::ALL
                .iter()
                .map(|h| format!("feedback-helped-{}", h.slug())),
        )
        .collect();
    assert_every_locale_has(&ids);
}

#[test]
fn the_consent_question_names_the_phone_number_or_the_e_mail_address() {
    for locale in LOCALES {
        let loader = loader(locale.tag);
        let ask = |kind: &str, contact: &str| {
            format(
                &loader,
                "register-consent-title",
                &[("kind", kind.into()), ("contact", contact.into())],
            )
        };
        let phone = ask("phone", "040 123456");
        let email = ask("email", "erika@example.org");
        assert!(phone.contains("040 123456"), "{}: {phone}", locale.tag);
        assert!(
            email.contains("erika@example.org"),
            "{}: {email}",
            locale.tag
        );
        assert_ne!(
            format(
                &loader,
                "register-consent-no-hint",
                &[("kind", "phone".into())]
            ),
            format(
                &loader,
                "register-consent-no-hint",
                &[("kind", "email".into())]
            ),
            "{}: saying no drops the number or the address, in words for each",
            locale.tag
        );
    }
}

#[test]
fn every_weekday_and_month_has_a_name_in_every_locale() {
    for locale in LOCALES {
        let loader = loader(locale.tag);
        let ids = (1..=7)
            .map(|d| format!("date-weekday-{d}"))
            .chain((1..=12).map(|m| format!("date-month-{m}")));
        for id in ids {
            assert!(loader.has(&id), "{}: {id}", locale.tag);
        }
    }
}

#[test]
fn plural_forms_follow_the_number() {
    let de = loader("de");
    assert_eq!(
        format(&de, "session-seats-left", &[("count", 1i64.into())]),
        "1 Platz frei"
    );
    assert_eq!(
        format(&de, "session-seats-left", &[("count", 3i64.into())]),
        "3 Plätze frei"
    );
    let en = loader("en-GB");
    assert_eq!(
        format(&en, "session-seats-left", &[("count", 0i64.into())]),
        "No places left"
    );
}

#[test]
fn every_locale_has_the_german_area_files() {
    let german = file_names();
    assert!(german.len() >= 2, "German has its area files: {german:?}");
    for locale in LOCALES {
        let prefix = format!("{}/", locale.tag);
        let mut names: Vec<String> = Files::iter()
            .filter_map(|n| n.strip_prefix(&prefix).map(str::to_owned))
            .collect();
        names.sort();
        assert_eq!(names, german, "{} has other files than German", locale.tag);
    }
}

#[test]
fn every_locale_has_a_fluent_language_id_and_a_lang() {
    for locale in LOCALES {
        let id = locale.language_id();
        assert_eq!(
            id.language.as_str(),
            locale.lang,
            "{}: Fluent and the page agree on the language",
            locale.tag
        );
        assert_eq!(find_locale(locale.tag), Some(locale));
    }
}

#[test]
fn fetched_files_are_loaded_with_german_as_the_fallback() {
    let english = find_locale("en").expect("English is a locale");
    let text = "app-name = Fetched\n".to_owned();
    let loader = loader_from_files(english, &[text]);
    assert_eq!(loader.get("app-name"), "Fetched");
    assert_eq!(
        loader.get("app-back"),
        "Zurück",
        "missing ids come from German"
    );
}

#[test]
fn the_frontend_build_copies_every_other_locale_folder() {
    assert_build_copies_every_other_locale_folder("frontend/index.html");
}

/// "n seats left" in `tag` for each `(n, expected)`.
fn assert_seats(tag: &str, cases: &[(i64, &str)]) {
    let loader = loader(tag);
    for (n, expected) in cases {
        assert_eq!(
            format(&loader, "session-seats-left", &[("count", (*n).into())]),
            *expected,
            "{tag}, {n}"
        );
    }
}

#[test]
fn slavic_plurals_have_one_few_and_many() {
    assert_seats(
        "ru",
        &[
            (0, "Свободных мест нет"),
            (1, "1 свободное место"),
            (3, "3 свободных места"),
            (5, "5 свободных мест"),
            (11, "11 свободных мест"),
            (21, "21 свободное место"),
            (22, "22 свободных места"),
        ],
    );
    assert_seats(
        "uk",
        &[
            (1, "1 вільне місце"),
            (2, "2 вільні місця"),
            (12, "12 вільних місць"),
            (31, "31 вільне місце"),
        ],
    );
    assert_seats(
        "pl",
        &[
            (1, "1 wolne miejsce"),
            (4, "4 wolne miejsca"),
            (5, "5 wolnych miejsc"),
            (12, "12 wolnych miejsc"),
            (21, "21 wolnych miejsc"),
            (22, "22 wolne miejsca"),
        ],
    );
}

#[test]
fn arabic_plurals_have_all_six_forms() {
    assert_seats(
        "ar",
        &[
            (0, "لا توجد أماكن شاغرة"),
            (1, "مكان واحد شاغر"),
            (2, "مكانان شاغران"),
            (3, "3 أماكن شاغرة"),
            (10, "10 أماكن شاغرة"),
            (11, "11 مكانًا شاغرًا"),
            (99, "99 مكانًا شاغرًا"),
            (100, "100 مكان شاغر"),
        ],
    );
}

#[test]
fn turkish_and_leichte_sprache_count_their_own_way() {
    assert_seats("tr", &[(1, "1 boş yer"), (7, "7 boş yer")]);
    assert_seats(
        "de-x-leicht",
        &[(1, "1 Platz ist frei"), (4, "4 Plätze sind frei")],
    );
}

#[test]
fn leichte_sprache_is_its_own_locale_with_german_rules() {
    let leicht = find_locale("de-x-leicht").expect("Leichte Sprache is a locale");
    assert_eq!(leicht.lang, "de");
    assert_eq!(leicht.language_id().to_string(), "de-leicht");
    let loader = loader("de-x-leicht");
    assert_eq!(loader.get("settings-title"), "Sprache und Aussehen");
    assert_ne!(
        loader.get("settings-title"),
        super::loader("de").get("settings-title")
    );
}

#[test]
fn dates_read_naturally_in_each_language() {
    let date = |tag: &str| {
        let l = loader(tag);
        format(
            &l,
            "date-long",
            &[
                ("weekday", l.get("date-weekday-2").into()),
                ("day", 1i64.into()),
                ("month", l.get("date-month-12").into()),
            ],
        )
    };
    assert_eq!(date("de"), "Dienstag, 1. Dezember");
    assert_eq!(date("en"), "Tuesday 1 December");
    assert_eq!(date("tr"), "1 Aralık Salı");
    assert_eq!(date("ru"), "Вторник, 1 декабря");
    assert_eq!(date("uk"), "Вівторок, 1 грудня");
    assert_eq!(date("pl"), "Wtorek, 1 grudnia");
    assert_eq!(date("ar"), "الثلاثاء، 1 ديسمبر");
}

#[test]
fn only_arabic_is_written_right_to_left() {
    let rtl: Vec<_> = LOCALES
        .iter()
        .filter(|l| l.right_to_left)
        .map(|l| l.tag)
        .collect();
    assert_eq!(rtl, ["ar"]);
    assert_eq!(LOCALES.len(), 8);
}

/// Message ids defined in German files the browser builds of the ideas store carry (not the
/// staff files, not the mails).
fn ids_the_ideas_bundle_carries() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for name in Files::iter()
        .filter(|n| n.starts_with("de/") && !n.starts_with("de/staff") && !n.starts_with("de/mail"))
    {
        let file = Files::get(&name).expect("listed file exists");
        for line in String::from_utf8_lossy(&file.data).lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with([' ', '#']) {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_residents_ideas_store_names_is_in_a_file_its_bundle_carries() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = BTreeSet::new();
    for_each_literal_in(&root.join("ideas-frontend/src"), &mut |before, literal| {
        let markup = MARKUP.iter().any(|m| before.ends_with(m));
        let areas = ["ideas-ui-", "audit-", "field-error-", "problem-", "app-"];
        if !markup && !literal.ends_with('-') && kebab_in_area(literal, &areas) {
            used.insert(literal.to_owned());
        }
    });
    assert!(
        used.len() > 20,
        "the scan finds the ideas store's ids: {used:?}"
    );
    // Ids the pages assemble from a stem (the stems themselves name no message) or a slug.
    for stem in ["ideas-ui-what", "ideas-ui-for-whom", "ideas-ui-where"] {
        used.remove(stem);
    }
    for slug in ["living", "experiencing", "working", "working-with"] {
        used.insert(format!("audit-action-{slug}"));
        used.insert(format!("ideas-ui-field-{slug}-hint"));
    }
    for slug in [
        "submitted",
        "assessing",
        "pilot",
        "kept",
        "merged",
        "not-pursued",
    ] {
        used.insert(format!("audit-state-{slug}"));
    }
    for slug in ["online", "paper", "ambassador"] {
        used.insert(format!("ideas-ui-source-{slug}"));
    }
    for stem in ["what", "for-whom", "where"] {
        for part in ["title", "label", "hint"] {
            used.insert(format!("ideas-ui-{stem}-{part}"));
        }
    }
    for kind in ["phone", "email"] {
        used.insert(format!("ideas-ui-contact-{kind}-label"));
    }
    let carried = ids_the_ideas_bundle_carries();
    let missing: Vec<_> = used.iter().filter(|id| !carried.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "the ideas store names ids its bundle does not carry: {missing:?}"
    );
}

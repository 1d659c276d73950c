//! The checks a translation team runs (Weblate's and pofilter's kind), on the files as they are
//! on disk: forbidden variants from the term base (`terms.toml`), the register, a capital after
//! the greeting in mails, direction isolates around numbers, codes and addresses in right-to-left
//! locales, the same placeables as German, and the rules of Leichte Sprache that can be counted.
//!
//! Each check collects every fault before failing, so one run lists all of them.

use super::*;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One message: its file (area name without `.ftl`), id and text (all lines, selectors too).
struct Message {
    file: String,
    id: String,
    text: String,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The messages of one locale folder, comments left out.
fn messages(tag: &str) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir().join(tag))
        .expect("locale folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    for path in paths {
        let file = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("UTF-8 file");
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            // Indented lines, and a selector's closing brace, continue the message above.
            let continued = line.starts_with([' ', '\t', '}']);
            match (continued, out.last_mut()) {
                (true, Some(last)) if last.file == file => {
                    last.text.push('\n');
                    last.text.push_str(line);
                }
                _ => {
                    if let Some((id, value)) = line.split_once('=') {
                        let id = id.trim();
                        let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-')
                            && id
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                        if is_id {
                            out.push(Message {
                                file: file.clone(),
                                id: id.to_owned(),
                                text: value.trim().to_owned(),
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

fn terms() -> toml::Value {
    let text = std::fs::read_to_string(dir().join("terms.toml")).expect("i18n/terms.toml");
    text.parse().expect("terms.toml is valid TOML")
}

fn locale_terms(tag: &str) -> toml::Value {
    terms()
        .get("locale")
        .and_then(|l| l.get(tag))
        .cloned()
        .unwrap_or_else(|| panic!("terms.toml has a [locale.{tag}] table"))
}

fn fail_if_any(what: &str, faults: &[String]) {
    assert!(
        faults.is_empty(),
        "{what}: {} fault(s)\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn the_term_base_names_every_concept_for_every_locale() {
    let concepts = [
        "address",
        "booking-code",
        "course",
        "place",
        "programme-office",
        "ambassador",
        "waiting-list",
    ];
    for locale in LOCALES {
        let t = locale_terms(locale.tag);
        for c in concepts {
            assert!(
                t.get(c)
                    .and_then(|v| v.as_str())
                    .is_some_and(|s| !s.is_empty()),
                "{}: terms.toml names no {c}",
                locale.tag
            );
        }
    }
    let decision = terms();
    let decision = decision
        .get("decisions")
        .and_then(|d| d.get("ambassador"))
        .and_then(|d| d.as_str())
        .unwrap_or_default();
    assert!(decision.contains("Zukunftsbotschafter") && decision.contains("digital ambassador"));
}

#[test]
fn no_forbidden_variant_appears() {
    let mut faults = Vec::new();
    for locale in LOCALES {
        let t = locale_terms(locale.tag);
        let list = t
            .get("forbidden")
            .and_then(|f| f.as_array())
            .cloned()
            .unwrap_or_default();
        for entry in list {
            let (pattern, files): (String, Option<Vec<String>>) = match &entry {
                toml::Value::String(p) => (p.clone(), None),
                toml::Value::Table(t) => (
                    t.get("pattern")
                        .and_then(|p| p.as_str())
                        .expect("a forbidden table has a pattern")
                        .to_owned(),
                    t.get("files").and_then(|f| f.as_array()).map(|fs| {
                        fs.iter()
                            .filter_map(|f| f.as_str().map(str::to_owned))
                            .collect()
                    }),
                ),
                other => panic!("{}: forbidden entry {other:?}", locale.tag),
            };
            let re = Regex::new(&pattern)
                .unwrap_or_else(|e| panic!("{}: pattern {pattern}: {e}", locale.tag));
            for m in messages(locale.tag) {
                if files.as_ref().is_some_and(|fs| !fs.contains(&m.file)) {
                    continue;
                }
                if let Some(found) = re.find(&m.text) {
                    faults.push(format!(
                        "{}/{}.ftl {}: „{}“ (forbidden: {pattern})",
                        locale.tag,
                        m.file,
                        m.id,
                        found.as_str().trim()
                    ));
                }
            }
        }
    }
    fail_if_any("forbidden variants (i18n/terms.toml)", &faults);
}

#[test]
fn mail_bodies_start_with_a_capital_after_the_greeting() {
    let mut faults = Vec::new();
    for locale in LOCALES {
        let wanted = locale_terms(locale.tag)
            .get("capital-after-greeting")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if !wanted {
            continue;
        }
        for m in messages(locale.tag)
            .into_iter()
            .filter(|m| m.file == "mail" && m.id.ends_with("-body"))
        {
            // The first line is the greeting („Hello { $name },“); the text starts after it.
            let mut lines = m.text.lines().map(str::trim).filter(|l| !l.is_empty());
            let Some(after) = lines.nth(1) else {
                continue;
            };
            let first = after.chars().find(|c| c.is_alphabetic() || *c == '{');
            if first.is_some_and(|c| c.is_lowercase()) {
                faults.push(format!("{}/mail.ftl {}: „{after}“", locale.tag, m.id));
            }
        }
    }
    fail_if_any("lower case after the greeting line", &faults);
}

#[test]
fn numbers_codes_and_addresses_are_isolated_in_right_to_left_locales() {
    // Placeables that carry a phone number, booking code or e-mail address, and such literals
    // (German phone numbers start with 0; postal codes and counts are not phone numbers).
    let placeable = Regex::new(r"\{ *\$(phone|code|email|contact) *\}").expect("regex");
    let literal = Regex::new(
        r"[\w.+-]+@[\w-]+\.[\w.]+|\b0\d[\d ]{3,}\d(?:-\d+)?\b|\b[A-Z0-9]{3}[-‑][A-Z0-9]{3}\b",
    )
    .expect("regex");
    let mut faults = Vec::new();
    for locale in LOCALES.iter().filter(|l| l.right_to_left) {
        for m in messages(locale.tag) {
            // A message that is nothing but the number or the address is the value itself;
            // where it is put into a sentence, that sentence isolates it.
            let whole = m.text.trim();
            for found in placeable.find_iter(&m.text).chain(
                literal
                    .find_iter(&m.text)
                    .filter(|f| f.as_str().trim() != whole),
            ) {
                let before = m.text[..found.start()].chars().next_back();
                let after = m.text[found.end()..].chars().next();
                let opened = matches!(before, Some('\u{2066}' | '\u{2067}' | '\u{2068}'));
                if !(opened && after == Some('\u{2069}')) {
                    faults.push(format!(
                        "{}/{}.ftl {}: „{}“ is not inside U+2068…U+2069",
                        locale.tag,
                        m.file,
                        m.id,
                        found.as_str()
                    ));
                }
            }
        }
    }
    fail_if_any("unisolated left-to-right runs", &faults);
}

#[test]
fn every_message_has_the_placeables_of_german() {
    let variable = Regex::new(r"\{ *\$([a-z_-]+)").expect("regex");
    let vars = |tag: &str| -> BTreeMap<String, BTreeSet<String>> {
        messages(tag)
            .into_iter()
            .map(|m| {
                let set = variable
                    .captures_iter(&m.text)
                    .map(|c| c[1].to_owned())
                    .collect();
                (m.id, set)
            })
            .collect()
    };
    let german = vars(DEFAULT_LOCALE);
    let mut faults = Vec::new();
    for locale in LOCALES.iter().skip(1) {
        for (id, set) in vars(locale.tag) {
            if let Some(reference) = german.get(&id) {
                if *reference != set {
                    faults.push(format!(
                        "{} {id}: {set:?}, German has {reference:?}",
                        locale.tag
                    ));
                }
            }
        }
    }
    fail_if_any("placeables differ from German", &faults);
}

/// The readable sentences of a message: selector syntax left out, placeables as one word.
fn sentences(text: &str) -> Vec<String> {
    let selector = Regex::new(r"^\s*\*?\[[^\]]*\]\s*").expect("regex");
    let placeable = Regex::new(r"\{[^}]*\}").expect("regex");
    let mut prose = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.ends_with("->") || line == "}" {
            continue;
        }
        let line = selector.replace(line, "");
        prose.push_str(&placeable.replace_all(&line, "X"));
        prose.push('\n');
    }
    prose
        .split(['.', '!', '?', ':', '\n'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn leichte_sprache_keeps_its_rules() {
    let tag = "de-x-leicht";
    let hyphen_words: BTreeSet<String> = locale_terms(tag)
        .get("hyphen-words")
        .and_then(|h| h.as_array())
        .map(|h| {
            h.iter()
                .filter_map(|w| w.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let number_word =
        Regex::new(r"(?i)\b(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b")
            .expect("regex");
    let hyphenated = Regex::new(r"[\w‑-]*\p{L}[‑-]\p{L}[\w‑-]*").expect("regex");
    let mut faults = Vec::new();
    for m in messages(tag) {
        let at = format!("{tag}/{}.ftl {}", m.file, m.id);
        if m.text.contains("*in") {
            faults.push(format!("{at}: gender star"));
        }
        if let Some(n) = number_word.find(&m.text) {
            faults.push(format!("{at}: number as a word „{}“", n.as_str()));
        }
        for h in hyphenated.find_iter(&m.text) {
            if !m.text.contains("://") && !hyphen_words.contains(h.as_str()) {
                faults.push(format!(
                    "{at}: „{}“ split with a hyphen (use ·)",
                    h.as_str()
                ));
            }
        }
        for s in sentences(&m.text) {
            let words = s.split_whitespace().count();
            if words > 15 {
                faults.push(format!("{at}: {words} words: „{s}“"));
            }
        }
    }
    fail_if_any("Leichte Sprache", &faults);
}

/// The Debian hunspell dictionary each locale is spelt against.
fn dictionary(tag: &str) -> &'static str {
    match tag {
        "de" | "de-x-leicht" => "de_DE",
        "en" => "en_GB",
        "tr" => "tr_TR",
        "ar" => "ar",
        "ru" => "ru_RU",
        "uk" => "uk_UA",
        "pl" => "pl_PL",
        other => panic!("no dictionary chosen for {other}"),
    }
}

/// The words of a locale's messages, as a reader sees them: placeables (and a Turkish suffix
/// glued to one), addresses and selector keys left out, Leichte Sprache's middle dots and soft
/// hyphens joined, words with digits (codes) skipped.
fn words(tag: &str) -> BTreeSet<String> {
    let noise = Regex::new(
        r"\{[^}]*\}['’]?\p{L}*|https?://\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?m)^\s*\*?\[[^\]]*\]",
    )
    .expect("regex");
    let mut found = BTreeSet::new();
    for m in messages(tag) {
        let text = noise.replace_all(&m.text, " ").replace(['·', '\u{ad}'], "");
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
            let word = word.trim_matches(['\'', '’']);
            // Turkish joins a suffix to a name with an apostrophe (Norderstedt'te): the name
            // is the word to check.
            let word = match tag {
                "tr" => word.split(['\'', '’']).next().unwrap_or(word),
                _ => word,
            };
            if word.chars().count() > 1 && !word.chars().any(|c| c.is_numeric()) {
                found.insert(word.to_owned());
            }
        }
    }
    found
}

/// Spelling with Debian's hunspell dictionaries, less each locale's accepted words
/// (`i18n/spelling/<tag>.txt`: names, terms, the log's field names). Without hunspell or a
/// dictionary the check says so and stops, unless `TEILHABE_REQUIRE_SPELLING=1` (set by
/// `scripts/test.sh`), where that is a failure.
#[test]
fn every_locale_is_spelt_right() {
    let required = std::env::var("TEILHABE_REQUIRE_SPELLING").is_ok_and(|v| v == "1");
    let mut faults = Vec::new();
    for locale in LOCALES {
        let dict = dictionary(locale.tag);
        let available = Path::new("/usr/share/hunspell")
            .join(format!("{dict}.dic"))
            .exists()
            && std::process::Command::new("hunspell")
                .arg("-v")
                .output()
                .is_ok();
        if !available {
            assert!(
                !required,
                "{}: hunspell or its {dict} dictionary is missing (scripts/tools.sh installs them)",
                locale.tag
            );
            eprintln!(
                "SPELLING NOT CHECKED for {}: hunspell or /usr/share/hunspell/{dict}.dic is missing",
                locale.tag
            );
            continue;
        }
        let accepted_file = dir().join("spelling").join(format!("{}.txt", locale.tag));
        let accepted: BTreeSet<String> = std::fs::read_to_string(&accepted_file)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        let input: String = words(locale.tag).into_iter().map(|w| w + "\n").collect();
        let mut child = std::process::Command::new("hunspell")
            .args(["-d", dict, "-l", "-i", "UTF-8"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("hunspell starts");
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("hunspell's stdin");
            stdin
                .write_all(input.as_bytes())
                .expect("words to hunspell");
        }
        let output = child.wait_with_output().expect("hunspell ends");
        let unknown: BTreeSet<String> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(str::to_owned)
            .filter(|w| !accepted.contains(w))
            .collect();
        if !unknown.is_empty() {
            faults.push(format!(
                "{} ({dict}; accept names and terms in {}): {}",
                locale.tag,
                accepted_file.display(),
                unknown.into_iter().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    fail_if_any("spelling", &faults);
}

#[test]
fn the_arabic_confirmation_shows_the_phone_number_and_code_isolated() {
    // As frontend/src/pages/confirmation.rs and the staff app's code panel render them.
    let ar = loader("ar");
    let phone = format(&ar, "help-phone-number", &[]);
    let help = format(
        &ar,
        "confirm-print-help",
        &[("phone", phone.clone().into())],
    );
    assert!(
        help.contains(&format!("\u{2068}{phone}\u{2069}")),
        "{help:?}"
    );
    let calendar = format(
        &ar,
        "confirm-calendar-description",
        &[("code", "K7P-4WM".into()), ("phone", phone.clone().into())],
    );
    assert!(
        calendar.contains("\u{2068}K7P-4WM\u{2069}")
            && calendar.contains(&format!("\u{2068}{phone}\u{2069}")),
        "{calendar:?}"
    );
}

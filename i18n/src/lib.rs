//! Teilhabe's translations: one folder of Fluent files per locale, embedded in the binary.
//!
//! Each locale folder holds one `.ftl` file per area (`common.ftl`, `finder.ftl`, …); the
//! German folder is the reference and every other locale mirrors its message ids.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

pub use i18n_embed::fluent::FluentLanguageLoader as Loader;

/// The Fluent domain; i18n-embed asks for `{locale}/{DOMAIN}.ftl`.
const DOMAIN: &str = "teilhabe";

#[derive(RustEmbed)]
#[folder = "."]
#[include = "*/*.ftl"]
struct Files;

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, also the folder name under `i18n/` and the value of `<html lang>`.
    pub tag: &'static str,
    /// The language's own name, shown in the language switch.
    pub native_name: &'static str,
    pub right_to_left: bool,
}

/// German first: the reference and the fallback for anything missing.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "de",
        native_name: "Deutsch",
        right_to_left: false,
    },
    Locale {
        tag: "en",
        native_name: "English",
        right_to_left: false,
    },
];

pub const DEFAULT_LOCALE: &str = "de";

/// Finds a supported locale by its tag, ignoring case and region (`en-GB` → `en`).
pub fn find_locale(tag: &str) -> Option<&'static Locale> {
    let tag = tag.trim().to_ascii_lowercase();
    LOCALES.iter().find(|l| l.tag == tag).or_else(|| {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        LOCALES.iter().find(|l| l.tag == primary)
    })
}

/// Serves all `.ftl` files of a locale folder as the one file i18n-embed asks for.
struct AreaFiles;

impl I18nAssets for AreaFiles {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some((folder, _)) = file_path.split_once('/') else {
            return Vec::new();
        };
        let prefix = format!("{folder}/");
        let mut names: Vec<_> = Files::iter().filter(|n| n.starts_with(&prefix)).collect();
        names.sort();
        names
            .into_iter()
            .filter_map(|n| Files::get(&n).map(|f| f.data))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String>> {
        Box::new(Files::iter().map(|n| n.to_string()))
    }
}

/// A loader for `tag` (falling back to German for any message a locale lacks).
pub fn loader(tag: &str) -> FluentLanguageLoader {
    let fallback: LanguageIdentifier = DEFAULT_LOCALE.parse().expect("valid default tag");
    let loader = FluentLanguageLoader::new(DOMAIN, fallback.clone());
    let tag = find_locale(tag).map_or(DEFAULT_LOCALE, |l| l.tag);
    let wanted: LanguageIdentifier = tag.parse().unwrap_or(fallback);
    if let Err(err) = loader.load_languages(&AreaFiles, &[wanted]) {
        // Only reachable if the embedded German files are missing, which the tests rule out.
        panic!("translations could not be loaded: {err}");
    }
    // Bidi isolation marks would end up in ARIA names and copied codes; `dir` on the page
    // already sets the direction. (Set after loading: loading replaces the bundles.)
    loader.set_use_isolating(false);
    loader
}

/// Formats a message with named arguments, e.g. `format(&l, "seats-left", &[("count", 3.into())])`.
pub fn format(loader: &FluentLanguageLoader, id: &str, args: &[(&str, Arg)]) -> String {
    if args.is_empty() {
        return loader.get(id);
    }
    let mut fluent_args = fluent::FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, s.clone()),
            Arg::Number(n) => fluent_args.set(*name, *n),
        }
    }
    loader.get_args_fluent(id, Some(&fluent_args))
}

/// An argument to a message: text or a number (numbers choose plural forms).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

/// Message ids defined in one locale's files (terms starting with `-` included).
pub fn message_ids(tag: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for file in AreaFiles.get_files(&format!("{tag}/{DOMAIN}.ftl")) {
        let text = String::from_utf8_lossy(&file).into_owned();
        for line in text.lines() {
            let Some((head, _)) = line.split_once('=') else {
                continue;
            };
            let id = head.trim_end();
            let starts_ok = id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            if starts_ok
                && !line.starts_with([' ', '\t'])
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                ids.push(id.to_owned());
            }
        }
    }
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;

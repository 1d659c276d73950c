//! Teilhabe's translations: one folder of Fluent files per locale, loaded with i18n-embed.
//!
//! Each locale folder holds one `.ftl` file per area (`common.ftl`, `residents.ftl`, …); the
//! German folder is the reference and every other locale mirrors its files and message ids.
//!
//! The server and the tests embed every locale. The browser build embeds German only (the
//! fallback, shown at once): the other locales cost download size for everyone, so the
//! frontend fetches the current locale's files at run time (Trunk copies them to
//! `dist/i18n/<tag>/`) and hands them to [`loader_from_files`].
//!
//! `staff.ftl` holds the staff app's texts (programme office and ambassadors). The residents'
//! browser build neither embeds nor fetches it (it is not among its [`file_names`]); the staff
//! app's build turns on the `staff` feature, which embeds it.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use unic_langid::LanguageIdentifier;

pub use i18n_embed::fluent::FluentLanguageLoader as Loader;

/// The Fluent domain; i18n-embed asks for `{language id}/{DOMAIN}.ftl`.
const DOMAIN: &str = "teilhabe";

#[derive(RustEmbed)]
#[folder = "."]
#[cfg_attr(target_arch = "wasm32", include = "de/*.ftl")]
// E-mails and call scripts are the server's: no browser build carries them.
#[cfg_attr(target_arch = "wasm32", exclude = "*/mail.ftl")]
#[cfg_attr(
    all(target_arch = "wasm32", not(feature = "staff")),
    exclude = "*/staff*.ftl"
)]
// The ideas store's texts: only the builds that show it (the residents' ideas bundle, the staff
// app) carry them; the residents' main bundle links to the store and leaves them out.
#[cfg_attr(
    all(target_arch = "wasm32", not(feature = "ideas")),
    exclude = "*/ideas-public.ftl"
)]
#[cfg_attr(not(target_arch = "wasm32"), include = "*/*.ftl")]
struct Files;

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag: the folder under `i18n/` and the choice remembered in the browser.
    pub tag: &'static str,
    /// The `lang` attribute of pages in this locale, also used to pick a voice for reading
    /// aloud. It differs from `tag` only for Leichte Sprache, which is German: screen readers
    /// and speech synthesis choose their German voice for `de`, but may not for the
    /// private-use tag `de-x-leicht`.
    pub lang: &'static str,
    /// The language's own name, shown in the language switch.
    pub native_name: &'static str,
    pub right_to_left: bool,
}

impl Locale {
    /// The identifier Fluent knows the locale by. unic-langid has no private-use subtags, so
    /// `de-x-leicht` becomes `de-leicht` (German with the variant `leicht`): plural rules and
    /// number formats then follow German.
    pub fn language_id(&self) -> LanguageIdentifier {
        self.tag
            .replace("-x-", "-")
            .parse()
            .expect("every tag in LOCALES is a valid language identifier")
    }
}

/// German first: the reference and the fallback for anything missing.
pub const LOCALES: &[Locale] = &[
    Locale {
        tag: "de",
        lang: "de",
        native_name: "Deutsch",
        right_to_left: false,
    },
    Locale {
        tag: "de-x-leicht",
        lang: "de",
        native_name: "Leichte Sprache",
        right_to_left: false,
    },
    Locale {
        tag: "en",
        lang: "en",
        native_name: "English",
        right_to_left: false,
    },
    Locale {
        tag: "tr",
        lang: "tr",
        native_name: "Türkçe",
        right_to_left: false,
    },
    Locale {
        tag: "ar",
        lang: "ar",
        native_name: "العربية",
        right_to_left: true,
    },
    Locale {
        tag: "ru",
        lang: "ru",
        native_name: "Русский",
        right_to_left: false,
    },
    Locale {
        tag: "uk",
        lang: "uk",
        native_name: "Українська",
        right_to_left: false,
    },
    Locale {
        tag: "pl",
        lang: "pl",
        native_name: "Polski",
        right_to_left: false,
    },
];

pub const DEFAULT_LOCALE: &str = "de";

/// The reference locale, German.
pub fn default_locale() -> &'static Locale {
    &LOCALES[0]
}

/// Finds a supported locale by its tag, ignoring case and region (`en-GB` → `en`).
pub fn find_locale(tag: &str) -> Option<&'static Locale> {
    let tag = tag.trim().to_ascii_lowercase();
    LOCALES.iter().find(|l| l.tag == tag).or_else(|| {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        LOCALES.iter().find(|l| l.tag == primary)
    })
}

/// The names of the area files every locale has (`common.ftl`, …), in loading order: the
/// order of their names, which is how rust-embed lists them (it binary-searches that list).
pub fn file_names() -> Vec<String> {
    let prefix = format!("{DEFAULT_LOCALE}/");
    Files::iter()
        .filter_map(|n| n.strip_prefix(&prefix).map(str::to_owned))
        .collect()
}

/// The embedded files of one locale folder, in loading order.
fn embedded(folder: &str) -> Vec<Cow<'static, [u8]>> {
    let prefix = format!("{folder}/");
    Files::iter()
        .filter(|n| n.starts_with(&prefix))
        .filter_map(|n| Files::get(&n).map(|f| f.data))
        .collect()
}

/// Serves a locale's area files as the one file i18n-embed asks for: the embedded ones,
/// or the texts the browser fetched for one locale.
struct AreaFiles<'a> {
    fetched: Option<(&'static Locale, &'a [String])>,
}

impl I18nAssets for AreaFiles<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some((id, _)) = file_path.split_once('/') else {
            return Vec::new();
        };
        let Ok(id) = id.parse::<LanguageIdentifier>() else {
            return Vec::new();
        };
        let Some(locale) = LOCALES.iter().find(|l| l.language_id() == id) else {
            return Vec::new();
        };
        match self.fetched {
            Some((fetched, texts)) if fetched == locale => {
                texts.iter().map(|t| Cow::Borrowed(t.as_bytes())).collect()
            }
            _ => embedded(locale.tag),
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String>> {
        Box::new(Files::iter().map(|n| n.to_string()))
    }
}

fn load(locale: &'static Locale, assets: &AreaFiles) -> FluentLanguageLoader {
    let fallback = default_locale().language_id();
    let loader = FluentLanguageLoader::new(DOMAIN, fallback);
    // Fails only if the embedded German files are missing, which the tests rule out. (The
    // error is not formatted: its Display code would be shipped to every browser.)
    let loaded = loader.load_languages(assets, &[locale.language_id()]);
    assert!(
        loaded.is_ok(),
        "the embedded German translations are missing"
    );
    // Bidi isolation marks would end up in ARIA names and copied codes; `dir` on the page
    // already sets the direction. (Set after loading: loading replaces the bundles.)
    loader.set_use_isolating(false);
    loader
}

/// A loader for `tag` from the embedded files, falling back to German for any message a
/// locale lacks (in the browser build, that is every message of a locale other than German).
pub fn loader(tag: &str) -> FluentLanguageLoader {
    let locale = find_locale(tag).unwrap_or(default_locale());
    load(locale, &AreaFiles { fetched: None })
}

/// A loader for `locale` from the texts of its area files (in [`file_names`] order), with the
/// embedded German as the fallback.
pub fn loader_from_files(locale: &'static Locale, texts: &[String]) -> FluentLanguageLoader {
    load(
        locale,
        &AreaFiles {
            fetched: Some((locale, texts)),
        },
    )
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
    for file in embedded(tag) {
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

#[cfg(test)]
mod staff_tests;

#[cfg(test)]
mod checks;

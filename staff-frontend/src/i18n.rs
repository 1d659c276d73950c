//! The interface language: chosen once (the same choice as in the residents' app), remembered,
//! and offered to every component.
//!
//! German, with the staff texts, is built into this app. Any other locale's Fluent files are
//! fetched from `/staff/i18n/<tag>/` when chosen (Trunk copies them there), German staying the
//! fallback for anything that cannot be fetched.

use crate::api;
use gloo_storage::{LocalStorage, Storage};
use std::rc::Rc;
use teilhabe_i18n::{Arg, Loader, Locale};
use yew::prelude::*;

/// Shared with the residents' app: one choice of language for the whole site.
const STORAGE_KEY: &str = "teilhabe.locale";

/// The current locale and its translations.
#[derive(Clone)]
pub struct I18n {
    pub locale: &'static Locale,
    loader: Rc<Loader>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.locale.tag == other.locale.tag
    }
}

impl I18n {
    /// German, from the files built into the app.
    pub fn german() -> Self {
        let locale = teilhabe_i18n::default_locale();
        Self {
            locale,
            loader: Rc::new(teilhabe_i18n::loader(locale.tag)),
        }
    }

    /// The locale remembered from an earlier visit, else the browser's, else German.
    pub fn wanted() -> &'static Locale {
        let remembered: Option<String> = LocalStorage::get(STORAGE_KEY).ok();
        let browser = web_sys::window().and_then(|w| w.navigator().language());
        remembered
            .or(browser)
            .and_then(|tag| teilhabe_i18n::find_locale(&tag))
            .unwrap_or(teilhabe_i18n::default_locale())
    }

    /// Loads `locale`: German at once, any other by fetching its files (all requests started
    /// together). If they cannot be fetched, the interface stays German.
    pub async fn load(locale: &'static Locale) -> Self {
        if locale == teilhabe_i18n::default_locale() {
            return Self::german();
        }
        let pending: Vec<_> = teilhabe_i18n::file_names()
            .into_iter()
            .map(|name| api::start("GET", &format!("/staff/i18n/{}/{name}", locale.tag), None))
            .collect();
        let mut texts = Vec::with_capacity(pending.len());
        for request in pending {
            match fluent_text(request).await {
                Some(text) => texts.push(text),
                None => return Self::german(),
            }
        }
        Self {
            locale,
            loader: Rc::new(teilhabe_i18n::loader_from_files(locale, &texts)),
        }
    }

    /// Remembers the choice and sets the page's `lang` and `dir`.
    pub fn remember(&self) {
        let _ = LocalStorage::set(STORAGE_KEY, self.locale.tag);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", self.locale.lang);
            let dir = if self.locale.right_to_left {
                "rtl"
            } else {
                "ltr"
            };
            let _ = root.set_attribute("dir", dir);
        }
    }

    /// The message `id` in the current language.
    pub fn t(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// Whether the current language (or German) has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }

    /// A number with one decimal, written with the current language's decimal sign.
    pub fn decimal(&self, value: f64) -> String {
        let text = format!("{value:.1}");
        if matches!(self.locale.lang, "en" | "ar") {
            text
        } else {
            text.replace('.', ",")
        }
    }

    /// The message `id` with arguments, e.g. `("count", 3.into())`.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        teilhabe_i18n::format(&self.loader, id, args)
    }
}

/// The body of a Fluent file, or `None` when the server answers anything else (the app's own
/// `index.html` comes back for a path that does not exist).
async fn fluent_text(request: Option<js_sys::Promise>) -> Option<String> {
    let (response, text) = api::finish(request).await?;
    let is_html = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.contains("html"));
    (response.ok() && !is_html).then_some(text)
}

/// The locale in use and a way to change it.
#[derive(Clone, PartialEq)]
pub struct LocaleContext {
    pub i18n: I18n,
    pub set_locale: Callback<&'static str>,
}

/// Translations for the component that calls it.
#[hook]
pub fn use_t() -> I18n {
    use_context::<LocaleContext>()
        .map(|c| c.i18n)
        .unwrap_or_else(I18n::german)
}

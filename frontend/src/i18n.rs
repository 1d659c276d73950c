//! The interface language: chosen once, remembered, and offered to every component.

use gloo_storage::{LocalStorage, Storage};
use std::rc::Rc;
use teilhabe_i18n::{Arg, Loader, Locale};
use yew::prelude::*;

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
    pub fn new(tag: &str) -> Self {
        let locale = teilhabe_i18n::find_locale(tag).unwrap_or(&teilhabe_i18n::LOCALES[0]);
        Self {
            locale,
            loader: Rc::new(teilhabe_i18n::loader(locale.tag)),
        }
    }

    /// The locale remembered from an earlier visit, else the browser's, else German.
    pub fn initial() -> Self {
        let remembered: Option<String> = LocalStorage::get(STORAGE_KEY).ok();
        let browser = web_sys::window().and_then(|w| w.navigator().language());
        let tag = remembered
            .or(browser)
            .unwrap_or_else(|| teilhabe_i18n::DEFAULT_LOCALE.to_owned());
        Self::new(&tag)
    }

    pub fn remember(&self) {
        let _ = LocalStorage::set(STORAGE_KEY, self.locale.tag);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", self.locale.tag);
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

    /// The message `id` with arguments, e.g. `("count", 3.into())`.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        teilhabe_i18n::format(&self.loader, id, args)
    }
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
        .unwrap_or_else(|| I18n::new(teilhabe_i18n::DEFAULT_LOCALE))
}

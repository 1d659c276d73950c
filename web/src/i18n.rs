//! The interface language: chosen once (one choice for the whole site, both apps), remembered,
//! and offered to every component: each app provides [`use_locale`]'s context, pages call
//! [`use_t`].
//!
//! German is built into each app. Any other locale's Fluent files are fetched from
//! `<files>/<tag>/` when it is chosen (see `teilhabe_i18n` for why; Trunk copies them next to
//! each app), and German stays the fallback for anything that cannot be fetched.

use crate::api;
use gloo_storage::{LocalStorage, Storage};
use std::rc::Rc;
use teilhabe_i18n::{Arg, Loader, Locale};
use yew::prelude::*;

/// Shared by both apps: one choice of language for the whole site.
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

    /// Loads `locale`: German at once, any other by fetching its files from `files`
    /// (`/i18n`, `/staff/i18n`). If they cannot be fetched, the interface stays German rather
    /// than showing nothing.
    pub async fn load(locale: &'static Locale, files: &str) -> Self {
        if locale == teilhabe_i18n::default_locale() {
            return Self::german();
        }
        // All requests start at once (a fetch begins when called); each one awaited in turn
        // would delay the first page by a round trip.
        let pending: Vec<_> = teilhabe_i18n::file_names()
            .into_iter()
            .map(|name| {
                api::start(
                    "GET",
                    &format!("{files}/{}/{name}", locale.tag),
                    None,
                    None,
                    None,
                )
            })
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

    /// The message `id` with arguments, e.g. `("count", 3.into())`.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        teilhabe_i18n::format(&self.loader, id, args)
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
}

/// The body of a Fluent file, or `None` when the server answers anything else (the app's
/// own `index.html` comes back for a path that does not exist).
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

/// The language of the app, to be provided as a [`LocaleContext`] (yew's `contexts` example):
/// German at once, another remembered or chosen locale once its files have arrived from
/// `files` (`/i18n`, `/staff/i18n`); `None` until then, so no page flashes in German first.
/// (A hook rather than a provider component: one component less in the residents' download.)
#[hook]
pub fn use_locale(files: &'static str) -> Option<LocaleContext> {
    let i18n = use_state(|| (I18n::wanted() == teilhabe_i18n::default_locale()).then(I18n::german));
    // The latest choice wins, even if an earlier one arrives later.
    let requested = use_mut_ref(|| "");
    let set_locale = {
        let i18n = i18n.clone();
        Callback::from(move |tag: &'static str| {
            let Some(locale) = teilhabe_i18n::find_locale(tag) else {
                return;
            };
            *requested.borrow_mut() = locale.tag;
            let (i18n, requested) = (i18n.clone(), requested.clone());
            yew::platform::spawn_local(async move {
                let loaded = I18n::load(locale, files).await;
                if *requested.borrow() == locale.tag {
                    i18n.set(Some(loaded));
                }
            });
        })
    };
    {
        let set_locale = set_locale.clone();
        use_effect_with(i18n.is_none(), move |missing| {
            if *missing {
                set_locale.emit(I18n::wanted().tag);
            }
        });
    }
    {
        let tag = i18n.as_ref().map(|i| i.locale.tag);
        let i18n = i18n.clone();
        use_effect_with(tag, move |_| {
            if let Some(i18n) = &*i18n {
                i18n.remember();
            }
        });
    }
    let current = (*i18n).clone()?;
    Some(LocaleContext {
        i18n: current,
        set_locale,
    })
}

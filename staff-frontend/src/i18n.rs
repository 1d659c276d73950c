//! The interface language: the shared crate's (`teilhabe_web::i18n`), the same choice as in the
//! residents' app. German, with the staff texts, is built into this app; the other locales'
//! Fluent files are fetched from `/staff/i18n/<tag>/` (Trunk copies them there).

pub use teilhabe_web::i18n::{use_t, I18n, LocaleProvider};

/// Where the other locales' Fluent files are fetched from.
pub const FILES: &str = "/staff/i18n";

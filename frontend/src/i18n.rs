//! The interface language: the shared crate's (`teilhabe_web::i18n`); this app's Fluent files
//! are served under `/i18n/`.

pub use teilhabe_web::i18n::{use_t, I18n, LocaleContext};

/// Where the other locales' Fluent files are fetched from.
pub const FILES: &str = "/i18n";

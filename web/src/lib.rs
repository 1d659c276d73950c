//! What Teilhabe's two Yew apps share: the residents' app (`frontend/`) and the staff app
//! (`staff-frontend/`) each build on these parts and keep only their own pages here.
//!
//! - [`i18n`]: the interface language (`use_locale`, `use_t`);
//! - [`settings`]: text size, contrast and motion;
//! - [`router`]: a small router over each app's own `Route` enum;
//! - [`api`]: the fetch client and [`api::ApiFailure`];
//! - [`load`]: `use_fetch`, `use_load`, `use_sending` and what shows while data comes;
//! - [`format`]: dates and times in words;
//! - [`ideas`]: the ideas store's fields of action, states and titles in words;
//! - [`components`]: the page heading, the error summary, the text field, the settings panel.
//!
//! Everything here is generic or small: the linker keeps only what an app calls, so the
//! residents' download does not carry what only the staff app uses.

pub mod api;
pub mod components;
pub mod format;
pub mod i18n;
pub mod ideas;
pub mod load;
pub mod router;
pub mod settings;

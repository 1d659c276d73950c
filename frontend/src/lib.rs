//! Teilhabe's residents' web frontend: a Yew app compiled to WebAssembly. A library, so that
//! the residents' ideas bundle (`ideas-frontend/`) draws its pages in the same frame, with the
//! same settings, routes and form parts; each bundle links only what it uses.

pub mod api;
pub mod app;
pub mod calendar;
pub mod components;
pub mod draft;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod router;
pub mod settings;
pub mod speech;

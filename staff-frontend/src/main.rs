//! Teilhabe's staff app: the programme office and the ambassadors, and the public application
//! to become an ambassador. A Yew app of its own (served under `/staff/`), so that none of it
//! weighs on the residents' download.

mod api;
mod app;
mod auth;
mod components;
mod form;
mod format;
mod i18n;
mod pages;
mod router;
mod settings;

fn main() {
    yew::Renderer::<app::App>::new().render();
}

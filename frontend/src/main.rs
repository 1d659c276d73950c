//! Teilhabe's web frontend: a Yew app compiled to WebAssembly.

mod api;
mod app;
mod calendar;
mod components;
mod draft;
mod format;
mod i18n;
mod pages;
mod router;
mod settings;
mod speech;

fn main() {
    yew::Renderer::<app::App>::new().render();
}

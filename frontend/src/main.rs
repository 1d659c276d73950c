//! Teilhabe's web frontend: a Yew app compiled to WebAssembly.

fn main() {
    yew::Renderer::<teilhabe_frontend::app::App>::new().render();
}

//! A labelled text input (one line or several): the shared one
//! (`teilhabe_web::components::text_field`), drawn by a function rather than a component.

pub use teilhabe_web::components::text_field::TextField;

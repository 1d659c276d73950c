//! How a person likes the pages shown: the shared crate's (`teilhabe_web::settings`).

pub use teilhabe_web::settings::*;

//! Text size and contrast: the shared crate's (`teilhabe_web::settings`), the same stored choice
//! as in the residents' app.

pub use teilhabe_web::settings::*;

//! Data a page fetches, and what shows while it comes or when it cannot: the shared crate's
//! (`teilhabe_web::load`).

pub use teilhabe_web::load::{use_load, Load, LoadStatus};

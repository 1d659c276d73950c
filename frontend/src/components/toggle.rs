//! Large on/off buttons (`aria-pressed`) in labelled groups: the shared ones
//! (`teilhabe_web::components::toggle`), for the course finder's filters.

pub use teilhabe_web::components::toggle::{toggle, toggle_group};

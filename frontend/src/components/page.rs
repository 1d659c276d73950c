//! Every page's heading: the shared one (`teilhabe_web::components::page`), with this app's
//! name at the end of the document title.

use teilhabe_web::components::page;

/// The residents' site.
pub struct Residents;

impl page::Site for Residents {
    const TITLE_SUFFIX: &'static str = "app-title-suffix";
}

pub type Heading = page::Heading<Residents>;

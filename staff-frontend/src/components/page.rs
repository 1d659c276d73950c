//! Every page's heading: the shared one (`teilhabe_web::components::page`), with the staff
//! site's name at the end of the document title.

use teilhabe_web::components::page;

pub use page::focus_by_id;

/// The staff site.
pub struct Staff;

impl page::Site for Staff {
    const TITLE_SUFFIX: &'static str = "staff-title-suffix";
}

pub type Heading = page::Heading<Staff>;

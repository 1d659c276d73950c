//! The error summary at the top of a form: the shared one
//! (`teilhabe_web::components::error_summary`), whose links to other questions go to this
//! app's routes.

use crate::app::Route;
use teilhabe_web::components::error_summary;

pub use error_summary::ShownError;

pub type ErrorSummary = error_summary::ErrorSummary<Route>;

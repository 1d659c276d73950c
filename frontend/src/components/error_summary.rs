//! The error summary at the top of a question page: the shared one
//! (`teilhabe_web::components::error_summary`).

use crate::app::Route;
use teilhabe_web::components::error_summary;

pub use error_summary::{failure_errors, ShownError};

pub type ErrorSummary = error_summary::ErrorSummary<Route>;

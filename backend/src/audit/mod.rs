//! The auditors' view of the log: events with personal data pseudonymised, and the council's
//! report recomputed from the events up to any instant ("as of"), so a report taken at T and
//! one replayed later for T are the same.

mod csv;
mod export;
mod report;
#[cfg(test)]
mod tests;
mod view;

pub use crate::store::log_time;
pub use csv::report_csv;
pub use export::{export_line, parse_export_line};
pub use report::{report_as_of, report_reproducible, ReportError};
pub use view::{audit_view, pseudonym, pseudonymise};

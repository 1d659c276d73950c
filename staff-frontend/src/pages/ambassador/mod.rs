//! The ambassadors' area: the dashboard, logging outreach, registering a resident, accepting
//! new principles, workshops, and pausing or retiring.

pub mod dashboard;
pub mod outreach;
pub mod principles;
pub mod register;
pub mod status;
pub mod workshop;

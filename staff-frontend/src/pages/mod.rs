//! One module per page; the ambassadors' application, the ambassadors' area and the office's
//! area in folders of their own.

pub mod ambassador;
pub mod apply;
pub mod auditor;
pub mod calls;
pub mod door;
pub mod home;
pub mod ideas;
pub mod login;
pub mod not_found;
pub mod office;
pub mod set_password;
pub mod steps;

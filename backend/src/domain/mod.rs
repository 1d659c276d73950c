//! Business rules, one folder per aggregate; no HTTP, no SQL, no clock read directly.

pub mod clock;
pub mod session;

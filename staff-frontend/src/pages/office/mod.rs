//! The programme office's area: the overview, applications, sessions with their rosters, phone
//! registrations and new accounts.

pub mod account;
pub mod applications;
pub mod change;
pub mod demand;
pub mod ideas;
pub mod letter;
pub mod overview;
pub mod phone;
pub mod plan;
pub mod roster;
pub mod sessions;

use teilhabe_events::staff_api::SessionFill;

/// How full a session is, in percent of its seats (0 for a session without seats).
pub fn fill_percent(fill: &SessionFill) -> u32 {
    match fill.session.capacity {
        0 => 0,
        capacity => (fill.confirmed * 100 + capacity / 2) / capacity,
    }
}

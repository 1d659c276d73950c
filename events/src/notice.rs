//! Why a message goes out to a resident or an applicant: the outbox's kinds, the call list's
//! and the office's letters. The kebab-case name is the middle of the message ids
//! (`mail-booking-confirmed-subject`, `call-booking-promoted`, `office-letter-kind-…`).

use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Notice {
    BookingConfirmed,
    BookingWaitlisted,
    BookingPromoted,
    SessionRescheduled,
    SessionCancelled,
    ApplicationApproved,
    ApplicationDeclined,
    /// Written by the reminder job, not by an event: the session starts soon.
    SessionReminder,
    /// A planned session fits an interest on the interest list (`InterestNotified`).
    InterestMatched,
}

impl Notice {
    pub const ALL: [Notice; 9] = [
        Notice::SessionReminder,
        Notice::BookingConfirmed,
        Notice::BookingWaitlisted,
        Notice::BookingPromoted,
        Notice::SessionRescheduled,
        Notice::SessionCancelled,
        Notice::ApplicationApproved,
        Notice::ApplicationDeclined,
        Notice::InterestMatched,
    ];

    /// The kebab-case name, as serde writes it (read from serde, so the names are written once).
    pub fn slug(self) -> String {
        crate::serde_name(&self)
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.slug() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::Notice;

    #[test]
    fn the_slug_is_what_serde_writes_and_parses_back() {
        for notice in Notice::ALL {
            let json = serde_json::to_string(&notice).unwrap();
            assert_eq!(json, format!("\"{}\"", notice.slug()));
            assert_eq!(Notice::parse(&notice.slug()), Some(notice));
        }
        assert_eq!(Notice::parse("booking"), None);
    }
}

//! What the running application holds: the store, the command buses, the read models and the
//! services around them. Built once by [`crate::startup`]; the HTTP handlers, the application
//! services ([`crate::app`]) and the background tasks take it, or the part of it they need.
//!
//! This module depends on the parts it holds and on nothing that uses it, so the layers above
//! (http, app, startup) import it and none of them is imported back.

use crate::auth::Auth;
use crate::commands::CommandBus;
use crate::domain::account::Account;
use crate::domain::ambassador::Ambassador;
use crate::domain::clock::Clock;
use crate::domain::idea::Idea;
use crate::domain::interest::Interest;
use crate::domain::principles::Principles;
use crate::domain::session::Session;
use crate::limits::WindowLimit;
use crate::mail::{Outbox, Sources};
use crate::personal::Keyring;
use crate::projections::interests::Interests;
use crate::projections::staff::Staff;
use crate::projections::{Catalogue, Projector, ReadDb};
use crate::store::EventStore;
use axum::extract::FromRef;
use std::sync::Arc;

/// Limits on what one address may do on the public API.
#[derive(Clone)]
pub struct PublicLimits {
    /// Booking-code look-ups that found nothing (guesses).
    pub code_misses: WindowLimit,
    pub registrations: WindowLimit,
    /// Ambassador applications.
    pub applications: WindowLimit,
    pub trust_proxy: bool,
    /// IPv6 addresses count by this many leading bits.
    pub ipv6_prefix: u8,
}

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The event store as the application uses it: personal data sealed and opened.
    pub store: Arc<dyn EventStore>,
    /// The log as stored, personal data sealed: for the hash chain and the export.
    pub log: Arc<dyn EventStore>,
    /// The per-person keys (crypto-shredding).
    pub keys: Arc<Keyring>,
    /// The database of the read models and the keys.
    pub read_db: ReadDb,
    pub commands: Arc<CommandBus<Session>>,
    pub accounts: Arc<CommandBus<Account>>,
    pub ambassadors: Arc<CommandBus<Ambassador>>,
    pub principles: Arc<CommandBus<Principles>>,
    pub ideas: Arc<CommandBus<Idea>>,
    pub interests: Arc<CommandBus<Interest>>,
    /// The interest list as read (its wishes, whom it told of which session).
    pub interest_list: Interests,
    pub staff: Staff,
    pub auth: Auth,
    pub outbox: Outbox,
    pub limits: PublicLimits,
    pub catalogue: Catalogue,
    pub projector: Arc<Projector>,
    pub clock: Arc<dyn Clock>,
    /// What auditors were shown of the log: heads to check again, instants mapped to positions.
    pub anchors: crate::anchors::Anchors,
}

impl AppState {
    /// What the outbox reads when it composes messages: the sessions, the logins (for the
    /// set-password link of an approval) and the clock.
    pub fn mail_sources(&self) -> Sources {
        Sources {
            catalogue: self.catalogue.clone(),
            auth: self.auth.clone(),
            clock: self.clock.clone(),
        }
    }

    /// The bounded caches' sizes and hit rates, for `/metrics`.
    pub fn cache_stats(&self) -> Vec<crate::cache::CacheStats> {
        vec![
            self.keys.cache_stats(),
            self.commands.cache_stats("session_aggregates"),
            self.accounts.cache_stats("account_aggregates"),
            self.ambassadors.cache_stats("ambassador_aggregates"),
            self.principles.cache_stats("principles_aggregates"),
            self.ideas.cache_stats("idea_aggregates"),
            self.interests.cache_stats("interest_aggregates"),
        ]
    }
}

// Sub-states for handlers that only read one read model (`State<Catalogue>`, `State<Staff>`).
impl FromRef<AppState> for Catalogue {
    fn from_ref(state: &AppState) -> Self {
        state.catalogue.clone()
    }
}

impl FromRef<AppState> for Staff {
    fn from_ref(state: &AppState) -> Self {
        state.staff.clone()
    }
}

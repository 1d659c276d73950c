//! The server's configuration: one typed struct, read once from defaults, environment and flags.

use crate::domain::session::WaitlistLimit;
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Args, Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "TEILHABE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Event store: a sqlite:// file (created if missing) or a postgres:// server.
    #[arg(
        long,
        env = "TEILHABE_DATABASE_URL",
        default_value = "sqlite://data/teilhabe.db"
    )]
    pub database_url: String,

    /// Schedule the demo sessions when the store is empty.
    #[arg(long, env = "TEILHABE_DEMO", default_value = "false", value_parser = parse_flag)]
    pub demo: bool,

    /// Folder with the built frontend (Trunk's `dist/`).
    #[arg(long, env = "TEILHABE_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// SMTP server for e-mail (`smtp://host:port`); without it messages stay in the outbox.
    #[arg(long, env = "TEILHABE_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// The sender of e-mail.
    #[arg(
        long,
        env = "TEILHABE_MAIL_FROM",
        default_value = "Teilhabe Norderstedt <teilhabe@norderstedt.example>"
    )]
    pub mail_from: String,

    /// The address people reach the app at, for links in e-mail.
    #[arg(
        long,
        env = "TEILHABE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,

    /// Booking-code look-ups that find nothing, per address and hour, before further look-ups
    /// are refused (429) for the rest of the hour; 0 = no limit.
    #[arg(long, env = "TEILHABE_CODE_MISSES_PER_HOUR", default_value_t = 10)]
    pub code_misses_per_hour: u32,

    /// Registrations per address and hour on the public form; 0 = no limit.
    #[arg(long, env = "TEILHABE_REGISTRATIONS_PER_HOUR", default_value_t = 60)]
    pub registrations_per_hour: u32,

    /// Ambassador applications per address and hour; 0 = no limit.
    #[arg(long, env = "TEILHABE_APPLICATIONS_PER_HOUR", default_value_t = 10)]
    pub applications_per_hour: u32,

    /// IPv6 clients are counted by network: the leading bits of the address that the limits
    /// per address key on (64: one /64, what one household or server usually gets).
    #[arg(long, env = "TEILHABE_IPV6_PREFIX", default_value_t = 64, value_parser = clap::value_parser!(u8).range(0..=128))]
    pub ipv6_prefix: u8,

    /// The most keys (addresses, accounts) each limit keeps in memory; beyond, the oldest
    /// window is forgotten.
    #[arg(long, env = "TEILHABE_LIMIT_KEYS", default_value_t = 100_000)]
    pub limit_keys: usize,

    /// Personal-data keys kept in memory (the most recently used, a few hundred bytes each);
    /// the others are read from the database when needed.
    #[arg(long, env = "TEILHABE_KEY_CACHE", default_value_t = crate::personal::DEFAULT_KEY_CACHE)]
    pub key_cache: usize,

    /// Idle aggregates (sessions, accounts, ...) kept in memory per kind, each with its state;
    /// the others are loaded from their snapshot and the events after it when next used.
    #[arg(long, env = "TEILHABE_AGGREGATE_CACHE", default_value_t = crate::commands::DEFAULT_AGGREGATE_CACHE)]
    pub aggregate_cache: usize,

    /// A session's waiting list closes at this many times its capacity (but holds at least
    /// `waitlist_minimum`): a further registration is refused (409) with a pointer to the
    /// interest list. 0 = no limit.
    #[arg(long, env = "TEILHABE_WAITLIST_MULTIPLE", default_value_t = WaitlistLimit::DEFAULT.multiple)]
    pub waitlist_multiple: u32,

    /// The fewest people any session's waiting list holds, however small the session.
    #[arg(long, env = "TEILHABE_WAITLIST_MINIMUM", default_value_t = WaitlistLimit::DEFAULT.minimum)]
    pub waitlist_minimum: u32,

    /// Seconds a client has to send a request's headers (also how long an idle connection is
    /// kept); slower connections are closed.
    #[arg(long, env = "TEILHABE_HEADER_TIMEOUT_SECONDS", default_value_t = 10)]
    pub header_timeout_seconds: u64,

    /// Connections served at once; more wait in the listen queue until one closes.
    #[arg(long, env = "TEILHABE_MAX_CONNECTIONS", default_value_t = 1024)]
    pub max_connections: usize,

    /// Failed logins per account from one address within 15 minutes before that address is
    /// refused (429) for the account; another address still gets in.
    #[arg(long, env = "TEILHABE_LOGIN_FAILURES_PER_ACCOUNT", default_value_t = 5)]
    pub login_failures_per_account: u32,

    /// Failed logins per address within 15 minutes, for any accounts, before it is refused.
    #[arg(
        long,
        env = "TEILHABE_LOGIN_FAILURES_PER_ADDRESS",
        default_value_t = 20
    )]
    pub login_failures_per_address: u32,

    /// Password checks and hashes (argon2, ~19 MiB each) at once; more wait their turn.
    #[arg(long, env = "TEILHABE_PASSWORD_CHECKS", default_value_t = 2)]
    pub password_checks: usize,

    /// How many hours before a session its reminders go out (e-mail, and the call list).
    #[arg(long, env = "TEILHABE_REMINDER_HOURS", default_value_t = 48)]
    pub reminder_hours: u32,

    /// Days after a session's end at which its participants' personal data is erased
    /// (crypto-shredding; counts stay); 0 = keep until erased on request.
    #[arg(long, env = "TEILHABE_RETENTION_DAYS", default_value_t = 365)]
    pub retention_days: u32,

    /// Take the client's address from `X-Forwarded-For` (set when behind a reverse proxy).
    #[arg(long, env = "TEILHABE_TRUST_PROXY", default_value = "false", value_parser = parse_flag)]
    pub trust_proxy: bool,
}

/// Accepts 1/0, true/false, yes/no, on/off.
fn parse_flag(value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        other => Err(format!("expected 1 or 0, got {other:?}")),
    }
}

impl Config {
    /// How long waiting lists may grow.
    pub fn waitlist_limit(&self) -> WaitlistLimit {
        WaitlistLimit {
            multiple: self.waitlist_multiple,
            minimum: self.waitlist_minimum,
        }
    }

    /// A configuration for tests: port 0, the given store, no demo data.
    pub fn for_tests(database_url: String) -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            database_url,
            demo: false,
            dist: PathBuf::from("dist"),
            smtp_url: None,
            mail_from: "Teilhabe <teilhabe@norderstedt.example>".into(),
            public_url: "http://127.0.0.1:8080".into(),
            code_misses_per_hour: 10,
            registrations_per_hour: 0,
            applications_per_hour: 0,
            ipv6_prefix: 64,
            limit_keys: 100_000,
            key_cache: crate::personal::DEFAULT_KEY_CACHE,
            aggregate_cache: crate::commands::DEFAULT_AGGREGATE_CACHE,
            waitlist_multiple: WaitlistLimit::DEFAULT.multiple,
            waitlist_minimum: WaitlistLimit::DEFAULT.minimum,
            header_timeout_seconds: 10,
            max_connections: 1024,
            login_failures_per_account: 5,
            login_failures_per_address: 20,
            password_checks: 2,
            trust_proxy: false,
            reminder_hours: 48,
            retention_days: 365,
        }
    }
}

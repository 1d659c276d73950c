//! Staff authentication: argon2 password hashes, server-side login sessions behind an
//! HttpOnly cookie with a CSRF token, one-time links to set a password, and a limit on failed
//! logins per account and per address. Sessions and links are operational state, not history:
//! they live in their own tables beside the read models and are never rebuilt from the log.

use crate::limits::WindowLimit;
use crate::projections::db::{ReadDb, Statement, Value};
use crate::projections::staff::AccountRow;
use crate::projections::ProjectionError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::Rng;
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS auth_sessions (
        token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, csrf TEXT NOT NULL,
        expires_epoch BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS auth_links (
        token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, expires_epoch BIGINT NOT NULL)",
    // One live set-password link per account: older stores may hold several, keep the newest.
    "DELETE FROM auth_links WHERE EXISTS (SELECT 1 FROM auth_links newer
        WHERE newer.account_id = auth_links.account_id
        AND (newer.expires_epoch > auth_links.expires_epoch
            OR (newer.expires_epoch = auth_links.expires_epoch AND newer.token_hash > auth_links.token_hash)))",
    "CREATE UNIQUE INDEX IF NOT EXISTS auth_links_account ON auth_links (account_id)",
    INSTALLATION_SCHEMA,
];

/// The installation's secret named `key`: made (durably) the first time, then kept; when two
/// servers start at once the first to write it decides.
pub(crate) async fn installation_secret(db: &ReadDb, key: &str) -> Result<String, ProjectionError> {
    db.execute_durable(Statement::new(
        "INSERT INTO installation (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        vec![key.into(), random_token().into()],
    ))
    .await?;
    Ok(db
        .query(
            "SELECT value FROM installation WHERE key = $1",
            vec![key.into()],
        )
        .await?
        .first()
        .and_then(|r| r.first())
        .map(|v| v.text().to_owned())
        .unwrap_or_default())
}

/// The table of the installation's secrets, for copying them with the keys.
pub const INSTALLATION_SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS installation (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

/// How long a login lasts without a new login.
pub const SESSION_SECONDS: i64 = 8 * 60 * 60;
/// How long a set-password link stays valid.
pub const LINK_SECONDS: i64 = 14 * 24 * 60 * 60;
/// The window in which failed logins are counted.
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// The longest e-mail address there can be (RFC 5321): anything longer is not looked up.
pub const MAX_EMAIL_CHARS: usize = 254;

/// How much login attempts may cost: failed logins per account from one address, and per
/// address, within [`WINDOW_SECONDS`], and password checks (argon2, ~19 MiB each) at once.
#[derive(Clone, Copy, Debug)]
pub struct LoginLimits {
    pub failures_per_account: u32,
    pub failures_per_address: u32,
    pub password_checks: usize,
    /// The most keys each failed-login limit keeps.
    pub max_keys: usize,
}

/// Why a login did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// The account (from this address) or the address has used up its failed logins.
    #[error("too many failed logins")]
    Blocked,
    /// Unknown e-mail address, closed account, no password yet, or a wrong password: the
    /// same answer, after the same work, for all of them.
    #[error("e-mail address or password is wrong")]
    Failed,
    #[error(transparent)]
    ReadModel(#[from] ProjectionError),
}

/// The name of the session cookie.
pub const COOKIE: &str = "teilhabe_session";

/// Hashes a password with argon2id and a fresh salt (PHC string).
pub fn hash_password(password: &str) -> Option<String> {
    let salt_bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt_bytes).ok()?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .ok()
        .map(|h| h.to_string())
}

thread_local! {
    /// The argon2 working memory of a thread that checks passwords, kept between checks so a
    /// check allocates nothing (and memory stays one block set per thread, not one per check).
    static BLOCKS: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether `password` matches the PHC string `hash`, computed in this thread's kept memory.
fn verify_password_in_place(hash: &str, password: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(expected), Some(salt)) = (parsed.hash, parsed.salt) else {
        return false;
    };
    let Ok(algorithm) = argon2::Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(argon2::Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = argon2::Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let blocks = params.block_count();
    let mut out = vec![0u8; expected.len()];
    let computed = BLOCKS.with(|memory| {
        let mut memory = memory.borrow_mut();
        if memory.len() != blocks {
            memory.resize(blocks, argon2::Block::default());
        }
        Argon2::new(algorithm, version, params)
            .hash_password_into_with_memory(password.as_bytes(), salt, &mut out, &mut memory[..])
            .is_ok()
    });
    computed && constant_time_eq(&out, expected.as_bytes())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether `password` matches the PHC string `hash`.
pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// 32 random bytes as 64 hex digits.
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    hex::encode(bytes)
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

type Job = Box<dyn FnOnce() + Send>;

/// Password work (argon2, ~19 MiB a time) on a fixed number of threads of its own: at most
/// that many run at once, whatever arrives, the rest wait in line, and each thread reuses its
/// memory instead of every blocking thread of the runtime keeping some.
#[derive(Clone)]
struct PasswordWorkers {
    jobs: std::sync::mpsc::Sender<Job>,
}

impl PasswordWorkers {
    fn start(threads: usize) -> Self {
        let (jobs, queue) = std::sync::mpsc::channel::<Job>();
        let queue = Arc::new(std::sync::Mutex::new(queue));
        for n in 0..threads.max(1) {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("password-{n}"))
                .spawn(move || loop {
                    let job = {
                        let queue = queue
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        queue.recv()
                    };
                    let Ok(job) = job else { break };
                    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).is_err() {
                        tracing::error!("password work panicked");
                    }
                });
            if let Err(err) = spawned {
                tracing::error!(error = %err, "cannot start a thread for password work");
            }
        }
        Self { jobs }
    }

    /// Runs `work` on one of the threads; `None` if none is left to run it.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let (done, result) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                // Whoever asked has gone (the client hung up): skip the work.
                if !done.is_closed() {
                    let _ = done.send(work());
                }
            }))
            .ok()?;
        result.await.ok()
    }
}

/// A login session found by its cookie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginSession {
    pub account_id: String,
    pub csrf: String,
}

/// Login sessions, set-password links and the failed-login limiter.
#[derive(Clone)]
pub struct Auth {
    db: ReadDb,
    /// The installation's secret for pseudonyms in the auditors' view (made once, kept).
    pub pseudonym_secret: String,
    /// The installation's secret that new staff accounts' ids are keyed with (made once,
    /// kept; copied with the keys by restore and migrate-store).
    account_id_secret: String,
    /// Failed logins per account and address (`e-mail|address`): a stranger elsewhere
    /// cannot lock an account out.
    account_failures: WindowLimit,
    /// Failed logins per address.
    address_failures: WindowLimit,
    /// The threads that hash and check passwords.
    hashing: PasswordWorkers,
    /// What an unknown account's password is checked against, so that it takes as long.
    dummy_hash: Arc<str>,
    /// Password checks (argon2 verifications) since start, for `/metrics`.
    password_checks: Arc<AtomicU64>,
}

impl Auth {
    pub async fn open(db: ReadDb, limits: LoginLimits) -> Result<Self, ProjectionError> {
        db.execute_all(SCHEMA).await?;
        let pseudonym_secret = installation_secret(&db, "pseudonym-secret").await?;
        let account_id_secret = installation_secret(&db, "account-id-secret").await?;
        let hashing = PasswordWorkers::start(limits.password_checks);
        Ok(Self {
            db,
            pseudonym_secret,
            account_id_secret,
            account_failures: WindowLimit::new(limits.failures_per_account, WINDOW_SECONDS)
                .with_max_keys(limits.max_keys),
            address_failures: WindowLimit::new(limits.failures_per_address, WINDOW_SECONDS)
                .with_max_keys(limits.max_keys),
            dummy_hash: hashing
                .run(|| hash_password(&random_token()))
                .await
                .flatten()
                .unwrap_or_default()
                .into(),
            hashing,
            password_checks: Arc::default(),
        })
    }

    /// The id of the staff account for `email`: the one it has if the address has an account
    /// (also one opened before ids were keyed), else the keyed id a new one gets.
    pub async fn account_id(
        &self,
        staff: &crate::projections::staff::Staff,
        email: &teilhabe_events::staff::Email,
    ) -> Result<String, ProjectionError> {
        if let Some(account) = staff.account_by_email(email.as_str()).await? {
            return Ok(account.id);
        }
        Ok(crate::domain::account::account_id(
            self.account_id_secret.as_bytes(),
            email,
        ))
    }

    /// Starts a session for `account_id`; returns the cookie token and the CSRF token.
    pub async fn start_session(
        &self,
        account_id: &str,
        now: i64,
    ) -> Result<(String, String), ProjectionError> {
        let (token, csrf) = (random_token(), random_token());
        self.db
            .execute(Statement::new(
                "INSERT INTO auth_sessions (token_hash, account_id, csrf, expires_epoch) VALUES ($1, $2, $3, $4)",
                vec![
                    digest(&token).into(),
                    account_id.into(),
                    csrf.as_str().into(),
                    (now + SESSION_SECONDS).into(),
                ],
            ))
            .await?;
        Ok((token, csrf))
    }

    pub async fn session(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Option<LoginSession>, ProjectionError> {
        let rows = self
            .db
            .query(
                "SELECT account_id, csrf FROM auth_sessions WHERE token_hash = $1 AND expires_epoch > $2",
                vec![digest(token).into(), now.into()],
            )
            .await?;
        Ok(rows.first().and_then(|r| match r.as_slice() {
            [account, csrf] => Some(LoginSession {
                account_id: account.text().to_owned(),
                csrf: csrf.text().to_owned(),
            }),
            _ => None,
        }))
    }

    pub async fn end_session(&self, token: &str) -> Result<(), ProjectionError> {
        self.db
            .execute(Statement::new(
                "DELETE FROM auth_sessions WHERE token_hash = $1",
                vec![digest(token).into()],
            ))
            .await
    }

    /// Ends every login session of `account_id` and revokes its set-password links.
    pub async fn end_sessions_of(&self, account_id: &str) -> Result<(), ProjectionError> {
        self.db
            .execute(Statement::new(
                "DELETE FROM auth_sessions WHERE account_id = $1",
                vec![account_id.into()],
            ))
            .await?;
        self.db
            .execute(Statement::new(
                "DELETE FROM auth_links WHERE account_id = $1",
                vec![account_id.into()],
            ))
            .await
    }

    /// A one-time link token to set the password of `account_id`; it replaces any link issued
    /// before (one live link per account, in one statement).
    pub async fn issue_link(&self, account_id: &str, now: i64) -> Result<String, ProjectionError> {
        let token = random_token();
        self.db
            .execute(Statement::new(
                "INSERT INTO auth_links (token_hash, account_id, expires_epoch) VALUES ($1, $2, $3)
                 ON CONFLICT (account_id) DO UPDATE
                 SET token_hash = excluded.token_hash, expires_epoch = excluded.expires_epoch",
                vec![
                    digest(&token).into(),
                    account_id.into(),
                    (now + LINK_SECONDS).into(),
                ],
            ))
            .await?;
        Ok(token)
    }

    /// Uses up a link: the account it was for, if it was valid. A link works once.
    pub async fn redeem_link(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Option<String>, ProjectionError> {
        let hash = digest(token);
        let rows = self
            .db
            .query(
                "SELECT account_id FROM auth_links WHERE token_hash = $1 AND expires_epoch > $2",
                vec![hash.as_str().into(), now.into()],
            )
            .await?;
        let Some(account) = rows.first().and_then(|r| r.first()).map(Value::text) else {
            return Ok(None);
        };
        let account = account.to_owned();
        // Taken in one statement: of requests racing with the same link, only the one whose
        // delete removed the row goes on.
        let taken = self
            .db
            .execute_counted(Statement::new(
                "DELETE FROM auth_links WHERE token_hash = $1",
                vec![hash.into()],
            ))
            .await?;
        Ok((taken == 1).then_some(account))
    }

    /// Logs in with `email` and `password` from `address` (the limiter's key for it): the
    /// account, or why not. The attempt is counted against the account (from this address)
    /// and the address before the password is checked, in one step each, and taken back when
    /// it succeeds; an unknown account is checked against a dummy hash, so it takes as long.
    pub async fn login(
        &self,
        staff: &crate::projections::staff::Staff,
        email: &str,
        password: &str,
        address: &str,
        now: i64,
    ) -> Result<AccountRow, LoginError> {
        let email = email.trim().to_lowercase();
        if email.chars().count() > MAX_EMAIL_CHARS {
            return Err(LoginError::Failed);
        }
        let by_account = format!("{email}|{address}");
        if !self.address_failures.try_count(address, now) {
            return Err(LoginError::Blocked);
        }
        if !self.account_failures.try_count(&by_account, now) {
            self.address_failures.refund(address);
            return Err(LoginError::Blocked);
        }
        let account = staff.account_by_email(&email).await?;
        let hash = account
            .as_ref()
            .filter(|a| !a.closed)
            .and_then(|a| a.password_hash.clone());
        let valid = self.check_password(hash.as_deref(), password).await;
        match account.filter(|_| valid && hash.is_some()) {
            Some(account) => {
                self.account_failures.forget(&by_account);
                self.address_failures.refund(address);
                Ok(account)
            }
            None => Err(LoginError::Failed),
        }
    }

    /// Whether `password` matches `hash` (or, without one, the dummy hash: false, after the
    /// same work). At most the configured number of checks run at once; the rest wait.
    async fn check_password(&self, hash: Option<&str>, password: &str) -> bool {
        self.password_checks.fetch_add(1, Ordering::Relaxed);
        let hash = hash.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let password = password.to_owned();
        self.hashing
            .run(move || verify_password_in_place(&hash, &password))
            .await
            .unwrap_or(false)
    }

    /// Hashes a new password, sharing the threads for password work with the checks.
    pub async fn hash(&self, password: &str) -> Option<String> {
        let password = password.to_owned();
        self.hashing
            .run(move || hash_password(&password))
            .await
            .flatten()
    }

    /// Password checks since start.
    pub fn password_checks(&self) -> u64 {
        self.password_checks.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_hash_and_nothing_else() {
        let hash = hash_password("ein langes Passwort").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, "ein langes Passwort"));
        assert!(!verify_password(&hash, "ein langes passwort"));
        assert!(!verify_password("not a hash", "x"));
        assert!(verify_password_in_place(&hash, "ein langes Passwort"));
        assert!(
            verify_password_in_place(&hash, "ein langes Passwort"),
            "memory reused"
        );
        assert!(!verify_password_in_place(&hash, "ein langes passwort"));
        assert!(!verify_password_in_place("not a hash", "x"));
    }
}

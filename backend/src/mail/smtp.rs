//! Sending through an SMTP relay: the worker, its pauses, and what a failure means.

use super::outbox::Notice;
use super::texts::Mail;
use super::Outbox;
use super::Sources;
use crate::projections::db::Statement;
use crate::projections::ProjectionError;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

impl Outbox {
    /// Sends the rows that are due; returns how many rows were sent. Stops at the first
    /// message the relay could not be reached for (`delivery` then holds the pause).
    pub async fn send_due(
        &self,
        sources: &Sources,
        transport: &AsyncSmtpTransport<Tokio1Executor>,
        from: &Mailbox,
        delivery: &mut Delivery,
    ) -> Result<usize, ProjectionError> {
        let now = sources.clock.now().timestamp();
        let rows = self
            .db
            .query(
                "SELECT key, kind, subject, detail, attempts FROM outbox WHERE status = 'pending' AND next_attempt <= $1 ORDER BY key LIMIT 100",
                vec![now.into()],
            )
            .await?;
        let mut sent = 0;
        for row in rows {
            let [key, kind, subject, detail, attempts] = row.as_slice() else {
                continue;
            };
            let Some(kind) = Notice::parse(kind.text()) else {
                continue;
            };
            let mails = self
                .compose(sources, kind, subject.text(), detail.text(), true)
                .await?;
            // A row can stand for several messages (a cancelled session): those that went out
            // (or were refused for good) are not sent again when the row is tried again.
            let done = delivery.done.entry(key.text().to_owned()).or_default();
            let mut stopped = None;
            let mut refused = None;
            for mail in &mails {
                let id = format!("{}\n{}\n{}", mail.to, mail.subject, mail.body);
                if done.contains(&id) {
                    continue;
                }
                match deliver(transport, from, mail).await {
                    Ok(()) => {}
                    Err(Failure::ForGood(err)) => refused = Some(err),
                    Err(failure) => {
                        stopped = Some(failure);
                        break;
                    }
                }
                done.insert(id);
            }
            // The outbox row keeps the kind of failure and the SMTP code (`smtp_failure`),
            // never the server's words, which may name the recipient.
            let statement = match stopped {
                Some(Failure::Relay(err)) => {
                    delivery.relay_unreachable();
                    // Not about a recipient: the connection to the relay failed.
                    tracing::warn!(
                        error = %err,
                        pause_ms = delivery.relay_pause.map_or(0, |p| p.as_millis()),
                        "the SMTP relay cannot be reached; the outbox waits"
                    );
                    return Ok(sent);
                }
                Some(Failure::Later(err)) => {
                    delivery.relay_pause = None;
                    let deferrals = delivery.deferred.entry(key.text().to_owned()).or_default();
                    *deferrals += 1;
                    tracing::warn!(key = key.text(), deferrals, "e-mail refused for now");
                    // 2 s, 4 s, 8 s, … up to about 17 minutes; no attempt is used up.
                    let pause = 1_i64 << (*deferrals).clamp(1, 10);
                    Statement::new(
                        "UPDATE outbox SET next_attempt = $1, last_error = $2 WHERE key = $3",
                        vec![(now + pause).into(), err.into(), key.clone()],
                    )
                }
                Some(Failure::ForGood(_)) | None => {
                    delivery.relay_pause = None;
                    delivery.done.remove(key.text());
                    delivery.deferred.remove(key.text());
                    match refused {
                        None => {
                            sent += 1;
                            Statement::new(
                                "UPDATE outbox SET status = 'sent', sent_at = $1, last_error = NULL WHERE key = $2",
                                vec![sources.clock.now().to_rfc3339().into(), key.clone()],
                            )
                        }
                        Some(err) => {
                            tracing::warn!(key = key.text(), "e-mail refused for good");
                            Statement::new(
                                "UPDATE outbox SET status = 'failed', attempts = $1, last_error = $2 WHERE key = $3",
                                vec![(attempts.int() + 1).into(), err.into(), key.clone()],
                            )
                        }
                    }
                }
            };
            self.db.execute(statement).await?;
        }
        Ok(sent)
    }
}

/// Why a message did not go out.
enum Failure {
    /// The relay could not be reached, or broke off (refused, timed out, lost): nothing is
    /// wrong with the message; the worker pauses and tries again.
    Relay(String),
    /// The relay refused it for now (4xx): tried again later, without using up an attempt.
    Later(String),
    /// Refused for good (5xx), or no valid address: not tried again (the office sees it).
    ForGood(String),
}

/// What the outbox worker remembers between rounds.
#[derive(Default)]
pub struct Delivery {
    /// Set while the relay cannot be reached: the pause before the next round.
    relay_pause: Option<Duration>,
    /// Per row: how often it was refused for now.
    deferred: HashMap<String, u32>,
    /// Per row: the messages that went out (or were refused for good) before it stopped.
    done: HashMap<String, HashSet<String>>,
}

/// The first and the longest pause while the relay cannot be reached.
const RELAY_FIRST_PAUSE: Duration = Duration::from_secs(1);

const RELAY_MAX_PAUSE: Duration = Duration::from_secs(30);

impl Delivery {
    fn relay_unreachable(&mut self) {
        self.relay_pause = Some(
            self.relay_pause
                .map_or(RELAY_FIRST_PAUSE, |p| (p * 2).min(RELAY_MAX_PAUSE)),
        );
    }
}

async fn deliver(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &Mail,
) -> Result<(), Failure> {
    let to: Mailbox = format!("{} <{}>", mail.name.replace(['<', '>', '"'], ""), mail.to)
        .parse()
        .or_else(|_| mail.to.parse())
        .map_err(|_: lettre::address::AddressError| {
            Failure::ForGood("invalid address".to_owned())
        })?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|_| Failure::ForGood("the message could not be built".to_owned()))?;
    transport.send(message).await.map(|_| ()).map_err(|e| {
        let what = smtp_failure(&e);
        if e.is_permanent() {
            Failure::ForGood(what)
        } else if e.is_transient() {
            Failure::Later(what)
        } else {
            Failure::Relay(what)
        }
    })
}

/// What went wrong, for the outbox row the office sees: the kind and the SMTP code, never the
/// server's words, which often repeat the recipient's address ("550 <anna@…>: unknown").
fn smtp_failure(error: &lettre::transport::smtp::Error) -> String {
    let code = error
        .status()
        .map(|code| format!(" (SMTP {code})"))
        .unwrap_or_default();
    let kind = if error.is_permanent() {
        "refused by the mail server"
    } else if error.is_transient() {
        "deferred by the mail server"
    } else if error.is_timeout() {
        "the mail server did not answer in time"
    } else {
        "the mail server could not be reached"
    };
    format!("{kind}{code}")
}

/// An SMTP transport for `smtp://[user:password@]host[:port]` (port 25 by default): plain
/// SMTP to a relay on the same machine or network, which takes care of TLS onwards.
pub fn transport(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or_else(|| format!("TEILHABE_SMTP_URL must start with smtp://, got {url:?}"))?;
    let rest = rest.trim_end_matches('/');
    let (credentials, host_port) = match rest.rsplit_once('@') {
        Some((c, h)) => (Some(c), h),
        None => (None, rest),
    };
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => (
            h,
            p.parse::<u16>()
                .map_err(|_| format!("bad port in TEILHABE_SMTP_URL: {p:?}"))?,
        ),
        None => (host_port, 25),
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host).port(port);
    if let Some((user, password)) = credentials.and_then(|c| c.split_once(':')) {
        builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
            user.to_owned(),
            password.to_owned(),
        ));
    }
    Ok(builder.build())
}

/// Sends the outbox every few seconds (and whenever the read models moved on) until the
/// process ends.
/// `checkpoint` is the read models' position ([`crate::projections::Projector::subscribe`]).
pub async fn run_worker(
    outbox: Outbox,
    sources: Sources,
    mut checkpoint: tokio::sync::watch::Receiver<u64>,
    url: String,
    from: String,
) {
    let from = from.parse::<Mailbox>().map_err(|e| e.to_string());
    let (transport, from) = match (transport(&url), from) {
        (Ok(t), Ok(f)) => (t, f),
        (Err(err), _) | (_, Err(err)) => {
            tracing::error!(error = %err, "e-mail is not configured correctly; the outbox keeps its messages");
            return;
        }
    };
    let mut delivery = Delivery::default();
    loop {
        if let Err(err) = outbox
            .send_due(&sources, &transport, &from, &mut delivery)
            .await
        {
            tracing::warn!(error = %err, "outbox");
        }
        if let Some(pause) = delivery.relay_pause {
            // The relay is down: new messages wait for the pause too.
            tokio::time::sleep(pause).await;
            continue;
        }
        tokio::select! {
            changed = checkpoint.changed() => if changed.is_err() { return },
            () = tokio::time::sleep(Duration::from_secs(5)) => {}
        }
    }
}

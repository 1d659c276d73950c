//! E-mail end to end: the server sends its outbox through a real SMTP server (aiosmtpd, run by
//! `scripts/smtp_sink.py`), and the test reads what arrived. Runs when
//! `TEILHABE_TEST_SMTP_PYTHON` names a Python with aiosmtpd (the test command sets it); fails
//! instead of skipping when `TEILHABE_REQUIRE_SMTP` is set.

use crate::app::{sqlite, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;
use teilhabe_events::staff::Role;
use tokio::io::AsyncBufReadExt;

/// The SMTP sink: its process, port and the folder it saves messages in.
pub(crate) struct Sink {
    child: tokio::process::Child,
    pub(crate) port: u16,
    folder: PathBuf,
}

impl Sink {
    pub(crate) async fn start() -> Option<Self> {
        let python = match std::env::var("TEILHABE_TEST_SMTP_PYTHON") {
            Ok(p) if Path::new(&p).exists() => p,
            _ => {
                assert!(
                    std::env::var_os("TEILHABE_REQUIRE_SMTP").is_none(),
                    "TEILHABE_REQUIRE_SMTP is set but TEILHABE_TEST_SMTP_PYTHON names no Python"
                );
                eprintln!("skipped: TEILHABE_TEST_SMTP_PYTHON is not set");
                return None;
            }
        };
        let folder = std::env::temp_dir().join(format!("teilhabe-mail-{}", uuid::Uuid::new_v4()));
        let (child, port) = spawn(&python, &folder, None).await;
        Some(Self {
            child,
            port,
            folder,
        })
    }

    /// Stops the sink: its port refuses connections until [`Sink::start_again`].
    pub(crate) async fn stop(&mut self) {
        self.child.start_kill().expect("the sink stops");
        let _ = self.child.wait().await;
    }

    /// Starts the sink again on the same port, saving into the same folder.
    pub(crate) async fn start_again(&mut self) {
        let python = std::env::var("TEILHABE_TEST_SMTP_PYTHON").expect("the sink's Python");
        (self.child, _) = spawn(&python, &self.folder, Some(self.port)).await;
    }

    /// How many messages to `address` arrived so far.
    pub(crate) fn count_to(&self, address: &str) -> usize {
        let found: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        found
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .filter(|p| decode(&std::fs::read(p).unwrap_or_default()).contains(address))
            .count()
    }

    /// How often the sink was offered `address` as a recipient (refused or not).
    pub(crate) fn offered(&self, address: &str) -> usize {
        std::fs::read_to_string(self.folder.join("rcpt.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| *l == address)
            .count()
    }

    /// Waits until `n` messages to `address` arrived (others, such as the demo's welcome
    /// mails, may come too); returns those, in the order they arrived, decoded as UTF-8 text.
    pub(crate) async fn messages_to(&self, address: &str, n: usize) -> Vec<String> {
        for _ in 0..200 {
            let mut found: Vec<PathBuf> = std::fs::read_dir(&self.folder)
                .map(|d| d.flatten().map(|e| e.path()).collect())
                .unwrap_or_default();
            found.retain(|p| p.extension().is_some_and(|e| e == "eml"));
            found.sort();
            let to: Vec<String> = found
                .iter()
                .map(|p| decode(&std::fs::read(p).unwrap_or_default()))
                .filter(|m| m.contains(address))
                .collect();
            if to.len() >= n {
                return to;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {n} messages to {address} arrived");
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// Runs `scripts/smtp_sink.py` (on `port`, or a free one) and returns it with its port.
async fn spawn(python: &str, folder: &Path, port: Option<u16>) -> (tokio::process::Child, u16) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/smtp_sink.py");
    let mut command = tokio::process::Command::new(python);
    command.arg(script).arg(folder);
    if let Some(port) = port {
        command.arg(port.to_string());
    }
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the SMTP sink starts");
    let stdout = child.stdout.take().expect("its output");
    let mut line = String::new();
    tokio::io::BufReader::new(stdout)
        .read_line(&mut line)
        .await
        .expect("the sink names its port");
    let port = line.trim().parse().expect("a port number");
    (child, port)
}

/// The message with its quoted-printable or base64 body decoded enough to search it.
fn decode(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw).into_owned();
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return text;
    };
    let lower = head.to_ascii_lowercase();
    if lower.contains("content-transfer-encoding: base64") {
        let joined: String = body.split_whitespace().collect();
        return format!("{head}\n\n{}", String::from_utf8_lossy(&base64(&joined)));
    }
    if lower.contains("content-transfer-encoding: quoted-printable") {
        let mut bytes = Vec::new();
        let unfolded = body.replace("=\r\n", "");
        let mut chars = unfolded.bytes();
        while let Some(b) = chars.next() {
            if b == b'=' {
                let hex: Vec<u8> = chars.by_ref().take(2).collect();
                if let Ok(v) = u8::from_str_radix(&String::from_utf8_lossy(&hex), 16) {
                    bytes.push(v);
                }
            } else {
                bytes.push(b);
            }
        }
        return format!("{head}\n\n{}", String::from_utf8_lossy(&bytes));
    }
    text
}

fn base64(input: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in input.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            continue;
        };
        buffer = (buffer << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

#[tokio::test]
async fn bookings_changes_and_decisions_arrive_by_e_mail_in_the_recipients_language() {
    let Some(sink) = Sink::start().await else {
        return;
    };
    let app = TestApp::spawn_with(&sqlite(), |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
        config.public_url = "https://teilhabe.norderstedt.example".into();
    })
    .await;

    // A resident registers in Turkish with an e-mail address.
    let session = app.first_session().await;
    let body = json!({"name": "Zeynep Kaya", "contact": {"kind": "email", "value": "zeynep@example.org"},
        "contact_consent": true});
    let code = app
        .register_in("tr-TR,tr;q=0.9,de;q=0.5", &session, &body)
        .await
        .booking_code;
    let first = &sink.messages_to("zeynep@example.org", 1).await[0];
    assert!(first.contains("zeynep@example.org"), "{first}");
    assert!(first.contains("Merhaba Zeynep Kaya"), "{first}");
    assert!(first.contains(&code), "{first}");
    assert!(
        first.contains(&format!(
            "https://teilhabe.norderstedt.example/booking/{code}"
        )),
        "{first}"
    );

    // The office approves Jonas and cancels the session.
    let office = app.login(Role::Office).await;
    let approved = office
        .send(
            Method::POST,
            "/office/applications/demo-jonas/approve",
            None,
        )
        .await;
    assert!(approved.status().is_success());
    let cancelled = office
        .post(
            &format!("/office/sessions/{session}/cancel"),
            &json!({"reason": "Der Raum ist nicht frei."}),
        )
        .await;
    assert!(cancelled.status().is_success());

    let welcome = &sink.messages_to("jonas.weber@example.org", 1).await[0];
    assert!(welcome.contains("Guten Tag Jonas Weber"), "{welcome}");
    let token = welcome
        .split("/staff/password?token=")
        .nth(1)
        .map(|t| t.chars().take(64).collect::<String>())
        .expect("a set-password link");
    let set = app
        .post(
            "/staff/password",
            &json!({"token": token, "password": "Jonas sein Passwort"}),
        )
        .await;
    assert_eq!(
        set.status(),
        StatusCode::NO_CONTENT,
        "the e-mailed link works"
    );
    let cancel_mail = &sink.messages_to("zeynep@example.org", 2).await[1];
    assert!(
        cancel_mail.contains("Der Raum ist nicht frei."),
        "{cancel_mail}"
    );

    // Everything was sent: the office's list of unsent messages is empty.
    let unsent: Vec<Value> = office.get_ok("/office/outbox").await;
    assert!(unsent.is_empty(), "{unsent:?}");
}

#[tokio::test]
async fn without_smtp_the_office_sees_the_messages_waiting() {
    let app = TestApp::spawn(&sqlite()).await;
    let session = app.first_session().await;
    let body = json!({"name": "Olga Petrova", "contact": {"kind": "email", "value": "olga@example.org"},
        "contact_consent": true});
    app.register_in("ru", &session, &body).await;
    let office = app.login(Role::Office).await;
    let unsent: Value = office.get_ok("/office/outbox").await;
    let mails = unsent[0]["mails"].as_array().expect("mails");
    assert_eq!(mails[0]["to"], "olga@example.org");
    assert!(mails[0]["body"]
        .as_str()
        .unwrap()
        .contains("Здравствуйте, Olga Petrova"));
}

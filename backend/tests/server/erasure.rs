//! Erasure by crypto-shredding, proven on the bytes: after a resident erases their data with
//! their booking code (and the office erases another booking of theirs), neither their name
//! nor their phone number nor their e-mail address is in the SQLite file, its write-ahead
//! log, a backup taken afterwards or the exported log, in any encoding the app writes; on
//! PostgreSQL the same holds for a `pg_dump` of the database. The chain still verifies and
//! the report counts stay the same.

use crate::app::{demo_config, Api, TestApp};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde_json::{json, Value};
use std::path::Path;
use teilhabe_backend::testing::fresh_database_urls;
use teilhabe_events::audit_api::{ChainCheck, Report};
use teilhabe_events::staff::Role;

const NAME: &str = "Zelda Quargelmeier";
const PHONE: &str = "040 98765432";
const EMAIL: &str = "zelda.quargelmeier@example.org";

/// Every way the app might have written `text`: as it is (also inside JSON, where these
/// characters need no escaping), in UTF-16, and in base64 at each of the three alignments.
fn encodings(text: &str) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("utf-8".to_owned(), text.as_bytes().to_vec()),
        (
            "utf-16le".to_owned(),
            text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        ),
        (
            "utf-16be".to_owned(),
            text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ),
    ];
    for pad in 0..3 {
        let padded = format!("{}{text}", "x".repeat(pad));
        for (engine, encoded) in [
            ("base64", STANDARD.encode(&padded)),
            ("base64url", URL_SAFE_NO_PAD.encode(&padded)),
        ] {
            // Leave out the characters that mix in the padding or what follows.
            let start = (pad * 4).div_ceil(3) + 1;
            let end = encoded.trim_end_matches('=').len().saturating_sub(2);
            if end > start + 8 {
                out.push((
                    format!("{engine} at offset {pad}"),
                    encoded.as_bytes()[start..end].to_vec(),
                ));
            }
        }
    }
    out
}

fn needles() -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for text in [
        NAME,
        "Quargelmeier",
        PHONE,
        "98765432",
        EMAIL,
        "zelda.quargelmeier",
    ] {
        for (how, bytes) in encodings(text) {
            all.push((format!("{text:?} in {how}"), bytes));
        }
    }
    all
}

/// Fails naming every needle found in `bytes` (which came from `what`).
fn assert_clean(what: &str, bytes: &[u8]) {
    let found: Vec<String> = needles()
        .into_iter()
        .filter(|(_, needle)| bytes.windows(needle.len()).any(|w| w == needle.as_slice()))
        .map(|(name, _)| name)
        .collect();
    assert!(found.is_empty(), "{what} still holds {found:?}");
}

fn assert_holds_name(what: &str, bytes: &[u8]) {
    let hits = bytes.windows(NAME.len()).any(|w| w == NAME.as_bytes());
    assert!(
        hits,
        "{what} should hold the name before erasure (the check would prove nothing)"
    );
}

/// Registers the person with `contact`; the booking code.
async fn register(app: &Api, session: &str, contact: Value) -> String {
    let body = json!({"name": NAME, "contact": contact, "contact_consent": true});
    app.register_with(session, &body).await.booking_code
}

fn pg_dump() -> Option<String> {
    if let Ok(path) = std::env::var("TEILHABE_TEST_PG_DUMP") {
        return Some(path);
    }
    let mut found: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin/pg_dump"))
        .filter(|p| p.exists())
        .collect();
    found.sort();
    found.pop().map(|p| p.display().to_string())
}

#[tokio::test]
async fn an_erased_persons_data_is_in_no_file_backup_export_or_dump() {
    for db in fresh_database_urls().await {
        let app = TestApp::spawn(&db).await;
        let office = app.login(Role::Office).await;
        let session = app.first_session().await;
        let by_phone = register(&app, &session, json!({"kind": "phone", "value": PHONE})).await;
        let by_email = register(&app, &session, json!({"kind": "email", "value": EMAIL})).await;
        let booking = app.booking(&by_phone).await;
        assert_eq!(booking.name, NAME, "{}", db.name);
        let before: Report = office.get_ok("/audit/report").await;
        let dir = tempdir(db.name);
        let sqlite_file = db.url.strip_prefix("sqlite://").map(str::to_owned);
        if let Some(file) = &sqlite_file {
            // The read model holds the name until the erasure: the scan below is not vacuous.
            let mut bytes = std::fs::read(file).expect("db file");
            bytes.extend(std::fs::read(format!("{file}-wal")).unwrap_or_default());
            assert_holds_name("the SQLite files", &bytes);
        }

        // The resident erases one booking with its code; the office erases the other.
        let erased = app.erase(&by_phone).await;
        assert_eq!(erased.status(), 200, "{}", db.name);
        let erased: Value = erased.json().await.expect("JSON");
        assert_eq!(erased["name"], teilhabe_events::ERASED, "{}", db.name);
        let by_office = office
            .post("/office/erasures", &json!({"booking_code": by_email}))
            .await;
        assert_eq!(by_office.status(), 200, "{}", db.name);
        let again = office
            .post("/office/erasures", &json!({"booking_code": by_email}))
            .await;
        assert_eq!(again.status(), 409, "erasing twice: {}", db.name);
        let roster = office
            .text(&format!("/office/sessions/{session}/roster"))
            .await;
        assert!(!roster.contains("Zelda"), "{}: {roster}", db.name);

        // The record stays whole: the chain verifies and the counts are those of before.
        let check: ChainCheck = office.post_ok("/audit/verify", &json!({})).await;
        assert!(check.intact, "{}: {check:?}", db.name);
        let after: Report = office.get_ok("/audit/report").await;
        assert_eq!(after.totals, before.totals, "{}", db.name);
        let log = office.text("/audit/events?type=PersonalDataErased").await;
        assert_eq!(
            log.matches("PersonalDataErased").count(),
            2,
            "{}: {log}",
            db.name
        );

        let export = office
            .get("/audit/export.jsonl")
            .await
            .bytes()
            .await
            .expect("export");
        assert_clean(&format!("{}: the exported log", db.name), &export);

        match &sqlite_file {
            Some(file) => {
                let backup = dir.join("backup.sqlite");
                teilhabe_backend::backup::backup(&db.url, &backup, &|_, _| {})
                    .await
                    .expect("backup");
                assert_clean("the backup", &std::fs::read(&backup).expect("backup file"));
                for suffix in ["", "-wal", "-shm"] {
                    let path = format!("{file}{suffix}");
                    if let Ok(bytes) = std::fs::read(&path) {
                        assert_clean(&path, &bytes);
                    }
                }
            }
            None => {
                let pg_dump = pg_dump().expect("pg_dump (set TEILHABE_TEST_PG_DUMP)");
                let dump = tokio::process::Command::new(&pg_dump)
                    .arg("--no-owner")
                    .arg(&db.url)
                    .output()
                    .await
                    .expect("pg_dump runs");
                assert!(
                    dump.status.success(),
                    "pg_dump: {}",
                    String::from_utf8_lossy(&dump.stderr)
                );
                assert!(dump.stdout.len() > 1000, "the dump holds the database");
                assert_clean("the pg_dump of the database", &dump.stdout);
            }
        }
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = Path::new("/tmp/teilhabe-tests").join(format!("erasure-{name}-{}", uuid_like()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn uuid_like() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    )
}

#[test]
fn the_encodings_find_a_name_written_in_base64_inside_other_text() {
    let written = STANDARD.encode(format!("{{\"name\":\"{NAME}\"}}"));
    let hit = needles().into_iter().any(|(_, n)| {
        written
            .as_bytes()
            .windows(n.len())
            .any(|w| w == n.as_slice())
    });
    assert!(hit);
}

#[tokio::test]
async fn the_retention_rule_erases_bookings_walk_ins_and_idea_contacts_long_over_and_only_those() {
    use teilhabe_backend::domain::clock::FixedClock;
    use teilhabe_backend::erasure::apply_retention;
    use teilhabe_events::ideas::{FieldOfAction, Idea, IdeaCommand, IdeaSource};
    let config = demo_config(&teilhabe_backend::testing::fresh_sqlite_url());
    let mut state = teilhabe_backend::startup::state(&config)
        .await
        .expect("state");
    // An idea with a way to reach its author.
    let respond: teilhabe_backend::commands::Respond<teilhabe_backend::domain::idea::Idea> =
        std::sync::Arc::new(|_, _| String::new());
    let submit = IdeaCommand::Submit {
        idea: Idea {
            what: "Bänke mit Steckdosen im Stadtpark".into(),
            for_whom: "Alle".into(),
            where_in_city: "Stadtpark".into(),
            field: FieldOfAction::Living,
        },
        contact: teilhabe_events::Contact::Phone("040 7654321".into()),
        source: IdeaSource::Online,
    };
    let metadata = teilhabe_backend::store::Metadata::new_command("test", "web");
    state
        .ideas
        .execute("retention-idea", submit, metadata, respond)
        .await
        .expect("submitted");
    state.projector.catch_up().await.expect("caught up");
    let idea_key = "idea-retention-idea";
    assert!(state
        .keys
        .holds(&teilhabe_backend::personal::Subject::stream(idea_key))
        .await
        .expect("keys"));

    let past = teilhabe_events::BookingCode::parse("FED-347").expect("code");
    let names = |state: &teilhabe_backend::state::AppState| {
        let state = state.clone();
        let past = past.clone();
        async move {
            let booking = state
                .catalogue
                .booking(&past, 0)
                .await
                .expect("read")
                .expect("booking")
                .name;
            // The demo's history took walk-ins at the door of its first session.
            let roster = state
                .catalogue
                .roster("demo-history-0")
                .await
                .expect("read")
                .expect("roster");
            assert!(!roster.walk_ins.is_empty(), "the demo's walk-ins");
            let walk_ins: Vec<String> = roster.walk_ins.into_iter().map(|w| w.first_name).collect();
            (booking, walk_ins)
        }
    };
    let erased = teilhabe_events::ERASED.to_owned();
    let (booking, walk_ins) = names(&state).await;
    assert_ne!(booking, erased);
    assert!(walk_ins.iter().all(|n| *n != erased));
    let retention = chrono::Duration::days(365);
    // Today the demo's sessions ended at most half a year ago, the idea is new: nothing is due.
    let none = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(none.total(), 0, "{none:?}");
    // Thirteen months later all of it is due, and erased once.
    state.clock = std::sync::Arc::new(FixedClock(chrono::Utc::now() + chrono::Duration::days(400)));
    let round = apply_retention(&state, retention).await.expect("rule");
    assert!(round.bookings >= 3, "the demo's past bookings: {round:?}");
    assert!(round.walk_ins >= 1, "the demo's walk-ins: {round:?}");
    // The test's idea and the demo's 14 (theirs hold no contact, but each has its key).
    assert_eq!(round.idea_contacts, 1 + 14, "{round:?}");
    let (booking, walk_ins) = names(&state).await;
    assert_eq!(booking, erased);
    assert!(walk_ins.iter().all(|n| *n == erased), "{walk_ins:?}");
    assert!(!state
        .keys
        .holds(&teilhabe_backend::personal::Subject::stream(idea_key))
        .await
        .expect("keys"));
    let again = apply_retention(&state, retention).await.expect("rule");
    assert_eq!(again.total(), 0, "{again:?}");
}

// ---------------------------------------------------------------------------------------------
// Crypto-shredding proven on the keys, for each of the four ways to erase: after the erasure no
// key left in the store (or in a backup taken afterwards) opens any sealed field of the
// person's events, in the log or in the export, no key row for the booking still holds key
// material, and the auditors' view reads the name as erased. Searching the files for the
// plaintext cannot show this: sealing hides the plaintext whether or not the key is gone.

mod shredding {
    use super::{register, tempdir, EMAIL, NAME};
    use crate::app::{demo_config, Staff, TestApp};
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine as _;
    use chacha20poly1305::aead::{Aead, KeyInit, Payload};
    use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
    use serde_json::{json, Value};
    use teilhabe_backend::audit::parse_export_line;
    use teilhabe_backend::commands::Respond;
    use teilhabe_backend::domain::session::Session;
    use teilhabe_backend::personal::CodeCloak;
    use teilhabe_backend::projections::db::Value as DbValue;
    use teilhabe_backend::projections::ReadDb;
    use teilhabe_backend::store::Metadata;
    use teilhabe_backend::testing::fresh_database_urls;
    use teilhabe_events::staff::Role;
    use teilhabe_events::BookingCode;
    use teilhabe_events::SessionCommand;

    /// A sealed field as it stands in a stored payload: the subject it names, the JSON pointer
    /// it stands at (bound into the ciphertext), and the nonce and ciphertext.
    struct Sealed {
        subject: String,
        pointer: String,
        bytes: Vec<u8>,
    }

    fn sealed_fields(value: &Value, pointer: &str, out: &mut Vec<Sealed>) {
        match value {
            Value::String(text) => {
                if let Some((subject, b64)) = text
                    .strip_prefix("sealed:v1:")
                    .and_then(|rest| rest.rsplit_once(':'))
                {
                    out.push(Sealed {
                        subject: subject.to_owned(),
                        pointer: pointer.to_owned(),
                        bytes: STANDARD.decode(b64).expect("sealed base64"),
                    });
                }
            }
            Value::Object(map) => {
                for (key, field) in map {
                    sealed_fields(field, &format!("{pointer}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    sealed_fields(item, &format!("{pointer}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    /// The sealed fields of every payload (stored JSON text) about the booking `code`.
    fn sealed_about<'a>(payloads: impl Iterator<Item = &'a str>, booking: &Booking) -> Vec<Sealed> {
        let mut out = Vec::new();
        for payload in payloads {
            let value: Value = serde_json::from_str(payload).expect("payload JSON");
            let about = value
                .pointer("/data/booking_code")
                .and_then(Value::as_str)
                .is_some_and(|stored| booking.is(stored));
            if about {
                sealed_fields(&value, "", &mut out);
            }
        }
        out
    }

    /// A booking as the stored log names it: its code (in events written before codes were
    /// hidden) or its reference, a keyed hash anyone holding the database file can compute
    /// (the installation's secret is in it).
    pub(super) struct Booking {
        code: BookingCode,
        reference: String,
    }

    impl Booking {
        pub(super) async fn in_store(url: &str, code: &BookingCode) -> Self {
            let db = ReadDb::connect(url).await.expect("database");
            let rows = db
                .query(
                    "SELECT value FROM installation WHERE key = 'code-cloak-secret'",
                    vec![],
                )
                .await
                .expect("installation");
            let secret = rows.first().expect("the booking-code secret")[0].text();
            Self {
                code: code.clone(),
                reference: CodeCloak::new(secret.as_bytes()).reference(code),
            }
        }

        /// Whether a stored `booking_code` names this booking.
        pub(super) fn is(&self, stored: &str) -> bool {
            stored.starts_with(&format!("code:v1:{}:", self.reference))
                || BookingCode::parse(stored).is_ok_and(|c| c == self.code)
        }

        /// Whether a key row's subject names this booking.
        fn owns(&self, subject: &str) -> bool {
            subject.contains(self.code.as_str())
                || subject.contains(&self.code.to_string())
                || subject.contains(&self.reference)
        }
    }

    /// Every key held in the `personal_keys` table of the database at `url`.
    async fn keys_in(url: &str) -> Vec<(String, Option<ChaCha20Poly1305>)> {
        let db = ReadDb::connect(url).await.expect("key database");
        db.query("SELECT subject, key FROM personal_keys", vec![])
            .await
            .expect("personal_keys")
            .into_iter()
            .map(|row| {
                let cipher = match &row[1] {
                    DbValue::Null => None,
                    key => {
                        let bytes = STANDARD.decode(key.text()).expect("key base64");
                        Some(ChaCha20Poly1305::new(Key::from_slice(&bytes)))
                    }
                };
                (row[0].text().to_owned(), cipher)
            })
            .collect()
    }

    fn opens(cipher: &ChaCha20Poly1305, field: &Sealed) -> bool {
        let (nonce, ciphertext) = field.bytes.split_at(12);
        let aad = format!("{}|{}", field.subject, field.pointer);
        cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .is_ok()
    }

    /// The payloads of the log as stored.
    pub(super) async fn stored_payloads(url: &str) -> Vec<String> {
        let db = ReadDb::connect(url).await.expect("log database");
        db.query("SELECT payload FROM events ORDER BY position", vec![])
            .await
            .expect("events")
            .into_iter()
            .map(|row| row[0].text().to_owned())
            .collect()
    }

    /// What of the booking's sealed data the keys in `key_dbs` still open: the number of
    /// sealed fields found, how many of them open with some key, and the key rows naming the
    /// booking that still hold a key.
    async fn what_opens(
        payloads: &[String],
        key_dbs: &[String],
        code: &BookingCode,
    ) -> (usize, usize, Vec<String>) {
        let booking = Booking::in_store(&key_dbs[0], code).await;
        let fields = sealed_about(payloads.iter().map(String::as_str), &booking);
        let mut keys = Vec::new();
        for url in key_dbs {
            keys.extend(keys_in(url).await);
        }
        let opened = fields
            .iter()
            .filter(|f| {
                keys.iter()
                    .any(|(_, k)| k.as_ref().is_some_and(|k| opens(k, f)))
            })
            .count();
        let live: Vec<String> = keys
            .iter()
            .filter(|(s, k)| k.is_some() && booking.owns(s))
            .map(|(s, _)| s.clone())
            .collect();
        (fields.len(), opened, live)
    }

    /// Before the erasure: the booking's name and contact are sealed and open with a key in the
    /// store (else the checks after it would prove nothing).
    pub async fn assert_sealed_and_open(url: &str, code: &BookingCode) {
        let (fields, opened, live) =
            what_opens(&stored_payloads(url).await, &[url.to_owned()], code).await;
        assert!(fields >= 2, "name and contact sealed: {fields} fields");
        assert_eq!(
            opened, fields,
            "every sealed field opens before the erasure"
        );
        assert!(
            !live.is_empty(),
            "the booking has a live key before the erasure"
        );
    }

    /// After the erasure: nothing left in the store, in `backups` or in the export opens the
    /// booking's sealed fields, no key row for it holds a key, and the auditors' view of its
    /// registration reads the name as erased. `office` is logged in to a server on `url`.
    pub async fn assert_shredded(
        what: &str,
        url: &str,
        backups: &[String],
        office: &Staff,
        code: &BookingCode,
    ) {
        let mut key_dbs = vec![url.to_owned()];
        key_dbs.extend(backups.iter().cloned());
        let mut payloads = stored_payloads(url).await;
        let export: Vec<_> = office
            .text("/audit/export.jsonl")
            .await
            .lines()
            .map(|line| parse_export_line(line).expect("export line"))
            .collect();
        payloads.extend(export.iter().map(|event| event.payload.clone()));
        let (fields, opened, live) = what_opens(&payloads, &key_dbs, code).await;
        let booking = Booking::in_store(url, code).await;
        assert!(
            fields >= 4,
            "{what}: the sealed fields in log and export: {fields}"
        );
        assert!(
            live.is_empty(),
            "{what}: key rows for booking {code} still hold a key: {live:?}"
        );
        assert_eq!(
            opened, 0,
            "{what}: {opened} of {fields} sealed fields of booking {code} still open with a key left in the store or a backup"
        );
        // The auditors' view shows booking codes only as pseudonyms: the registration is
        // found by its position, from the stored payload in the export.
        let positions: Vec<u64> = export
            .iter()
            .filter(|event| event.event_type == "ParticipantRegistered")
            .filter(|event| {
                serde_json::from_str::<Value>(&event.payload)
                    .ok()
                    .and_then(|p| p["data"]["booking_code"].as_str().map(str::to_owned))
                    .is_some_and(|stored| booking.is(&stored))
            })
            .map(|event| event.position)
            .collect();
        let mut after = 0;
        let mut names = Vec::new();
        loop {
            let page: Value = office
                .get_ok(&format!(
                    "/audit/events?type=ParticipantRegistered&limit=500&after={after}"
                ))
                .await;
            for event in page["events"].as_array().expect("events") {
                let about = event["position"]
                    .as_u64()
                    .is_some_and(|p| positions.contains(&p));
                if about {
                    names.push(event["data"]["name"].clone());
                }
            }
            match page["next_after"].as_u64() {
                Some(next) => after = next,
                None => break,
            }
        }
        assert_eq!(
            names,
            vec![json!(teilhabe_events::ERASED)],
            "{what}: the auditors' view of booking {code}'s registration"
        );
    }

    /// A backup of the SQLite store (PostgreSQL is backed up by its own tools: none here).
    async fn backups(name: &str, url: &str) -> Vec<String> {
        if !url.starts_with("sqlite://") {
            return Vec::new();
        }
        let file = tempdir(name).join("backup.sqlite");
        teilhabe_backend::backup::backup(url, &file, &|_, _| {})
            .await
            .expect("backup");
        vec![format!("sqlite://{}", file.display())]
    }

    #[derive(Clone, Copy, Debug)]
    enum Way {
        Resident,
        Office,
        CommandLine,
    }

    /// Registers a person with name and e-mail, erases them the way given, and checks that
    /// nothing left opens their data.
    async fn erased_by(way: Way) {
        for db in fresh_database_urls().await {
            let what = format!("{way:?} on {}", db.name);
            let mut app = TestApp::spawn(&db).await;
            let session = app.first_session().await;
            let code = register(&app, &session, json!({"kind": "email", "value": EMAIL})).await;
            let code = BookingCode::parse(&code).expect("a booking code");
            assert_sealed_and_open(&db.url, &code).await;
            let mut office = app.login(Role::Office).await;
            match way {
                Way::Resident => {
                    let response = app.erase(&code.to_string()).await;
                    assert_eq!(response.status(), 200, "{what}");
                }
                Way::Office => {
                    let response = office
                        .post(
                            "/office/erasures",
                            &json!({"booking_code": code.to_string()}),
                        )
                        .await;
                    assert_eq!(response.status(), 200, "{what}");
                }
                Way::CommandLine => {
                    // The operator stops the server, erases, and starts it again.
                    app.stop().await;
                    let cli = <teilhabe_backend::cli::Cli as clap::Parser>::parse_from([
                        "teilhabe",
                        "--database-url",
                        &db.url,
                        "erase",
                        "--booking",
                        &code.to_string(),
                    ]);
                    teilhabe_backend::cli::run(cli)
                        .await
                        .expect("teilhabe erase");
                    app = TestApp::spawn(&db).await;
                    office = app.login(Role::Office).await;
                }
            }
            let backups = backups(db.name, &db.url).await;
            assert_shredded(&what, &db.url, &backups, &office, &code).await;
        }
    }

    #[tokio::test]
    async fn a_resident_erasure_leaves_no_key_that_opens_their_data() {
        erased_by(Way::Resident).await;
    }

    #[tokio::test]
    async fn an_office_erasure_leaves_no_key_that_opens_their_data() {
        erased_by(Way::Office).await;
    }

    #[tokio::test]
    async fn a_command_line_erasure_leaves_no_key_that_opens_their_data() {
        erased_by(Way::CommandLine).await;
    }

    async fn execute(
        state: &teilhabe_backend::state::AppState,
        session: &str,
        command: SessionCommand,
    ) {
        let respond: Respond<Session> = std::sync::Arc::new(|_, _| String::new());
        state
            .commands
            .execute(
                session,
                command,
                Metadata::new_command("test", "web"),
                respond,
            )
            .await
            .expect("command");
    }

    /// The retention rule erases a booking long over, and retries the key of a booking whose
    /// erasure was recorded while its key stayed live (as every erasure did before the subject
    /// of a booking had one form).
    #[tokio::test]
    async fn retention_leaves_no_key_that_opens_their_data_and_retries_a_key_left_live() {
        use teilhabe_backend::domain::clock::FixedClock;
        use teilhabe_backend::erasure::apply_retention;
        for db in fresh_database_urls().await {
            let what = format!("retention on {}", db.name);
            let mut state = teilhabe_backend::startup::state(&demo_config(&db.url))
                .await
                .expect("state");
            let now = state.clock.now();
            let session = state
                .catalogue
                .upcoming(now.timestamp())
                .await
                .expect("sessions")
                .into_iter()
                .next()
                .expect("an upcoming session")
                .id;
            let registration = |code: &str| {
                SessionCommand::RegisterParticipant(teilhabe_events::Registration {
                    contact_consent: Some(teilhabe_events::session::ContactConsent::OnlineForm),
                    ..teilhabe_events::Registration::new(
                        BookingCode::parse(code).expect("code"),
                        teilhabe_events::PersonName::parse(NAME).expect("name"),
                        teilhabe_events::Contact::Email(EMAIL.into()),
                        teilhabe_events::session::Channel::Web,
                    )
                })
            };
            let left_live = BookingCode::parse("RTN-KEY").expect("code");
            let due = BookingCode::parse("RTN-DXE").expect("code");
            execute(&state, &session, registration("RTN-KEY")).await;
            execute(&state, &session, registration("RTN-DXE")).await;
            // An erasure recorded while the key stayed where it was.
            execute(
                &state,
                &session,
                SessionCommand::ErasePersonalData {
                    booking_code: left_live.clone(),
                },
            )
            .await;
            state.projector.catch_up().await.expect("caught up");
            assert_sealed_and_open(&db.url, &left_live).await;
            assert_sealed_and_open(&db.url, &due).await;
            let retention = chrono::Duration::days(365);
            apply_retention(&state, retention).await.expect("rule");
            // Nothing was due yet but the key left live: the booking still due keeps its key.
            assert_sealed_and_open(&db.url, &due).await;
            state.clock = std::sync::Arc::new(FixedClock(now + chrono::Duration::days(400)));
            apply_retention(&state, retention).await.expect("rule");
            let app = TestApp::spawn(&db).await;
            let office = app.login(Role::Office).await;
            let backups = backups(db.name, &db.url).await;
            for code in [&left_live, &due] {
                assert_shredded(&what, &db.url, &backups, &office, code).await;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Personal data outside the sealed fields: what a person asks for (`needs`, health data), the
// reason an application was declined and a feedback card's comment are sealed; erasure takes
// the needs from the read model and the person's pending mail from the outbox; SMTP errors
// are kept without the address; another server on the same database stops opening the
// person's data as soon as the key is erased.

mod beyond_the_seal {
    use super::shredding::{stored_payloads, Booking};
    use super::{register, EMAIL, NAME};
    use crate::app::{sqlite, Staff, TestApp};
    use serde_json::{json, Value};
    use teilhabe_backend::projections::ReadDb;
    use teilhabe_backend::testing::fresh_database_urls;
    use teilhabe_events::staff::Role;
    use teilhabe_events::BookingCode;

    /// The stored payloads (as JSON) of the events of `event_type`.
    async fn stored(url: &str, event_type: &str) -> Vec<Value> {
        let mut out = Vec::new();
        for payload in stored_payloads(url).await {
            let value: Value = serde_json::from_str(&payload).expect("JSON");
            if value["type"] == event_type {
                out.push(value);
            }
        }
        out
    }

    /// The names the auditors' view shows for the registration of `code` in `session`.
    /// The registrations in the session's stream as the auditors' log shows them: (position,
    /// name). Booking codes appear there only as pseudonyms, so a test finds its registration by
    /// position (the newest one, made by the test itself).
    async fn registrations(office: &Staff, session: &str) -> Vec<(u64, Value)> {
        let page: Value = office
            .get_ok(&format!(
                "/audit/events?type=ParticipantRegistered&stream=session-{session}&limit=500"
            ))
            .await;
        page["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| {
                (
                    e["position"].as_u64().expect("position"),
                    e["data"]["name"].clone(),
                )
            })
            .collect()
    }

    /// Rows of the outbox about the booking that are not sent.
    async fn pending(db: &ReadDb, code: &BookingCode) -> usize {
        db.query(
            "SELECT key FROM outbox WHERE status <> 'sent' AND subject IN ($1, $2)",
            vec![code.as_str().into(), code.to_string().into()],
        )
        .await
        .expect("outbox")
        .len()
    }

    fn is_sealed(value: &Value) -> bool {
        value.as_str().is_some_and(|s| s.starts_with("sealed:v1:"))
    }

    #[tokio::test]
    async fn needs_and_decline_reasons_are_sealed_and_needs_and_pending_mail_go_with_the_erasure() {
        for db in fresh_database_urls().await {
            let what = db.name;
            let app = TestApp::spawn(&db).await;
            let office = app.login(Role::Office).await;
            let session = app.first_session().await;
            let body = json!({"name": NAME, "contact": {"kind": "email", "value": EMAIL},
                "contact_consent": true, "needs": ["wheelchair", "hearing-loop"]});
            let created = app.register_with(&session, &body).await;
            let code = BookingCode::parse(&created.booking_code).expect("a code");
            let declined = office
                .post(
                    "/office/applications/demo-jonas/decline",
                    &json!({"reason": "Jonas Weber ist nach Hamburg gezogen"}),
                )
                .await;
            assert!(
                declined.status().is_success(),
                "{what}: {}",
                declined.status()
            );

            let registrations = stored(&db.url, "ParticipantRegistered").await;
            let booking = Booking::in_store(&db.url, &code).await;
            let ours = registrations
                .iter()
                .find(|p| {
                    p["data"]["booking_code"]
                        .as_str()
                        .is_some_and(|stored| booking.is(stored))
                })
                .expect("the registration in the log");
            assert!(
                is_sealed(&ours["data"]["needs"]),
                "{what}: needs stored in clear: {}",
                ours["data"]["needs"]
            );
            let declines = stored(&db.url, "AmbassadorDeclined").await;
            assert_eq!(declines.len(), 1, "{what}");
            assert!(
                is_sealed(&declines[0]["data"]["reason"]),
                "{what}: decline reason stored in clear: {}",
                declines[0]["data"]["reason"]
            );

            // Pending mail for the booking (no SMTP relay here: it waits in the outbox).
            let db_handle = ReadDb::connect(&db.url).await.expect("db");
            assert!(
                pending(&db_handle, &code).await > 0,
                "{what}: the confirmation waits to be sent"
            );

            let erased = app.erase(&code.to_string()).await;
            assert_eq!(erased.status(), 200, "{what}");
            let roster: Value = office
                .get_ok(&format!("/office/sessions/{session}/roster"))
                .await;
            let entry = roster["entries"]
                .as_array()
                .expect("entries")
                .iter()
                .find(|e| {
                    e["booking_code"]
                        .as_str()
                        .and_then(|c| BookingCode::parse(c).ok())
                        .is_some_and(|c| c == code)
                })
                .expect("the booking stays on the roster")
                .clone();
            assert_eq!(entry["needs"], json!([]), "{what}: needs after the erasure");
            assert_eq!(
                pending(&db_handle, &code).await,
                0,
                "{what}: mail still waiting for an erased person"
            );
            let outbox = office.text("/office/outbox").await;
            assert!(!outbox.contains(EMAIL), "{what}: {outbox}");
        }
    }

    /// A second server on the same database had opened the person's data (its key in memory)
    /// before the erasure on the first: from then on it reads the data as erased too.
    #[tokio::test]
    async fn another_server_on_the_same_database_forgets_an_erased_key() {
        for db in fresh_database_urls().await {
            let what = db.name;
            let first = TestApp::spawn(&db).await;
            let second = TestApp::spawn(&db).await;
            let session = first.first_session().await;
            let code = register(&first, &session, json!({"kind": "email", "value": EMAIL})).await;
            let code = BookingCode::parse(&code).expect("code");
            let office_b = second.login(Role::Office).await;
            // The second server opens the registration: the key is in its memory now.
            let (position, before) = registrations(&office_b, &session)
                .await
                .into_iter()
                .max_by_key(|(position, _)| *position)
                .expect("the test's registration in the auditors' log");
            assert!(before.is_string(), "{what}: {before}");
            assert_ne!(before, json!(teilhabe_events::ERASED), "{what}");
            let erased = first.erase(&code.to_string()).await;
            assert_eq!(erased.status(), 200, "{what}");
            let after: Vec<Value> = registrations(&office_b, &session)
                .await
                .into_iter()
                .filter(|(p, _)| *p == position)
                .map(|(_, name)| name)
                .collect();
            assert_eq!(
                after,
                vec![json!(teilhabe_events::ERASED)],
                "{what}: the second server still opens the erased person's name"
            );
        }
    }

    /// An SMTP server that refuses every recipient, repeating the address as real ones do;
    /// returns its port.
    async fn refusing_smtp() -> u16 {
        use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let port = listener.local_addr().expect("port").port();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
                        return;
                    }
                    while let Ok(Some(line)) = lines.next_line().await {
                        let command = line.to_ascii_uppercase();
                        let reply = if command.starts_with("RCPT TO:") {
                            format!(
                                "550 5.1.1 {}: Recipient address rejected: User unknown\r\n",
                                line[8..].trim()
                            )
                        } else if command.starts_with("QUIT") {
                            "221 bye\r\n".to_owned()
                        } else {
                            "250 ok\r\n".to_owned()
                        };
                        if write.write_all(reply.as_bytes()).await.is_err()
                            || command.starts_with("QUIT")
                        {
                            return;
                        }
                    }
                });
            }
        });
        port
    }

    /// The office sees why a message was not sent, not whom it was for.
    #[tokio::test]
    async fn a_refused_message_is_kept_without_the_address_the_server_repeated() {
        let port = refusing_smtp().await;
        let app = TestApp::spawn_with(&sqlite(), |config| {
            config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        })
        .await;
        let session = app.first_session().await;
        register(&app, &session, json!({"kind": "email", "value": EMAIL})).await;
        let db = ReadDb::connect(&app.database_url).await.expect("db");
        let mut errors = Vec::new();
        for _ in 0..100 {
            errors = db
                .query(
                    "SELECT last_error FROM outbox WHERE last_error IS NOT NULL",
                    vec![],
                )
                .await
                .expect("outbox")
                .into_iter()
                .map(|row| row[0].text().to_owned())
                .collect();
            if !errors.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        assert!(!errors.is_empty(), "the refusal is recorded");
        for error in &errors {
            assert!(
                !error.contains('@') && !error.contains("zelda"),
                "the outbox keeps the address: {error}"
            );
            assert!(error.contains("550"), "the refusal's code: {error}");
        }
        let office = app.login(Role::Office).await;
        let listing = office.text("/office/outbox").await;
        assert!(listing.contains("550"), "{listing}");
    }
}

//! The test server and its clients, in one place (zero2prod's `spawn_app`): [`TestApp::spawn`]
//! starts the real server on port 0 in this process, [`Api`] speaks HTTP to a server (also to
//! one started as a separate process), and [`Staff`] is a client logged in as a staff member,
//! sending the session cookie and the CSRF token with every request.
//!
//! Paths given to [`Api`] and [`Staff`] are API paths, relative to `/api/v1`; a path outside
//! the API (`/healthz`, `/metrics`, pages) goes through [`Api::get_page`].

use reqwest::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, SET_COOKIE};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use teilhabe_backend::config::Config;
use teilhabe_backend::demo::{DEMO_AMBASSADOR, DEMO_OFFICE, DEMO_PASSWORD};
use teilhabe_backend::startup::{Server, StartupError};
use teilhabe_backend::testing::{fresh_sqlite_url, TestDatabase};
use teilhabe_events::api::{BookingView, Problem, RegistrationCreated, SessionSummary};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::{AccountCreated, Me};
use tokio::task::JoinHandle;

/// A fresh SQLite database, for the tests that run on SQLite only.
pub(crate) fn sqlite() -> TestDatabase {
    TestDatabase {
        name: "sqlite",
        url: fresh_sqlite_url(),
    }
}

/// The configuration the tests start servers with: the demo data on `url`.
pub(crate) fn demo_config(url: &str) -> Config {
    let mut config = Config::for_tests(url.to_owned());
    config.demo = true;
    config
}

/// Writes the demo data into the store of `db` the way a server's start does, and leaves no
/// server running.
pub(crate) async fn seed_demo(db: &TestDatabase) {
    drop(
        Server::build(&demo_config(&db.url))
            .await
            .unwrap_or_else(|e| panic!("{}: the server starts: {e}", db.name)),
    );
}

/// A running server (in this process) and an [`Api`] for it; the server stops when dropped.
pub(crate) struct TestApp {
    api: Api,
    pub(crate) database_url: String,
    config: Config,
    server: JoinHandle<Result<(), StartupError>>,
}

/// The app's [`Api`] methods are called on the app itself.
impl std::ops::Deref for TestApp {
    type Target = Api;
    fn deref(&self) -> &Api {
        &self.api
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl TestApp {
    /// The server with the demo data on `db`.
    pub(crate) async fn spawn(db: &TestDatabase) -> Self {
        Self::spawn_with(db, |_| {}).await
    }

    /// The server with the demo data on `db`, its configuration changed by `tweak` first.
    pub(crate) async fn spawn_with(db: &TestDatabase, tweak: impl FnOnce(&mut Config)) -> Self {
        let mut config = demo_config(&db.url);
        tweak(&mut config);
        Self::start(db.name, config).await
    }

    async fn start(db: &'static str, config: Config) -> Self {
        let server = Server::build(&config)
            .await
            .unwrap_or_else(|e| panic!("{db}: the server starts: {e}"));
        Self {
            api: Api::at(db, &format!("http://{}", server.addr)),
            database_url: config.database_url.clone(),
            config,
            server: tokio::spawn(server.run()),
        }
    }

    /// Stops the server and waits until its task has ended.
    pub(crate) async fn stop(mut self) {
        self.server.abort();
        let _ = (&mut self.server).await;
    }

    /// Stops the server and starts a new one on the same store with the same configuration.
    pub(crate) async fn restart(self) -> Self {
        let (db, config) = (self.api.db, self.config.clone());
        self.stop().await;
        Self::start(db, config).await
    }
}

/// How to reach a server: its base URL and a client; `db` names the database in messages.
#[derive(Clone)]
pub(crate) struct Api {
    /// "sqlite" or "postgres", for assertion messages.
    pub(crate) db: &'static str,
    /// `http://127.0.0.1:PORT`, without a slash at the end.
    pub(crate) base: String,
    pub(crate) client: reqwest::Client,
}

/// A valid registration body for `name`, with a phone number and consent to be called.
pub(crate) fn registration(name: &str) -> Value {
    json!({
        "name": name,
        "contact": {"kind": "phone", "value": "040 123456"},
        "contact_consent": true,
    })
}

impl Api {
    /// The server at `base` (one started as a process, say), with a new client.
    pub(crate) fn at(db: &'static str, base: &str) -> Self {
        Self::with_client(db, base, reqwest::Client::new())
    }

    /// The server at `base`, spoken to with `client` (time limits, pools).
    pub(crate) fn with_client(db: &'static str, base: &str, client: reqwest::Client) -> Self {
        Self {
            db,
            base: base.trim_end_matches('/').to_owned(),
            client,
        }
    }

    /// The URL of an API path.
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.base)
    }

    /// A request to an API path, as `login` when given (cookie and CSRF token).
    pub(crate) fn request(
        &self,
        method: Method,
        path: &str,
        login: Option<&Login>,
    ) -> RequestBuilder {
        let request = self.client.request(method, self.url(path));
        match login {
            Some(login) => request
                .header(COOKIE, &login.cookie)
                .header("x-csrf-token", &login.csrf),
            None => request,
        }
    }

    /// Sends a request, with `body` as JSON when given, as `login` when given.
    pub(crate) async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        login: Option<&Login>,
    ) -> Response {
        let mut request = self.request(method.clone(), path, login);
        if let Some(body) = body {
            request = request.json(body);
        }
        request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: {method} {path}: {e}", self.db))
    }

    /// Sends a request, expects a success and returns its body.
    pub(crate) async fn ok<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        login: Option<&Login>,
    ) -> T {
        let response = self.send(method.clone(), path, body, login).await;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        assert!(
            status.is_success(),
            "{}: {method} {path}: {status} {text}",
            self.db
        );
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {method} {path}: {e}: {text}", self.db))
    }

    pub(crate) async fn get(&self, path: &str) -> Response {
        self.send(Method::GET, path, None, None).await
    }

    /// GETs `path`, expects a success and returns its body.
    pub(crate) async fn get_ok<T: DeserializeOwned>(&self, path: &str) -> T {
        self.ok(Method::GET, path, None, None).await
    }

    /// POSTs `body` to `path`, expects a success and returns its body.
    pub(crate) async fn post_ok<T: DeserializeOwned>(&self, path: &str, body: &Value) -> T {
        self.ok(Method::POST, path, Some(body), None).await
    }

    pub(crate) async fn post(&self, path: &str, body: &Value) -> Response {
        self.send(Method::POST, path, Some(body), None).await
    }

    pub(crate) async fn delete(&self, path: &str) -> Response {
        self.send(Method::DELETE, path, None, None).await
    }

    /// GETs a path of the server as it is, outside the API too (`/healthz`, pages).
    pub(crate) async fn get_page(&self, path: &str) -> Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: GET {path}: {e}", self.db))
    }

    // --- Residents -----------------------------------------------------------------------

    /// The catalogue of upcoming sessions.
    pub(crate) async fn sessions(&self) -> Vec<SessionSummary> {
        self.get_ok("/sessions").await
    }

    /// The id of the first session in the catalogue.
    pub(crate) async fn first_session(&self) -> String {
        let sessions = self.sessions().await;
        let first = sessions
            .first()
            .unwrap_or_else(|| panic!("{}: a session in the catalogue", self.db));
        first.id.clone()
    }

    pub(crate) async fn session(&self, id: &str) -> SessionSummary {
        self.get_ok(&format!("/sessions/{id}")).await
    }

    /// The demo session with two seats ("Smartphone-Sprechstunde").
    pub(crate) async fn small_session(&self) -> SessionSummary {
        self.sessions()
            .await
            .into_iter()
            .find(|s| s.capacity == 2)
            .unwrap_or_else(|| panic!("{}: a demo session with two seats", self.db))
    }

    /// Erika Muster's booking in the demo session with two seats: the session (as it was
    /// before) and her booking code.
    pub(crate) async fn erika_booked(&self) -> (SessionSummary, String) {
        let session = self.small_session().await;
        let code = self
            .register(&session.id, "Erika Muster")
            .await
            .booking_code;
        (session, code)
    }

    /// What `/metrics` shows now.
    pub(crate) async fn metrics(&self) -> String {
        self.get_page("/metrics")
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("{}: GET /metrics: {e}", self.db))
    }

    /// POSTs a registration body to `session`, whatever the answer.
    pub(crate) async fn post_registration(&self, session: &str, body: &Value) -> Response {
        self.post(&format!("/sessions/{session}/registrations"), body)
            .await
    }

    /// POSTs a registration body to `session` with the `Idempotency-Key` `key`, whatever the
    /// answer.
    pub(crate) async fn post_registration_with_key(
        &self,
        session: &str,
        key: &str,
        body: &Value,
    ) -> Response {
        let path = format!("/sessions/{session}/registrations");
        self.request(Method::POST, &path, None)
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: POST {path}: {e}", self.db))
    }

    /// Registers with `body` and expects `201 Created`.
    pub(crate) async fn register_with(&self, session: &str, body: &Value) -> RegistrationCreated {
        let response = self.post_registration(session, body).await;
        expect_created(response, self.db).await
    }

    /// Registers with `body` from a browser set to `language` (`Accept-Language`) and expects
    /// `201 Created`.
    pub(crate) async fn register_in(
        &self,
        language: &str,
        session: &str,
        body: &Value,
    ) -> RegistrationCreated {
        let path = format!("/sessions/{session}/registrations");
        let response = self
            .request(Method::POST, &path, None)
            .header(ACCEPT_LANGUAGE, language)
            .json(body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: POST {path}: {e}", self.db));
        expect_created(response, self.db).await
    }

    /// Registers `name` with a phone number and expects `201 Created`.
    pub(crate) async fn register(&self, session: &str, name: &str) -> RegistrationCreated {
        self.register_with(session, &registration(name)).await
    }

    /// The booking with `code`, expected to be found.
    pub(crate) async fn booking(&self, code: &str) -> BookingView {
        self.get_ok(&format!("/bookings/{code}")).await
    }

    /// Expects every booking in `codes` (acknowledged before `after`) to be found.
    pub(crate) async fn assert_found(&self, codes: &[String], after: &str) {
        for code in codes {
            let response = self.get(&format!("/bookings/{code}")).await;
            assert_eq!(
                response.status(),
                StatusCode::OK,
                "{}: acknowledged booking {code} after {after}",
                self.db
            );
        }
    }

    /// Cancels the booking with `code` (`DELETE`), whatever the answer.
    pub(crate) async fn cancel(&self, code: &str) -> Response {
        self.delete(&format!("/bookings/{code}")).await
    }

    /// Erases the data of the booking with `code`, as the resident does, whatever the answer.
    pub(crate) async fn erase(&self, code: &str) -> Response {
        self.send(Method::POST, &format!("/bookings/{code}/erase"), None, None)
            .await
    }

    // --- Staff ---------------------------------------------------------------------------

    /// Logs in with `email` and `password`, expects `200 OK` with a session cookie that
    /// scripts cannot read, and returns the logged-in client.
    pub(crate) async fn login_as(&self, email: &str, password: &str) -> Staff {
        let body = json!({"email": email, "password": password});
        let response = self.post("/staff/login", &body).await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}: login {email}",
            self.db
        );
        let set_cookie = response
            .headers()
            .get(SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(
            set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
            "{}: {set_cookie}",
            self.db
        );
        let cookie = set_cookie.split(';').next().unwrap_or_default().to_owned();
        let me: Me = response
            .json()
            .await
            .unwrap_or_else(|e| panic!("{}: the login's answer: {e}", self.db));
        Staff {
            api: self.clone(),
            login: Login {
                cookie,
                csrf: me.csrf_token.clone(),
                me,
            },
        }
    }

    /// Logs in as the demo staff member with `role`; for an auditor, whom the demo does not
    /// have, the office opens an account first and the auditor sets a password through the
    /// link.
    pub(crate) async fn login(&self, role: Role) -> Staff {
        match role {
            Role::Office => self.login_as(DEMO_OFFICE, DEMO_PASSWORD).await,
            Role::Ambassador => self.login_as(DEMO_AMBASSADOR, DEMO_PASSWORD).await,
            Role::Auditor => {
                let office = self.login_as(DEMO_OFFICE, DEMO_PASSWORD).await;
                let email = "rita@pruefung.example";
                let body = json!({"name": "Rita Prüfer", "email": email, "role": "auditor"});
                let created: AccountCreated = office.post_ok("/office/accounts", &body).await;
                self.set_password_and_login(&created.set_password_link, email)
                    .await
            }
        }
    }

    /// Sets a password through a one-time link, checks that the link works once, and logs in
    /// with it.
    pub(crate) async fn set_password_and_login(&self, link: &str, email: &str) -> Staff {
        let token = link.split("token=").nth(1).expect("a token in the link");
        let password = "ein sehr geheimes Passwort";
        let body = json!({"token": token, "password": password});
        let response = self.post("/staff/password", &body).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT, "{}", self.db);
        let again = self.post("/staff/password", &body).await;
        assert_eq!(
            again.status(),
            StatusCode::BAD_REQUEST,
            "{}: a link works once",
            self.db
        );
        self.login_as(email, password).await
    }
}

/// Expects `201 Created` with a registration.
pub(crate) async fn expect_created(response: Response, db: &str) -> RegistrationCreated {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::CREATED, "{db}: registering: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{db}: a registration: {e}: {text}"))
}

/// A logged-in staff member: the session cookie, the CSRF token, and who it is.
#[derive(Clone)]
pub(crate) struct Login {
    pub(crate) cookie: String,
    pub(crate) csrf: String,
    pub(crate) me: Me,
}

/// A client logged in as a staff member: every request carries the cookie and the CSRF token.
#[derive(Clone)]
pub(crate) struct Staff {
    api: Api,
    pub(crate) login: Login,
}

impl Staff {
    /// The database's name, for assertion messages.
    pub(crate) fn db(&self) -> &'static str {
        self.api.db
    }

    /// Who is logged in.
    pub(crate) fn me(&self) -> &Me {
        &self.login.me
    }

    /// The same session with no CSRF token.
    pub(crate) fn without_csrf(&self) -> Self {
        let mut staff = self.clone();
        staff.login.csrf = String::new();
        staff
    }

    /// A request to an API path with the cookie and the CSRF token.
    pub(crate) fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.api.request(method, path, Some(&self.login))
    }

    pub(crate) async fn send(&self, method: Method, path: &str, body: Option<&Value>) -> Response {
        self.api.send(method, path, body, Some(&self.login)).await
    }

    pub(crate) async fn get(&self, path: &str) -> Response {
        self.send(Method::GET, path, None).await
    }

    pub(crate) async fn post(&self, path: &str, body: &Value) -> Response {
        self.send(Method::POST, path, Some(body)).await
    }

    /// Sends a request, expects a success and returns its body.
    pub(crate) async fn ok<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> T {
        self.api.ok(method, path, body, Some(&self.login)).await
    }

    /// GETs `path`, expects a success and returns its body.
    pub(crate) async fn get_ok<T: DeserializeOwned>(&self, path: &str) -> T {
        self.ok(Method::GET, path, None).await
    }

    /// POSTs `body` to `path`, expects a success and returns its body.
    pub(crate) async fn post_ok<T: DeserializeOwned>(&self, path: &str, body: &Value) -> T {
        self.ok(Method::POST, path, Some(body)).await
    }

    /// GETs `path` and returns the body as text, whatever the status.
    pub(crate) async fn text(&self, path: &str) -> String {
        self.get(path)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("{}: GET {path}: {e}", self.api.db))
    }
}

/// Checks that `response` is a problem answer (see [`problem`]) with `status` and
/// `message_key`, and returns it.
pub(crate) async fn problem_with_key(
    response: Response,
    status: StatusCode,
    message_key: &str,
    what: &str,
) -> Problem {
    let problem = problem(response, status, what).await;
    assert_eq!(problem.message_key, message_key, "{what}");
    problem
}

/// Checks that `response` is an `application/problem+json` answer with `status` (also in the
/// body) and a message key, and returns it.
pub(crate) async fn problem(response: Response, status: StatusCode, what: &str) -> Problem {
    assert_eq!(response.status(), status, "{what}");
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    assert_eq!(
        content_type.as_deref(),
        Some("application/problem+json"),
        "{what}: content type"
    );
    let problem: Problem = response
        .json()
        .await
        .unwrap_or_else(|e| panic!("{what}: a problem body: {e}"));
    assert_eq!(
        problem.status,
        status.as_u16(),
        "{what}: status in the body"
    );
    assert!(!problem.message_key.is_empty(), "{what}: a message key");
    problem
}

/// The body of `response` as JSON.
pub(crate) async fn json_body<T: DeserializeOwned>(response: Response, db: &str) -> T {
    let url = response.url().clone();
    response
        .json()
        .await
        .unwrap_or_else(|e| panic!("{db}: the body of {url} as JSON: {e}"))
}

/// Plans, as the office, a session titled `title` starting `starts_in` from now, two hours long;
/// `capacity` 0 plans a drop-in.
pub(crate) async fn plan_session(
    office: &Staff,
    title: &str,
    starts_in: chrono::Duration,
    capacity: u32,
) -> SessionSummary {
    let starts = chrono::Utc::now() + starts_in;
    let body = json!({
        "title": title,
        "topic": "smartphone-basics",
        "venue": "Stadtbücherei Norderstedt",
        "district": "Garstedt",
        "starts_at": starts.to_rfc3339(),
        "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(),
        "capacity": capacity,
        "drop_in": capacity == 0,
    });
    office.post_ok("/office/sessions", &body).await
}

//! Calls to Teilhabe's JSON API for staff; every failure comes back as a translatable message id.
//!
//! Requests go straight through the browser's `fetch`, as in the residents' app. The session
//! cookie travels by itself (same origin); every request that changes something carries the
//! CSRF token of the login in `X-CSRF-Token`, and an `Idempotency-Key`.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::RefCell;
use teilhabe_events::api::{RegistrationCreated, SessionSummary};
use teilhabe_events::audit_api::{AuditPage, ChainCheck, Report};
use teilhabe_events::ideas::{IdeaCreated, IdeaDecision, IdeaRequest, IdeaView, SupportRequest};
use teilhabe_events::interest::{Demand, InterestReach};
use teilhabe_events::staff::Role;
use teilhabe_events::staff_api::{
    AccountCreated, AccountRequest, AmbassadorDashboard, AmbassadorView, ApplicationCreated,
    ApplicationRequest, AssistedRegistrationRequest, AttendanceRequest, CancelSessionRequest,
    CapacityRequest, DeclineRequest, LoginRequest, Me, OfficeOverview, OutreachRequest,
    OutreachView, Principles, RescheduleRequest, Roster, SessionFill, SessionPlanRequest,
    SetPasswordRequest,
};
use teilhabe_events::staff_api::{CallItem, CallRequest, Letter};
use teilhabe_events::staff_api::{
    CheckInRequest, DoorView, FeedbackCardRequest, MatchProposal, WalkInRequest,
};
pub use teilhabe_web::api::{encode, to_json, ApiFailure};
use yew::Callback;

const BASE: &str = "/api/v1";

thread_local! {
    /// The CSRF token of the current login (empty when nobody is logged in).
    static CSRF_TOKEN: RefCell<String> = const { RefCell::new(String::new()) };
    /// Told when the server answers 401: the login has expired or was never there.
    static ON_LOGGED_OUT: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
}

/// Remembers the CSRF token to send with every change.
pub fn set_csrf_token(token: &str) {
    CSRF_TOKEN.with(|t| *t.borrow_mut() = token.to_owned());
}

/// What to do when the server says nobody is logged in.
pub fn on_logged_out(callback: Callback<()>) {
    ON_LOGGED_OUT.with(|c| *c.borrow_mut() = Some(callback));
}

/// A refusal without a problem document, named by its status.
fn unexplained(status: u16) -> ApiFailure {
    ApiFailure::Problem {
        status,
        message_key: match status {
            401 => "problem-not-logged-in",
            403 => "problem-forbidden",
            404 => "problem-not-found",
            _ => "problem-internal",
        }
        .to_owned(),
        errors: Vec::new(),
    }
}

/// Sends a request; the body of a successful answer as text. Every change carries the CSRF
/// token, and with its JSON body the idempotency key.
async fn send(method: &str, path: &str, body: Option<(&str, &str)>) -> Result<String, ApiFailure> {
    let token = CSRF_TOKEN.with(|t| t.borrow().clone());
    let change = method != "GET";
    let csrf = Some(token.as_str()).filter(|t| change && !t.is_empty());
    let (json, key) = match body.filter(|_| change) {
        Some((json, key)) => (Some(json), Some(key)),
        None => (None, None),
    };
    let url = format!("{BASE}{path}");
    let result = teilhabe_web::api::send(method, &url, key, csrf, json, unexplained).await;
    // A failed login or `me` is answered on its page; anywhere else, 401 means the login ended.
    if matches!(result, Err(ApiFailure::Problem { status: 401, .. }))
        && path != "/staff/login"
        && path != "/staff/me"
    {
        if let Some(callback) = ON_LOGGED_OUT.with(|c| c.borrow().clone()) {
            callback.emit(());
        }
    }
    result
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let text = send("GET", path, None).await?;
    serde_json::from_str(&text).map_err(|_| ApiFailure::Network)
}

/// A change with a JSON body and its idempotency key; the answer's body as `T`.
async fn write<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: &impl Serialize,
    key: &str,
) -> Result<T, ApiFailure> {
    let json = to_json(body);
    let text = send(method, path, Some((&json, key))).await?;
    serde_json::from_str(&text).map_err(|_| ApiFailure::Network)
}

/// A change answered with `204 No Content`.
async fn write_empty(
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
    key: &str,
) -> Result<(), ApiFailure> {
    let json = body.map(to_json).unwrap_or_else(|| "{}".to_owned());
    send(method, path, Some((&json, key))).await.map(|_| ())
}

// Public.

pub async fn principles() -> Result<Principles, ApiFailure> {
    get("/principles").await
}

pub async fn apply(body: &ApplicationRequest, key: &str) -> Result<ApplicationCreated, ApiFailure> {
    write("POST", "/ambassadors/applications", body, key).await
}

pub async fn sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    get("/sessions").await
}

/// The ideas store, most supported first.
pub async fn ideas() -> Result<Vec<IdeaView>, ApiFailure> {
    get("/ideas").await
}

/// Submits an idea: online (`role` is `None`), or typed in from paper by an ambassador or the
/// office, which records the source.
pub async fn submit_idea(
    body: &IdeaRequest,
    role: Option<Role>,
    key: &str,
) -> Result<IdeaCreated, ApiFailure> {
    let path = match role {
        Some(Role::Ambassador) => "/ambassador/ideas",
        Some(Role::Office) => "/office/ideas",
        _ => "/ideas",
    };
    write("POST", path, body, key).await
}

/// Supports idea `id` with a booking code (once per code).
pub async fn support_idea(id: &str, booking_code: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/ideas/{}/support", encode(id));
    let body = SupportRequest {
        booking_code: booking_code.to_owned(),
    };
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", &path, Some(&json), key).await
}

// Any staff member.

/// Supports idea `id` as the staff member logged in (once per account).
pub async fn support_idea_as_staff(id: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/staff/ideas/{}/support", encode(id));
    write_empty("POST", &path, None, key).await
}

pub async fn login(body: &LoginRequest, key: &str) -> Result<Me, ApiFailure> {
    write("POST", "/staff/login", body, key).await
}

pub async fn set_password(body: &SetPasswordRequest, key: &str) -> Result<(), ApiFailure> {
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", "/staff/password", Some(&json), key).await
}

pub async fn me() -> Result<Me, ApiFailure> {
    get("/staff/me").await
}

pub async fn logout(key: &str) -> Result<(), ApiFailure> {
    write_empty("POST", "/staff/logout", None, key).await
}

// Ambassadors.

pub async fn dashboard() -> Result<AmbassadorDashboard, ApiFailure> {
    get("/ambassador/dashboard").await
}

pub async fn accept_principles(version: u32, key: &str) -> Result<(), ApiFailure> {
    let json = serde_json::json!({ "version": version });
    write_empty("POST", "/ambassador/principles", Some(&json), key).await
}

pub async fn log_outreach(body: &OutreachRequest, key: &str) -> Result<OutreachView, ApiFailure> {
    write("POST", "/ambassador/outreach", body, key).await
}

pub async fn correct_outreach(
    entry: u32,
    body: &OutreachRequest,
    key: &str,
) -> Result<OutreachView, ApiFailure> {
    write("PUT", &format!("/ambassador/outreach/{entry}"), body, key).await
}

pub async fn withdraw_outreach(entry: u32, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/ambassador/outreach/{entry}");
    send("DELETE", &path, Some(("{}", key))).await.map(|_| ())
}

pub async fn record_workshop(date: &str, title: &str, key: &str) -> Result<(), ApiFailure> {
    let json = serde_json::json!({ "date": date, "title": title });
    write_empty("POST", "/ambassador/workshops", Some(&json), key).await
}

/// `status` is "paused", "active" or "retired".
pub async fn set_status(status: &str, key: &str) -> Result<(), ApiFailure> {
    let json = serde_json::json!({ "status": status });
    write_empty("POST", "/ambassador/status", Some(&json), key).await
}

pub async fn assisted_registration(
    body: &AssistedRegistrationRequest,
    key: &str,
) -> Result<RegistrationCreated, ApiFailure> {
    write("POST", "/ambassador/registrations", body, key).await
}

// The programme office.

pub async fn overview() -> Result<OfficeOverview, ApiFailure> {
    get("/office/overview").await
}

/// How many interested people a session of `topic` in `district` starting at `starts_at`
/// (RFC 3339) would reach.
pub async fn interest_reach(
    topic: &str,
    district: &str,
    starts_at: &str,
) -> Result<InterestReach, ApiFailure> {
    get(&format!(
        "/office/interests/reach?topic={}&district={}&starts_at={}",
        encode(topic),
        encode(district),
        encode(starts_at)
    ))
    .await
}

/// Where demand is: interests by topic × district and by weekday, and waiting lists.
pub async fn demand() -> Result<Demand, ApiFailure> {
    get("/office/interests/demand").await
}

pub async fn applications() -> Result<Vec<AmbassadorView>, ApiFailure> {
    get("/office/applications").await
}

pub async fn approve(id: &str, key: &str) -> Result<AccountCreated, ApiFailure> {
    let path = format!("/office/applications/{}/approve", encode(id));
    write("POST", &path, &serde_json::json!({}), key).await
}

pub async fn decline(id: &str, body: &DeclineRequest, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/office/applications/{}/decline", encode(id));
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", &path, Some(&json), key).await
}

/// The office pauses ambassador `id` (`status` "paused") or makes them active again ("active").
pub async fn ambassador_status(id: &str, status: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/office/ambassadors/{}/status", encode(id));
    let json = serde_json::json!({ "status": status });
    write_empty("POST", &path, Some(&json), key).await
}

/// Closes staff account `account_id`: its logins end at once and it cannot log in again.
pub async fn close_account(account_id: &str, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/office/accounts/{}/close", encode(account_id));
    write_empty("POST", &path, None, key).await
}

pub async fn office_sessions() -> Result<Vec<SessionFill>, ApiFailure> {
    get("/office/sessions").await
}

pub async fn plan_session(
    body: &SessionPlanRequest,
    key: &str,
) -> Result<SessionSummary, ApiFailure> {
    write("POST", "/office/sessions", body, key).await
}

/// A change to a session: the request and the last segment of its address.
pub trait SessionChange: Serialize + 'static {
    const WHAT: &'static str;
}

impl SessionChange for RescheduleRequest {
    const WHAT: &'static str = "reschedule";
}

impl SessionChange for CapacityRequest {
    const WHAT: &'static str = "capacity";
}

impl SessionChange for CancelSessionRequest {
    const WHAT: &'static str = "cancel";
}

/// Changes session `id`: another time, another number of seats, or cancelled.
pub async fn change_session<C: SessionChange>(
    id: &str,
    change: &C,
    key: &str,
) -> Result<SessionSummary, ApiFailure> {
    let path = format!("/office/sessions/{}/{}", encode(id), C::WHAT);
    write("POST", &path, change, key).await
}

/// The letter about booking `code` to print, in the resident's language: `notice`, or the
/// booking's current news.
pub async fn letter(code: &str, notice: Option<&str>) -> Result<Letter, ApiFailure> {
    let query = notice.map_or_else(String::new, |n| format!("?notice={}", encode(n)));
    get(&format!("/office/bookings/{}/letter{query}", encode(code))).await
}

pub async fn roster(id: &str) -> Result<Roster, ApiFailure> {
    get(&format!("/office/sessions/{}/roster", encode(id))).await
}

pub async fn mark_attendance(
    id: &str,
    body: &AttendanceRequest,
    key: &str,
) -> Result<(), ApiFailure> {
    let path = format!("/office/sessions/{}/attendance", encode(id));
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", &path, Some(&json), key).await
}

pub async fn phone_registration(
    id: &str,
    body: &AssistedRegistrationRequest,
    key: &str,
) -> Result<RegistrationCreated, ApiFailure> {
    let path = format!("/office/sessions/{}/registrations", encode(id));
    write("POST", &path, body, key).await
}

/// The working group's step for idea `id`.
pub async fn decide_idea(id: &str, body: &IdeaDecision, key: &str) -> Result<(), ApiFailure> {
    let path = format!("/office/ideas/{}/state", encode(id));
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", &path, Some(&json), key).await
}

// The office and ambassadors.

/// Who to call, about what, and what to say.
pub async fn calls() -> Result<Vec<CallItem>, ApiFailure> {
    get("/calls").await
}

/// How a call went.
pub async fn record_call(body: &CallRequest, key: &str) -> Result<(), ApiFailure> {
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", "/calls", Some(&json), key).await
}

pub async fn create_account(
    body: &AccountRequest,
    key: &str,
) -> Result<AccountCreated, ApiFailure> {
    write("POST", "/office/accounts", body, key).await
}

// The auditors (and the office, which may read the history too).

/// A page of the event log; `query` is the query string (`?after=…&type=…`) or empty.
pub async fn audit_events(query: &str) -> Result<AuditPage, ApiFailure> {
    get(&format!("/audit/events{query}")).await
}

/// The report as of `as_of` (RFC 3339), or as of now.
pub async fn audit_report(as_of: Option<&str>) -> Result<Report, ApiFailure> {
    match as_of {
        Some(at) => get(&format!("/audit/report?as_of={}", encode(at))).await,
        None => get("/audit/report").await,
    }
}

/// Walks the whole hash chain on the server.
pub async fn verify_log(key: &str) -> Result<ChainCheck, ApiFailure> {
    write("POST", "/audit/verify", &serde_json::json!({}), key).await
}

/// The address of the report as of `as_of` (RFC 3339) as a CSV download.
pub fn report_csv_url(as_of: &str) -> String {
    format!("{BASE}/audit/report?as_of={}&format=csv", encode(as_of))
}

/// The address of the whole log as JSON Lines, with hashes, for outside verification.
pub fn log_export_url() -> String {
    format!("{BASE}/audit/export.jsonl")
}

// At the door and from paper (office and ambassadors).

pub async fn door_sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    get("/door/sessions").await
}

pub async fn door(id: &str) -> Result<DoorView, ApiFailure> {
    get(&format!("/door/sessions/{}", encode(id))).await
}

pub async fn check_in(id: &str, body: &CheckInRequest, key: &str) -> Result<DoorView, ApiFailure> {
    write(
        "POST",
        &format!("/door/sessions/{}/check-ins", encode(id)),
        body,
        key,
    )
    .await
}

pub async fn walk_in(id: &str, body: &WalkInRequest, key: &str) -> Result<DoorView, ApiFailure> {
    write(
        "POST",
        &format!("/door/sessions/{}/walk-ins", encode(id)),
        body,
        key,
    )
    .await
}

pub async fn feedback_card(
    id: &str,
    body: &FeedbackCardRequest,
    key: &str,
) -> Result<(), ApiFailure> {
    let path = format!("/door/sessions/{}/feedback-cards", encode(id));
    let json = serde_json::to_value(body).unwrap_or_default();
    write_empty("POST", &path, Some(&json), key).await
}

pub async fn proposals(id: &str, name: &str) -> Result<Vec<MatchProposal>, ApiFailure> {
    get(&format!(
        "/door/sessions/{}/proposals?name={}",
        encode(id),
        encode(name)
    ))
    .await
}

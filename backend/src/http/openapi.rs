//! The OpenAPI 3 document of the whole HTTP API (`/api/openapi.json`), generated from the
//! handlers' annotations and the shared types, so it cannot drift from the code unnoticed:
//! `backend/tests/openapi.rs` checks that every route is in it, and schemathesis checks every
//! answer against it.

use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{
    ambassador, audit, bookings, calls, door, ideas, interests, office, ops, sessions, staff,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Teilhabe",
        description = "Digital-skills sessions for a city's residents: the residents' booking API, the ambassadors' and the programme office's staff API. Errors are application/problem+json with a translatable message_key and per-field errors.",
        license(name = "EUPL-1.2")
    ),
    paths(
        sessions::list,
        sessions::show,
        sessions::register,
        bookings::show,
        bookings::cancel,
        bookings::feedback,
        bookings::erase,
        bookings::qr,
        interests::register,
        interests::show,
        interests::withdraw,
        interests::erase,
        interests::reach,
        interests::letters,
        interests::demand,
        staff::principles,
        staff::apply,
        staff::login,
        staff::logout,
        staff::me,
        staff::set_password,
        ambassador::dashboard,
        ambassador::accept_principles,
        ambassador::log_outreach,
        ambassador::correct_outreach,
        ambassador::withdraw_outreach,
        ambassador::workshop,
        ambassador::status,
        ambassador::register_resident,
        office::overview,
        office::applications,
        office::approve,
        office::decline,
        office::sessions::sessions,
        office::sessions::plan,
        office::sessions::reschedule,
        office::sessions::capacity,
        office::sessions::cancel,
        office::sessions::roster,
        office::sessions::attendance,
        office::sessions::phone_registration,
        office::accounts::create_account,
        office::accounts::close_account,
        office::ambassador_status,
        office::accounts::publish_principles,
        office::residents::outbox,
        office::residents::erase,
        office::residents::letter,
        ideas::list,
        ideas::qr,
        ideas::submit_online,
        ideas::submit_by_ambassador,
        ideas::submit_from_paper,
        ideas::support,
        ideas::support_as_staff,
        ideas::decide,
        calls::list,
        calls::record,
        door::sessions,
        door::show,
        door::check_in,
        door::walk_in,
        door::feedback_card,
        door::proposals,
        audit::events,
        audit::verify,
        audit::report,
        audit::export,
        ops::healthz,
        ops::readyz,
        ops::metrics,
    ),
    // Routes name their problem answers by family (`problems.rs`), which refers to the schema
    // by name only: it is listed here so that the name resolves.
    components(schemas(teilhabe_events::api::Problem)),
    modifiers(&SessionCookie),
    tags(
        (name = "residents", description = "Find a session, register, look up, cancel, give feedback"),
        (name = "staff", description = "Login, passwords, the principles, applications"),
        (name = "ambassadors", description = "The ambassador's area"),
        (name = "office", description = "The programme office"),
        (name = "ideas", description = "The ideas store"),
        (name = "audit", description = "Auditors: the log, the chain, reports as of any instant, export"),
        (name = "operations", description = "Health, readiness, metrics"),
    )
)]
pub struct ApiDoc;

/// Staff routes authenticate with the session cookie set by the login.
struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::COOKIE))),
        );
    }
}

/// The document as JSON, made once.
pub fn document() -> &'static str {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(|| ApiDoc::openapi().to_json().unwrap_or_default())
}

pub async fn serve() -> axum::response::Response {
    super::json_response(axum::http::StatusCode::OK, document().to_owned())
}

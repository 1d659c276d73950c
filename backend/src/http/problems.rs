//! The problem answers (`application/problem+json`) each family of routes can give, declared
//! once for the OpenAPI document: a route lists its family in `responses(...)` next to its
//! own success answer.

use std::collections::BTreeMap;
use teilhabe_events::api::Problem;
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};

/// The responses for `statuses`, each a [`Problem`].
fn problems(statuses: &[u16]) -> BTreeMap<String, RefOr<Response>> {
    statuses
        .iter()
        .map(|status| {
            let content = ContentBuilder::new()
                .schema(Some(Ref::from_schema_name(
                    <Problem as utoipa::ToSchema>::name(),
                )))
                .build();
            let response = ResponseBuilder::new()
                .description("problem")
                .content("application/problem+json", content)
                .build();
            (status.to_string(), response.into())
        })
        .collect()
}

/// Declares a family: a type whose responses are problems with these statuses.
macro_rules! family {
    ($($(#[$doc:meta])* $name:ident = [$($status:literal),+];)+) => {$(
        $(#[$doc])*
        pub struct $name;

        impl utoipa::IntoResponses for $name {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                problems(&[$($status),+])
            }
        }
    )+};
}

family! {
    /// A staff command with a JSON body: bad body (400, 413, 415), not logged in (401), wrong
    /// role or CSRF token (403), unknown (404), refused by the state of things (409), invalid
    /// (422), too many requests (429).
    StaffCommandProblems = [400, 401, 403, 404, 409, 413, 415, 422, 429];
    /// A staff command that creates (nothing to find first).
    StaffSubmitProblems = [400, 401, 403, 409, 413, 415, 422, 429];
    /// A staff read.
    StaffReadProblems = [401, 403, 429];
    /// A staff read of one thing.
    StaffLookupProblems = [401, 403, 404, 429];
    /// A staff read with query parameters.
    StaffQueryProblems = [401, 403, 422, 429];
    /// A resident's command with a JSON body.
    ResidentCommandProblems = [400, 404, 409, 413, 415, 422, 429];
    /// A public submission (an application, an idea).
    PublicSubmitProblems = [400, 409, 413, 415, 422, 429];
    /// A booking by its code, changed without a body.
    BookingProblems = [404, 409, 422, 429];
    /// An interest by its code, changed without a body.
    InterestProblems = [404, 409, 422, 429];
    /// A public read of one thing.
    LookupProblems = [404, 429];
    /// Any route: too many requests at once.
    BusyProblems = [429];
    /// Logging in: bad body (400, 413, 415), wrong credentials (401), invalid (422), too many
    /// requests (429).
    LoginProblems = [400, 401, 413, 415, 422, 429];
    /// A read for whoever is logged in, whatever the role.
    SignedInProblems = [401, 429];
    /// A staff read of one thing with query parameters.
    StaffLookupQueryProblems = [401, 403, 404, 422, 429];
    /// A staff read of one thing with query parameters that the state of things can refuse.
    StaffLetterProblems = [401, 403, 404, 409, 422, 429];
    /// A staff command on one thing without a JSON body.
    StaffActionProblems = [400, 401, 403, 404, 409, 429];
    /// A staff change of one thing without a body that the state of things can refuse.
    StaffChangeProblems = [401, 403, 404, 409, 429];
    /// A public read of a booking by its code: unknown (404), not a code (422).
    CodeLookupProblems = [404, 422, 429];
    /// A public answer drawn from a booking code alone: not a code (422).
    CodeProblems = [422, 429];
}

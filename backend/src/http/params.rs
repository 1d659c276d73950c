//! The parameters many routes share, declared once for the OpenAPI document: the CSRF header of
//! staff writes, the `Idempotency-Key` header and the path parameters. A route names them in
//! its `params(...)`, e.g. `params(SessionId, Csrf)`.

use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::{RefOr, Required};
use utoipa::{IntoParams, PartialSchema};

/// Text that may be left out: `string` or `null`.
fn optional_text() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .into()
}

/// Declares `$name`, the route parameter `$param` in `$place` with the schema `$schema`.
macro_rules! declare {
    (
        $(#[$doc:meta])*
        $name:ident = ($param:literal, $place:ident, $required:ident, $schema:expr, $description:literal)
    ) => {
        $(#[$doc])*
        pub struct $name;

        impl IntoParams for $name {
            fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
                vec![ParameterBuilder::new()
                    .name($param)
                    .parameter_in(ParameterIn::$place)
                    .description(Some($description))
                    .required(Required::$required)
                    .schema(Some($schema))
                    .build()]
            }
        }
    };
}

declare!(
    /// The login's CSRF token, which every staff request that changes something carries.
    Csrf = ("X-CSRF-Token", Header, True, String::schema(), "The csrf_token of the login")
);
declare!(
    /// The key that makes a request safe to repeat.
    IdempotencyKey = (
        "Idempotency-Key",
        Header,
        False,
        optional_text(),
        "Repeat a request safely: the same key gives the same answer"
    )
);
declare!(
    /// The key of an idea sent in by a resident.
    IdeaKey = ("Idempotency-Key", Header, False, optional_text(), "Repeat a request safely")
);
declare!(
    /// The key of one arrival at the door.
    ArrivalKey = (
        "Idempotency-Key",
        Header,
        False,
        optional_text(),
        "One key per arrival: a repeated request counts once"
    )
);
declare!(SessionId = ("id", Path, True, String::schema(), "Session id"));
declare!(IdeaId = ("id", Path, True, String::schema(), "Idea id"));
declare!(ApplicationId = ("id", Path, True, String::schema(), "Application id"));
declare!(AmbassadorId = ("id", Path, True, String::schema(), "Ambassador id"));
declare!(AccountId = ("id", Path, True, String::schema(), "Account id"));
declare!(EntryNumber = ("entry", Path, True, u32::schema(), "Entry number"));
declare!(
    /// A booking code in a path where it names a booking to change.
    Code = ("code", Path, True, String::schema(), "Booking code")
);
declare!(
    /// A booking code in a path where it is only looked up.
    AnyCode = ("code", Path, True, String::schema(), "Booking code, any case, with or without dash")
);
declare!(
    /// An interest code in a path (any case, with or without dash).
    InterestCode = ("code", Path, True, String::schema(), "Interest code")
);

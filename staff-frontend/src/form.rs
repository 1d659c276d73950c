//! What every form shares: idempotency keys, the errors it shows, and sending it.

use crate::api::ApiFailure;
use crate::app::{use_flash, Flash, Route};
use crate::components::error_summary::ShownError;
use crate::i18n::I18n;
use crate::router::{use_navigator, Navigator};
use std::future::Future;
use teilhabe_events::FieldError;
use yew::prelude::*;

/// A value no other browser will choose: the random part of idempotency keys.
/// 128 bits from the browser's cryptographic generator (`crypto.getRandomValues`), so a key
/// can be neither guessed nor repeated by another browser.
pub fn nonce() -> String {
    let mut bytes = [0_u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    let random: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    if filled {
        random
    } else {
        // No generator (never in a supported browser): the time keeps keys of one browser
        // apart, and the server refuses a key reused for another request.
        format!("t{:x}", js_sys::Date::now() as u64)
    }
}

/// The `Idempotency-Key` of sending `body` from a form with `nonce`: the same answers sent
/// twice (a double click, a lost answer) record once; changed answers are a new request.
pub fn idempotency_key(nonce: &str, body: &str) -> String {
    // FNV-1a: stable across builds, which std's hasher does not promise.
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{nonce}-{hash:x}")
}

/// What is wrong with a form: the fields named (by the same checks as the server's, or by the
/// server), or one message about the whole.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Errors {
    pub fields: Vec<FieldError>,
    /// A message id about the form as a whole.
    pub general: Option<String>,
}

impl Errors {
    pub fn none() -> Self {
        Self::default()
    }

    pub fn fields(fields: Vec<FieldError>) -> Self {
        Self {
            fields,
            general: None,
        }
    }

    pub fn one(field: &str, key: &str) -> Self {
        Self::fields(vec![FieldError::new(field, key)])
    }

    pub fn general(key: &str) -> Self {
        Self {
            fields: Vec::new(),
            general: Some(key.to_owned()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.general.is_none()
    }

    /// The errors of a failed request: the fields the server named, else its message.
    pub fn from_failure(failure: &ApiFailure) -> Self {
        match failure {
            ApiFailure::Problem { errors, .. } if !errors.is_empty() => {
                Self::fields(errors.clone())
            }
            other => Self::general(other.message_key()),
        }
    }

    /// The translated message of the first error about `field` (or a field inside it, like
    /// `contact.value` inside `contact`).
    pub fn field(&self, i18n: &I18n, field: &str) -> Option<String> {
        self.fields
            .iter()
            .find(|e| e.field == field || e.field.starts_with(&format!("{field}.")))
            .map(|e| i18n.t(&e.message_key))
    }

    /// The lines of the error summary; `target` gives the id of the input a field is typed
    /// into (the summary links to it).
    pub fn shown(&self, i18n: &I18n, target: impl Fn(&str) -> String) -> Vec<ShownError> {
        let general = self.general.iter().map(|key| ShownError {
            target: String::new(),
            message: i18n.t(key),
        });
        let fields = self.fields.iter().map(|e| ShownError {
            target: target(&e.field),
            message: i18n.t(&e.message_key),
        });
        general.chain(fields).collect()
    }
}

/// A form's state while it is sent: whether it is on its way, what went wrong, and the form's
/// random part of its idempotency keys; and the way to the page that follows.
#[derive(Clone, PartialEq)]
pub struct Sender {
    pub sending: UseStateHandle<bool>,
    pub errors: UseStateHandle<Errors>,
    pub nonce: String,
    pub navigator: Navigator,
    flash: Callback<Option<Flash>>,
}

impl Sender {
    /// The idempotency key for this body.
    pub fn key(&self, body: &str) -> String {
        idempotency_key(&self.nonce, body)
    }

    /// Runs `request` unless one is on its way; its errors are shown, its value handed to
    /// `done`.
    pub fn send<T, Fut>(&self, request: Fut, done: impl FnOnce(T) + 'static)
    where
        T: 'static,
        Fut: Future<Output = Result<T, ApiFailure>> + 'static,
    {
        if *self.sending {
            return;
        }
        let (sending, errors) = (self.sending.clone(), self.errors.clone());
        sending.set(true);
        yew::platform::spawn_local(async move {
            let result = request.await;
            sending.set(false);
            match result {
                Ok(value) => {
                    errors.set(Errors::none());
                    done(value);
                }
                Err(failure) => errors.set(Errors::from_failure(&failure)),
            }
        });
    }

    /// Runs `request`; once it went through, goes to `on`, which shows the notice `key` about
    /// `name`.
    pub fn send_then_notice<T, Fut>(&self, request: Fut, on: Route, key: &'static str, name: String)
    where
        T: 'static,
        Fut: Future<Output = Result<T, ApiFailure>> + 'static,
    {
        let this = self.clone();
        self.send(request, move |_| this.notice(on, key, name));
    }

    /// Goes to `on`, which shows the notice `key` about `name`.
    pub fn notice(&self, on: Route, key: &'static str, name: String) {
        let flash = Flash::Notice {
            on: on.clone(),
            key,
            name,
        };
        self.pass_on(flash, &on);
    }

    /// Leaves `flash` for page `to` and goes there.
    pub fn pass_on(&self, flash: Flash, to: &Route) {
        self.hand_over(flash);
        self.navigator.push(to);
    }

    /// Leaves `flash` for the page that shows it (without going there).
    pub fn hand_over(&self, flash: Flash) {
        self.flash.emit(Some(flash));
    }

    /// Shows errors found before sending.
    pub fn refuse(&self, errors: Errors) {
        self.errors.set(errors);
    }
}

#[hook]
pub fn use_sender() -> Sender {
    let sending = use_state(|| false);
    let errors = use_state(Errors::none);
    let nonce = use_memo((), |_| nonce());
    Sender {
        sending,
        errors,
        nonce: (*nonce).clone(),
        navigator: use_navigator(),
        flash: use_flash().set,
    }
}

/// A text field's `oninput` that keeps what is typed in `state`.
pub fn set_text(state: &UseStateHandle<String>) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |v: String| state.set(v))
}

/// A group of radio buttons' `onchange` that keeps the value chosen in `state`.
pub fn set_choice(state: &UseStateHandle<String>) -> Callback<(AttrValue, bool)> {
    let state = state.clone();
    Callback::from(move |(v, _): (AttrValue, bool)| state.set(v.to_string()))
}

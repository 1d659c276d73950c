//! My booking: enter the booking code.

use crate::app::Route;
use crate::components::question::{field_errors, Question};
use crate::components::text_field::TextField;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::BookingCode;
use yew::prelude::*;

#[component(BookingFind)]
pub fn booking_find() -> Html {
    let i18n = use_t();
    let value = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
    let navigator = use_navigator();
    let onsubmit = {
        let (value, error) = (value.clone(), error.clone());
        Callback::from(move |()| {
            if value.trim().is_empty() {
                error.set(Some("booking-code-error-empty"));
                return;
            }
            match BookingCode::parse(&value) {
                Ok(code) => {
                    navigator.push(&Route::Booking {
                        code: code.to_string(),
                    });
                }
                Err(_) => error.set(Some("booking-code-error-invalid")),
            }
        })
    };
    let message = (*error).map(|key| i18n.t(key));
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    let mut field = TextField::new(
        "code",
        i18n.t("booking-code-label"),
        (*value).clone(),
        oninput,
    );
    field.hint = Some(i18n.t("booking-code-hint"));
    field.error = message.clone();
    field.autocomplete = "off";
    field.input_class = "input input-code";
    let mut question = Question::new(
        Route::Start,
        i18n.t("booking-title"),
        field_errors("code", &message),
        onsubmit,
    );
    question.back = None;
    question.submit = Some(i18n.t("booking-find"));
    question.view(&i18n, field.view())
}

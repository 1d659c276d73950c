//! My booking: enter the booking code.

use crate::app::Route;
use crate::components::error_summary::{ErrorSummary, ShownError};
use crate::components::page::Heading;
use crate::components::text_field::TextField;
use crate::i18n::use_t;
use crate::router::use_navigator;
use teilhabe_events::BookingCode;
use yew::prelude::*;

#[function_component(BookingFind)]
pub fn booking_find() -> Html {
    let i18n = use_t();
    let value = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
    let navigator = use_navigator();
    let onsubmit = {
        let (value, error) = (value.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if value.trim().is_empty() {
                error.set(Some("booking-code-error-empty"));
                return;
            }
            match BookingCode::parse(&value) {
                Ok(code) => {
                    if let Some(nav) = &navigator {
                        nav.push(&Route::Booking {
                            code: code.to_string(),
                        });
                    }
                }
                Err(_) => error.set(Some("booking-code-error-invalid")),
            }
        })
    };
    let message = (*error).map(|key| i18n.t(key));
    let errors: Vec<ShownError> = message
        .iter()
        .map(|m| ShownError {
            target: "code".into(),
            message: m.clone(),
        })
        .collect();
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    html! {
        <>
            <ErrorSummary {errors} />
            <form {onsubmit} novalidate=true>
                <Heading text={i18n.t("booking-title")} error={message.is_some()} />
                <TextField id="code" label={i18n.t("booking-code-label")} hint={Some(i18n.t("booking-code-hint"))}
                    value={(*value).clone()} error={message.clone()} {oninput}
                    autocomplete={Some(AttrValue::Static("off"))} input_class={Some(AttrValue::Static("input-code"))} />
                <button type="submit" class="button">{ i18n.t("booking-find") }</button>
            </form>
        </>
    }
}

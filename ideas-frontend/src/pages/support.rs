//! `/ideas/{id}/support`: support an idea with a booking code (once per code); then back to
//! the idea, which shows that this browser supports it.

use super::{idea_title, remember_supported, use_ideas};
use teilhabe_events::ideas::SupportRequest;
use teilhabe_events::BookingCode;
use teilhabe_frontend::api::ApiFailure;
use teilhabe_frontend::app::Route;
use teilhabe_frontend::components::question::{field_errors, Question};
use teilhabe_frontend::components::text_field::TextField;
use teilhabe_frontend::draft::nonce;
use teilhabe_frontend::i18n::use_t;
use teilhabe_frontend::router::use_navigator;
use teilhabe_web::api::to_json;
use teilhabe_web::load::{use_sending, Load};
use yew::prelude::*;

/// The answer when this code supports the idea already: it counts as done.
const ALREADY: &str = "problem-idea-supported";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: String,
}

#[component(SupportIdea)]
pub fn support_idea(props: &Props) -> Html {
    let i18n = use_t();
    let ideas = use_ideas();
    let navigator = use_navigator();
    let sending = use_sending();
    let value = use_state(String::new);
    let error = use_state(|| None::<&'static str>);
    let key = use_state(nonce);
    let onsubmit = {
        let (value, error, sending, id) = (
            value.clone(),
            error.clone(),
            sending.clone(),
            props.id.clone(),
        );
        Callback::from(move |()| {
            let Ok(code) = BookingCode::parse(&value) else {
                error.set(Some("ideas-ui-support-code-error"));
                return;
            };
            error.set(None);
            let json = to_json(&SupportRequest {
                booking_code: code.as_str().to_owned(),
            });
            let key = format!("{}-{}", *key, code.as_str());
            let (id, navigator) = (id.clone(), navigator.clone());
            sending.start(Box::pin(async move {
                match crate::api::support(&id, &json, &key).await {
                    Err(ApiFailure::Problem { message_key, .. }) if message_key == ALREADY => {}
                    other => other?,
                }
                remember_supported(&id);
                navigator.push(&Route::Idea { id });
                Ok(())
            }));
        })
    };
    // A refusal of the code (unknown, or too many tries) is shown at the field.
    let message = match (&*error, &*sending.failure) {
        (Some(key), _) => Some(i18n.t(key)),
        (None, Some(failure)) => Some(i18n.t(failure.message_key())),
        (None, None) => None,
    };
    let oninput = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };
    let title = match &*ideas {
        Load::Ready(list) => list
            .iter()
            .find(|v| v.id == props.id)
            .map(idea_title)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut question = Question::new(
        Route::Idea {
            id: props.id.clone(),
        },
        i18n.t("ideas-ui-support-title"),
        field_errors("booking_code", &message),
        onsubmit,
    );
    question.submit = Some(i18n.t("ideas-ui-support-submit"));
    question.sending = *sending.busy;
    let mut field = TextField::new(
        "booking_code",
        i18n.t("ideas-ui-support-code-label"),
        (*value).clone(),
        oninput,
    );
    field.hint = Some(i18n.t("ideas-ui-support-code-hint"));
    field.error = message;
    field.autocomplete = "off";
    field.input_class = "input input-code";
    let fields = html! {
        <>
            if !title.is_empty() {
                <p class="lead">{ title }</p>
            }
            { field.view() }
        </>
    };
    question.view(&i18n, fields)
}

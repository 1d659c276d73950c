//! Registering a resident on their behalf: by an ambassador (who chooses the course) or by the
//! office on the phone (for one course). The resident's consent and how it was given are
//! recorded; the booking code is shown on the next page.

use super::choices::{choice_id, toggled, Choice, Choices};
use super::form_page::FormPage;
use super::text_field::TextField;
use crate::api;
use crate::app::{Flash, Route};
use crate::form::{set_choice, set_text, use_sender, Errors};
use crate::format::{need_name, when};
use crate::i18n::use_t;
use teilhabe_events::api::{ContactInput, SessionSummary};
use teilhabe_events::staff_api::AssistedRegistrationRequest;
use teilhabe_events::{FieldError, Need};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResidentFormProps {
    pub heading: String,
    pub back: Route,
    /// The courses to choose from (an ambassador); `None` when the course is fixed (the office).
    #[prop_or_default]
    pub sessions: Option<Vec<SessionSummary>>,
    /// The course chosen beforehand, or the fixed one.
    #[prop_or_default]
    pub session_id: Option<String>,
    /// A phone registration by the office (else by an ambassador).
    #[prop_or_default]
    pub by_phone: bool,
    /// Where the booking code is shown.
    pub done: Route,
}

#[component(ResidentForm)]
pub fn resident_form(props: &ResidentFormProps) -> Html {
    let i18n = use_t();
    let sender = use_sender();
    let session = use_state(|| props.session_id.clone().unwrap_or_default());
    let name = use_state(String::new);
    let kind = use_state(String::new);
    let value = use_state(String::new);
    let needs = use_state(Vec::<Need>::new);
    let consent = use_state(String::new);
    let onsubmit = {
        let sender = sender.clone();
        let (session, name, kind, value, needs, consent) = (
            session.clone(),
            name.clone(),
            kind.clone(),
            value.clone(),
            needs.clone(),
            consent.clone(),
        );
        let (by_phone, done) = (props.by_phone, props.done.clone());
        Callback::from(move |()| {
            let body = AssistedRegistrationRequest {
                session_id: (*session).clone(),
                name: (*name).clone(),
                contact: ContactInput {
                    kind: (*kind).clone(),
                    value: matches!(kind.as_str(), "phone" | "email").then(|| (*value).clone()),
                },
                needs: (*needs).clone(),
                consent: (*consent).clone(),
            };
            let mut problems = Vec::new();
            if body.session_id.is_empty() {
                problems.push(FieldError::new("session_id", "field-error-choose"));
            }
            if let Err(errors) = body.parse() {
                problems.extend(errors);
            }
            if !problems.is_empty() {
                return sender.refuse(Errors::fields(problems));
            }
            let key = sender.key(&api::to_json(&body));
            let (done, this) = (done.clone(), sender.clone());
            let resident = body.name.trim().to_owned();
            let request = async move {
                if by_phone {
                    api::phone_registration(&body.session_id, &body, &key).await
                } else {
                    api::assisted_registration(&body, &key).await
                }
            };
            sender.send(request, move |result| {
                let flash = Flash::Registered {
                    name: resident,
                    result,
                };
                this.pass_on(flash, &done);
            });
        })
    };
    let errors = &*sender.errors;
    let first_session = props
        .sessions
        .as_ref()
        .and_then(|s| s.first())
        .map(|s| choice_id("session", &s.id))
        .unwrap_or_default();
    let target = move |field: &str| match field {
        "session_id" => first_session.clone(),
        "contact.kind" => "contact-phone".to_owned(),
        "contact.value" => "contact-value".to_owned(),
        "consent" => "consent-spoken".to_owned(),
        other => other.to_owned(),
    };
    let session_choices = props.sessions.as_ref().map(|sessions| {
        sessions
            .iter()
            .map(|s| {
                let hint = format!(
                    "{} · {}, {} · {}",
                    when(&i18n, &s.starts_at, &s.ends_at),
                    s.venue,
                    s.district,
                    i18n.t_args("session-seats-left", &[("count", s.seats_left.into())])
                );
                Choice::new(s.id.clone(), html! { { &s.title } }).hint(hint)
            })
            .collect::<Vec<_>>()
    });
    let value_field = |label: &str, input_type: &'static str| {
        html! {
            <div class="reveal">
                <TextField id="contact-value" label={i18n.t(label)} value={(*value).clone()} oninput={set_text(&value)}
                    {input_type} error={errors.field(&i18n, "contact.value")} />
            </div>
        }
    };
    let contact_choices = vec![
        Choice::new("phone", html! { { i18n.t("assisted-contact-phone") } })
            .reveal(value_field("assisted-phone-label", "tel")),
        Choice::new("email", html! { { i18n.t("assisted-contact-email") } })
            .reveal(value_field("assisted-email-label", "email")),
        Choice::new("none", html! { { i18n.t("assisted-contact-none") } }),
    ];
    let need_choices: Vec<Choice> = Need::ALL
        .iter()
        .map(|n| Choice::new(n.slug(), html! { { need_name(&i18n, *n) } }))
        .collect();
    let on_need = {
        let needs = needs.clone();
        Callback::from(move |(v, on): (AttrValue, bool)| {
            if let Some(need) = Need::ALL.into_iter().find(|n| n.slug() == &*v) {
                needs.set(toggled(&needs, need, on));
            }
        })
    };
    let consent_field = if props.by_phone {
        let handle = consent.clone();
        let onchange = Callback::from(move |(_, on): (AttrValue, bool)| {
            handle.set(if on { "spoken".into() } else { String::new() })
        });
        let chosen = if consent.is_empty() {
            vec![]
        } else {
            vec![AttrValue::Static("spoken")]
        };
        html! {
            <Choices name="consent" legend={i18n.t("assisted-consent-title")} multiple=true
                hint={i18n.t("assisted-consent-phone-hint")}
                choices={vec![Choice::new("spoken", html! { { i18n.t("assisted-consent-phone") } })]}
                {chosen} {onchange} error={errors.field(&i18n, "consent")} />
        }
    } else {
        html! {
            <Choices name="consent" legend={i18n.t("assisted-consent-title")} hint={i18n.t("assisted-consent-hint")}
                choices={vec![
                    Choice::new("spoken", html! { { i18n.t("assisted-consent-spoken") } }),
                    Choice::new("signed", html! { { i18n.t("assisted-consent-signed") } }),
                ]}
                chosen={vec![AttrValue::from((*consent).clone())]} onchange={set_choice(&consent)}
                error={errors.field(&i18n, "consent")} />
        }
    };
    html! {
        <FormPage back={props.back.clone()} heading={props.heading.clone()} errors={errors.shown(&i18n, target)}
            {onsubmit} submit={i18n.t("assisted-submit")} sending={*sender.sending}>
            if let Some(choices) = session_choices {
                if choices.is_empty() {
                    <p class="notice">{ i18n.t("assisted-no-sessions") }</p>
                } else {
                    <Choices name="session" legend={i18n.t("assisted-session")} {choices}
                        chosen={vec![AttrValue::from((*session).clone())]} onchange={set_choice(&session)}
                        error={errors.field(&i18n, "session_id")} />
                }
            }
            <TextField id="name" label={i18n.t("assisted-name")} hint={i18n.t("assisted-name-hint")}
                value={(*name).clone()} oninput={set_text(&name)} error={errors.field(&i18n, "name")} />
            <Choices name="contact" legend={i18n.t("assisted-contact")} hint={i18n.t("assisted-contact-hint")}
                choices={contact_choices} chosen={vec![AttrValue::from((*kind).clone())]} onchange={set_choice(&kind)}
                error={errors.field(&i18n, "contact.kind")} />
            <Choices name="needs" legend={i18n.t("assisted-needs")} hint={i18n.t("assisted-needs-hint")}
                multiple=true choices={need_choices} chosen={needs.iter().map(|n| AttrValue::Static(n.slug())).collect::<Vec<_>>()}
                onchange={on_need} />
            { consent_field }
        </FormPage>
    }
}
